-- rollback-decision: the assessment after each incident event no longer reads every incident of the
-- cutover (issue 20: a detection storm brings thousands). Each rollback policy asks how many open
-- incidents answer its question and names the oldest three (Incident's rules, see OpenIncidents):
-- one partial index per question, in report order, so that the answer is the first rows of an index
-- and a count of its entries for this cutover, without reading the other incidents.
CREATE INDEX incident_open_idx ON incident (cutover_id, reported_at, id)
    WHERE status <> 'RESOLVED';
CREATE INDEX incident_unusable_idx ON incident (cutover_id, reported_at, id)
    WHERE status = 'OPEN' AND NOT system_usable;
CREATE INDEX incident_data_at_risk_idx ON incident (cutover_id, reported_at, id)
    WHERE status <> 'RESOLVED' AND data_integrity_at_risk;
-- Also for the critical incidents that block a core flow: the columns that question reads are in
-- the index, so their count need not visit the table either.
CREATE INDEX incident_critical_idx ON incident (cutover_id, reported_at, id)
    INCLUDE (status, workaround_exists, business_flow, estimated_time_to_fix)
    WHERE status <> 'RESOLVED' AND severity = 'CRITICAL';

-- An assessment names the oldest few open incidents and counts them all. Rows recorded before
-- named every open incident (NULL here: their count is that of their ids); the trail is
-- append-only, so they are not rewritten.
ALTER TABLE rollback_assessment ADD COLUMN open_incident_count INTEGER NULL;
