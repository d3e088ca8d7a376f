-- staging-refresh: rehearsals (staging upgrade tests) with their hops and custom-module attempts,
-- the upgrade summary, freshness (policy and drift), the last readiness verdict, and what this
-- service knows of each cutover from golive.cutover.v1.

-- What the cutover events told us: versions, zone, expected downtime, the current window.
CREATE TABLE cutover_projection
(
    cutover_id               UUID        PRIMARY KEY,
    zone                     VARCHAR(64) NULL,
    source_version           INTEGER     NULL,
    target_version           INTEGER     NULL,
    expected_downtime_s      BIGINT      NULL,
    window_revision          INTEGER     NOT NULL DEFAULT 0,
    refresh_deadline         TIMESTAMPTZ NULL,
    downtime_start           TIMESTAMPTZ NULL,
    -- The window revision whose refresh deadline has been judged (the trigger fires once per revision).
    refresh_checked_revision INTEGER     NOT NULL DEFAULT 0,
    cancelled_at             TIMESTAMPTZ NULL,
    updated_at               TIMESTAMPTZ NOT NULL
);

CREATE TABLE rehearsal
(
    id                   UUID         PRIMARY KEY,
    cutover_id           UUID         NOT NULL,
    production_backup_at TIMESTAMPTZ  NOT NULL,
    source_version       INTEGER      NOT NULL,
    target_version       INTEGER      NOT NULL,
    stage                VARCHAR(40)  NOT NULL,
    requested_at         TIMESTAMPTZ  NOT NULL,
    requested_by         VARCHAR(200) NOT NULL,
    completed_at         TIMESTAMPTZ  NULL,
    CONSTRAINT rehearsal_versions CHECK (target_version > source_version)
);
CREATE INDEX rehearsal_cutover_idx ON rehearsal (cutover_id, requested_at);

CREATE TABLE rehearsal_hop
(
    rehearsal_id UUID        NOT NULL REFERENCES rehearsal (id) ON DELETE CASCADE,
    from_version INTEGER     NOT NULL,
    to_version   INTEGER     NOT NULL,
    status       VARCHAR(20) NOT NULL,
    started_at   TIMESTAMPTZ NULL,
    finished_at  TIMESTAMPTZ NULL,
    PRIMARY KEY (rehearsal_id, from_version)
);

CREATE TABLE rehearsal_attempt
(
    rehearsal_id   UUID         NOT NULL REFERENCES rehearsal (id) ON DELETE CASCADE,
    number         INTEGER      NOT NULL,
    commit_ref     VARCHAR(255) NOT NULL,
    started_at     TIMESTAMPTZ  NOT NULL,
    finished_at    TIMESTAMPTZ  NULL,
    outcome        VARCHAR(20)  NOT NULL,
    error_category VARCHAR(40)  NULL,
    log_excerpt    TEXT         NULL,
    PRIMARY KEY (rehearsal_id, number)
);

CREATE TABLE summary_item
(
    id           UUID          PRIMARY KEY,
    cutover_id   UUID          NOT NULL,
    rehearsal_id UUID          NOT NULL REFERENCES rehearsal (id) ON DELETE CASCADE,
    kind         VARCHAR(40)   NOT NULL,
    model        VARCHAR(128)  NULL,
    field        VARCHAR(128)  NULL,
    description  VARCHAR(2000) NOT NULL,
    owner        VARCHAR(200)  NULL,
    status       VARCHAR(20)   NOT NULL,
    raised_by    VARCHAR(200)  NOT NULL,
    raised_at    TIMESTAMPTZ   NOT NULL,
    position     INTEGER       NOT NULL DEFAULT 0,
    resolved_by  VARCHAR(200)  NULL,
    resolved_at  TIMESTAMPTZ   NULL
);
CREATE INDEX summary_item_rehearsal_idx ON summary_item (rehearsal_id, raised_at, position);

CREATE TABLE freshness_policy
(
    cutover_id                UUID         PRIMARY KEY,
    max_age_s                 BIGINT       NOT NULL,
    max_custom_module_commits INTEGER      NOT NULL,
    max_module_list_changes   INTEGER      NOT NULL,
    updated_by                VARCHAR(200) NOT NULL,
    updated_at                TIMESTAMPTZ  NOT NULL
);

-- Changes production made since a rehearsal's backup, as reported; they add up.
CREATE TABLE drift_report
(
    id                    UUID         PRIMARY KEY,
    cutover_id            UUID         NOT NULL,
    custom_module_commits INTEGER      NOT NULL CHECK (custom_module_commits >= 0),
    module_list_changes   INTEGER      NOT NULL CHECK (module_list_changes >= 0),
    reported_by           VARCHAR(200) NOT NULL,
    reported_at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX drift_report_cutover_idx ON drift_report (cutover_id, reported_at);

-- The last verdict announced per cutover, and the causes of an immediate refresh already announced.
CREATE TABLE readiness_state
(
    cutover_id            UUID         PRIMARY KEY,
    ready                 BOOLEAN      NULL,
    reasons               VARCHAR(200) NOT NULL DEFAULT '',
    based_on_rehearsal_id UUID         NULL,
    evaluated_at          TIMESTAMPTZ  NULL,
    refresh_causes        VARCHAR(100) NOT NULL DEFAULT ''
);

-- A forecast that does not fit is announced once per rehearsal and expected downtime.
CREATE TABLE forecast_alert
(
    rehearsal_id        UUID        NOT NULL,
    expected_downtime_s BIGINT      NOT NULL,
    cutover_id          UUID        NOT NULL,
    forecast_s          BIGINT      NOT NULL,
    raised_at           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (rehearsal_id, expected_downtime_s)
);

-- The shared secret a CI pipeline or hosting platform signs its webhook calls with. Shown once
-- when created; the HMAC needs the secret itself, so it is kept as given (protect the schema).
CREATE TABLE webhook_secret
(
    cutover_id UUID         PRIMARY KEY,
    secret     VARCHAR(128) NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL
);
