-- rollback-decision: what this service knows of each cutover's window (from golive.cutover.v1),
-- incidents, the point-of-no-return warnings already announced, and the append-only trail of
-- rollback assessments and decisions.

-- The current window: its revision, the point of no return, when the system is expected back and
-- when it actually came back (MilestoneReached of SYSTEM_BACK_EXPECTED), when business resumes.
-- A row may exist with revision 0 and no window when incidents arrive before the window is known.
CREATE TABLE cutover_projection
(
    cutover_id           UUID        PRIMARY KEY,
    zone                 VARCHAR(64) NULL,
    window_revision      INTEGER     NOT NULL DEFAULT 0,
    point_of_no_return   TIMESTAMPTZ NULL,
    system_back_expected TIMESTAMPTZ NULL,
    system_back_at       TIMESTAMPTZ NULL,
    business_resume      TIMESTAMPTZ NULL,
    cancelled_at         TIMESTAMPTZ NULL,
    updated_at           TIMESTAMPTZ NOT NULL
);

CREATE TABLE incident
(
    id                     UUID         PRIMARY KEY,
    cutover_id             UUID         NOT NULL,
    title                  VARCHAR(200) NOT NULL,
    description            TEXT         NULL,
    business_flow          VARCHAR(40)  NOT NULL,
    severity               VARCHAR(20)  NOT NULL,
    system_usable          BOOLEAN      NOT NULL,
    data_integrity_at_risk BOOLEAN      NOT NULL,
    workaround_exists      BOOLEAN      NOT NULL,
    estimated_time_to_fix  BIGINT       NULL, -- seconds
    status                 VARCHAR(20)  NOT NULL,
    -- 'rest' for an incident reported through the API, else the detecting service;
    -- source_ref identifies the detection there (a test result, an integration check).
    source                 VARCHAR(100) NOT NULL,
    source_ref             VARCHAR(200) NULL,
    reported_by            VARCHAR(200) NOT NULL,
    reported_at            TIMESTAMPTZ  NOT NULL,
    updated_by             VARCHAR(200) NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    resolution             TEXT         NULL,
    resolved_by            VARCHAR(200) NULL,
    resolved_at            TIMESTAMPTZ  NULL,
    version                BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX incident_cutover_idx ON incident (cutover_id, reported_at);
-- A repeated detection updates the open incident it produced; once that one is resolved, the
-- problem coming back is a new incident.
CREATE UNIQUE INDEX incident_source_ref_idx ON incident (cutover_id, source, source_ref)
    WHERE source_ref IS NOT NULL AND status <> 'RESOLVED';

-- One row per point-of-no-return trigger that fired, keyed by the point of no return it was
-- about: a second firing, or a reschedule that keeps the same point of no return, announces nothing again.
CREATE TABLE pnr_trigger_fired
(
    cutover_id         UUID        NOT NULL,
    point_of_no_return TIMESTAMPTZ NOT NULL,
    trigger_name       VARCHAR(60) NOT NULL,
    window_revision    INTEGER     NOT NULL,
    fired_at           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cutover_id, point_of_no_return, trigger_name)
);

-- The audit trail: assessments and decisions share one sequence, so the trail reads in the order
-- things happened even when two rows carry the same instant.
CREATE SEQUENCE audit_seq;

CREATE TABLE rollback_assessment
(
    id                   UUID         PRIMARY KEY,
    audit_seq            BIGINT       NOT NULL DEFAULT nextval('audit_seq'),
    cutover_id           UUID         NOT NULL,
    recommendation       VARCHAR(20)  NOT NULL,
    reasons              TEXT         NOT NULL, -- JSON: [{policy, recommends, explanation, incidentIds}]
    open_incident_ids    TEXT         NOT NULL, -- JSON: [uuid]
    point_of_no_return   TIMESTAMPTZ  NOT NULL,
    time_to_pnr_ms       BIGINT       NOT NULL, -- negative once passed
    rollback_would_lose_ms BIGINT     NOT NULL,
    cause                VARCHAR(200) NOT NULL, -- what made the service assess again
    assessed_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX rollback_assessment_cutover_idx ON rollback_assessment (cutover_id, audit_seq);

CREATE TABLE rollback_decision
(
    id                       UUID         PRIMARY KEY,
    audit_seq                BIGINT       NOT NULL DEFAULT nextval('audit_seq'),
    cutover_id               UUID         NOT NULL,
    decision                 VARCHAR(20)  NOT NULL,
    rationale                TEXT         NOT NULL,
    after_point_of_no_return BOOLEAN      NOT NULL,
    based_on_assessment_id   UUID         NULL REFERENCES rollback_assessment (id),
    decided_by               VARCHAR(200) NOT NULL,
    decided_at               TIMESTAMPTZ  NOT NULL
);
CREATE INDEX rollback_decision_cutover_idx ON rollback_decision (cutover_id, audit_seq);

-- Append-only: the trail can be read and added to, never changed.
CREATE FUNCTION refuse_audit_change() RETURNS trigger AS
$$
BEGIN
    RAISE EXCEPTION 'the rollback audit trail is append-only (% on %)', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER rollback_assessment_append_only
    BEFORE UPDATE OR DELETE ON rollback_assessment
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER rollback_decision_append_only
    BEFORE UPDATE OR DELETE ON rollback_decision
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
