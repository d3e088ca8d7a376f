-- integration-readiness: the integrations of each cutover with their checklists, probes and probe
-- results, the live verifications, the last readiness verdicts, and what this service knows of each
-- cutover from golive.cutover.v1. No secret is stored anywhere: of credentials only their expiry date.

-- What the cutover events told us: the current window and when the system came back.
CREATE TABLE cutover_projection
(
    cutover_id           UUID        PRIMARY KEY,
    zone                 VARCHAR(64) NULL,
    window_revision      INTEGER     NOT NULL DEFAULT 0,
    downtime_start       TIMESTAMPTZ NULL,
    -- The downtime start's date on the cutover's wall clock: certificates and credentials are judged against it.
    go_live_date         DATE        NULL,
    system_back_expected TIMESTAMPTZ NULL,
    system_back_at       TIMESTAMPTZ NULL,
    cancelled_at         TIMESTAMPTZ NULL,
    updated_at           TIMESTAMPTZ NOT NULL
);

CREATE TABLE integration
(
    id                    UUID         PRIMARY KEY,
    cutover_id            UUID         NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    kind                  VARCHAR(40)  NOT NULL,
    owner                 VARCHAR(200) NULL,
    criticality           VARCHAR(20)  NOT NULL,
    testable_on_staging   BOOLEAN      NOT NULL,
    endpoints             JSONB        NOT NULL DEFAULT '[]',
    models                JSONB        NOT NULL DEFAULT '[]',
    fields                JSONB        NOT NULL DEFAULT '[]',
    scheduled_actions     JSONB        NOT NULL DEFAULT '[]',
    live_checks           JSONB        NOT NULL DEFAULT '[]',
    credentials_expire_on DATE         NULL,
    registered_by         VARCHAR(200) NOT NULL,
    registered_at         TIMESTAMPTZ  NOT NULL,
    updated_by            VARCHAR(200) NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX integration_cutover_idx ON integration (cutover_id, registered_at);
CREATE UNIQUE INDEX integration_name_idx ON integration (cutover_id, lower(name));

-- The current state of each item; one row per item kind, created with the integration.
CREATE TABLE checklist_item
(
    integration_id UUID          NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    item           VARCHAR(40)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    evidence       VARCHAR(4000) NULL,
    checked_by     VARCHAR(200)  NULL,
    reason         TEXT          NULL,
    changed_at     TIMESTAMPTZ   NULL,
    PRIMARY KEY (integration_id, item)
);

-- Every change of an item, as it happened (a reopening clears the evidence of the item, not this).
CREATE TABLE checklist_history
(
    seq            BIGSERIAL     PRIMARY KEY,
    integration_id UUID          NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    item           VARCHAR(40)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    evidence       VARCHAR(4000) NULL,
    checked_by     VARCHAR(200)  NULL,
    reason         TEXT          NULL,
    changed_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX checklist_history_idx ON checklist_history (integration_id, item, seq);

CREATE TABLE probe
(
    id                  UUID          PRIMARY KEY,
    integration_id      UUID          NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    cutover_id          UUID          NOT NULL,
    target              VARCHAR(2000) NOT NULL,
    expected_status     INTEGER       NOT NULL,
    timeout_ms          BIGINT        NOT NULL,
    retries             INTEGER       NOT NULL,
    initial_backoff_ms  BIGINT        NOT NULL,
    json_assertions     JSONB         NOT NULL DEFAULT '{}',
    certificate_margin_s BIGINT       NOT NULL,
    created_by          VARCHAR(200)  NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL
);
CREATE INDEX probe_integration_idx ON probe (integration_id, created_at);
CREATE INDEX probe_cutover_idx ON probe (cutover_id);

-- Every run of a probe: by hand (MANUAL), before the go-live (SCHEDULED) or once production is back (LIVE).
CREATE TABLE probe_result
(
    id                     UUID          PRIMARY KEY,
    probe_id               UUID          NOT NULL REFERENCES probe (id) ON DELETE CASCADE,
    integration_id         UUID          NOT NULL,
    cutover_id             UUID          NOT NULL,
    run_kind               VARCHAR(20)   NOT NULL,
    target                 VARCHAR(2000) NOT NULL,
    outcome                VARCHAR(20)   NOT NULL,
    http_status            INTEGER       NULL,
    response_time_ms       BIGINT        NULL,
    certificate_expires_at TIMESTAMPTZ   NULL,
    failures               JSONB         NOT NULL DEFAULT '[]',
    attempts               INTEGER       NOT NULL,
    started_at             TIMESTAMPTZ   NOT NULL,
    completed_at           TIMESTAMPTZ   NOT NULL
);
CREATE INDEX probe_result_probe_idx ON probe_result (probe_id, completed_at);
CREATE INDEX probe_result_integration_idx ON probe_result (integration_id, completed_at);

-- A scheduled probe run fires once per window revision and trigger name.
CREATE TABLE probe_run_fired
(
    cutover_id      UUID        NOT NULL,
    window_revision INTEGER     NOT NULL,
    trigger_name    VARCHAR(40) NOT NULL,
    fired_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cutover_id, window_revision, trigger_name)
);

-- The live verification of a window: planned when the system is back, run once.
CREATE TABLE live_verification
(
    cutover_id      UUID        NOT NULL,
    window_revision INTEGER     NOT NULL,
    integration_ids JSONB       NOT NULL DEFAULT '[]',
    run_at          TIMESTAMPTZ NOT NULL,
    scheduled_at    TIMESTAMPTZ NOT NULL,
    started_at      TIMESTAMPTZ NULL,
    completed_at    TIMESTAMPTZ NULL,
    PRIMARY KEY (cutover_id, window_revision)
);

-- The outcome of the live checks of each integration (the last live verification that ran it).
CREATE TABLE live_check
(
    cutover_id      UUID        NOT NULL,
    window_revision INTEGER     NOT NULL,
    integration_id  UUID        NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    passed          BOOLEAN     NOT NULL,
    failures        JSONB       NOT NULL DEFAULT '[]',
    completed_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cutover_id, window_revision, integration_id)
);

-- The last verdict announced, per integration (scope = its id) and for the cutover (scope 'cutover').
CREATE TABLE readiness_state
(
    cutover_id   UUID        NOT NULL,
    scope        VARCHAR(40) NOT NULL,
    ready        BOOLEAN     NOT NULL,
    reasons      JSONB       NOT NULL DEFAULT '[]',
    evaluated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cutover_id, scope)
);
