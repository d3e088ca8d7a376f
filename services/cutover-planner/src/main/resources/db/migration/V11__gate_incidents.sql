-- The incidents the go/no-go gate reads, one row per incident, out of gate_evidence's JSON document:
-- there they made every incident event rewrite a document holding all the cutover's incidents (and
-- its WAL), and evaluate a gate listing all of them. An incident event now changes its own row.
-- open_critical is the gate's question (CRITICAL and not RESOLVED), kept by the planner so that
-- one partial index answers "how many, and the oldest few" without reading the other incidents.
CREATE TABLE gate_incident
(
    cutover_id    UUID        NOT NULL REFERENCES cutover (id) ON DELETE CASCADE,
    incident_id   TEXT        NOT NULL,
    title         TEXT        NULL,
    severity      TEXT        NULL,
    status        TEXT        NULL,
    reported_at   TIMESTAMPTZ NULL,
    open_critical BOOLEAN     NOT NULL,
    PRIMARY KEY (cutover_id, incident_id)
);
CREATE INDEX gate_incident_open_critical ON gate_incident (cutover_id, reported_at, incident_id) WHERE open_critical;

-- The incidents already in the evidence documents (key "incidents": incident id -> {incidentId,
-- title, severity, status, reportedAt}) move to the table, and out of the documents.
INSERT INTO gate_incident (cutover_id, incident_id, title, severity, status, reported_at, open_critical)
SELECT e.cutover_id,
       i.key,
       i.value ->> 'title',
       i.value ->> 'severity',
       i.value ->> 'status',
       (i.value ->> 'reportedAt')::timestamptz,
       coalesce(i.value ->> 'severity' = 'CRITICAL' AND (i.value ->> 'status') IS DISTINCT FROM 'RESOLVED', FALSE)
FROM gate_evidence e,
     jsonb_each(CASE WHEN jsonb_typeof(e.evidence::jsonb -> 'incidents') = 'object'
                     THEN e.evidence::jsonb -> 'incidents' ELSE '{}'::jsonb END) i;

UPDATE gate_evidence SET evidence = (evidence::jsonb - 'incidents')::text WHERE evidence::jsonb -> 'incidents' IS NOT NULL;
