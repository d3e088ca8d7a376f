-- A cutover and its window. The window is stored as the local date-time of the downtime
-- start plus the IANA zone; every milestone keeps its local time, offset, instant and the
-- rule that produced the instant (see docs/adr/0005-dst-rules.md).
CREATE TABLE cutover
(
    id                   UUID         PRIMARY KEY,
    name                 VARCHAR(200) NOT NULL,
    client               VARCHAR(200) NOT NULL,
    erp_product          VARCHAR(100) NOT NULL,
    source_version       INTEGER      NOT NULL,
    target_version       INTEGER      NOT NULL,
    upgrade_path         VARCHAR(200) NOT NULL,
    zone                 VARCHAR(64)  NOT NULL,
    on_call_team         VARCHAR(100) NOT NULL,
    policy               TEXT         NOT NULL,
    status               VARCHAR(32)  NOT NULL,
    window_revision      INTEGER      NOT NULL DEFAULT 0,
    downtime_start_local TIMESTAMP    NULL,
    created_by           VARCHAR(200) NOT NULL,
    created_at           TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT cutover_versions CHECK (target_version > source_version)
);
CREATE INDEX cutover_team_idx ON cutover (on_call_team);
CREATE INDEX cutover_status_idx ON cutover (status);
CREATE INDEX cutover_downtime_idx ON cutover (downtime_start_local);

CREATE TABLE cutover_blackout
(
    cutover_id UUID         NOT NULL REFERENCES cutover (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    from_date  DATE         NOT NULL,
    to_date    DATE         NOT NULL,
    reason     VARCHAR(200) NOT NULL,
    PRIMARY KEY (cutover_id, position),
    CONSTRAINT blackout_range CHECK (to_date >= from_date)
);

CREATE TABLE cutover_milestone
(
    cutover_id      UUID        NOT NULL REFERENCES cutover (id) ON DELETE CASCADE,
    milestone       VARCHAR(40) NOT NULL,
    window_revision INTEGER     NOT NULL,
    local_time      TIMESTAMP   NOT NULL,
    zone            VARCHAR(64) NOT NULL,
    utc_offset      VARCHAR(9)  NOT NULL,
    at_instant      TIMESTAMPTZ NOT NULL,
    time_rule       VARCHAR(40) NOT NULL,
    reached_at      TIMESTAMPTZ NULL,
    lateness_ms     BIGINT      NULL,
    PRIMARY KEY (cutover_id, milestone)
);
CREATE INDEX cutover_milestone_instant_idx ON cutover_milestone (at_instant);
