-- runbook: the go-live weekend as tasks. Text columns have the API's maximum lengths.

-- What the runbook knows of each cutover (golive.cutover.v1 through golive-messaging's CutoverProjections),
-- plus the facts it keeps for itself: the go/no-go decision, the rollback decision and the latest forecast.
CREATE TABLE cutover_projection
(
    cutover_id          UUID PRIMARY KEY,
    zone                VARCHAR(64),
    window_revision     INTEGER     NOT NULL DEFAULT 0,
    cancelled_at        TIMESTAMPTZ,
    updated_at          TIMESTAMPTZ NOT NULL,
    milestones          TEXT,       -- one "MILESTONE=instant" per line, the current window's
    go_decision         VARCHAR(20),
    go_decided_at       TIMESTAMPTZ,
    rollback_decided_at TIMESTAMPTZ,
    forecast_s          BIGINT
);

CREATE TABLE runbook_template
(
    template_id    VARCHAR(100) PRIMARY KEY,
    name           VARCHAR(200)  NOT NULL,
    description    VARCHAR(2000),
    tasks          TEXT          NOT NULL, -- JSON: [TemplateTask]
    rollback_tasks TEXT          NOT NULL, -- JSON: [TemplateTask]
    created_by     VARCHAR(200)  NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL
);

CREATE TABLE runbook
(
    runbook_id               UUID PRIMARY KEY,
    cutover_id               UUID         NOT NULL UNIQUE,
    template_name            VARCHAR(200) NOT NULL,
    instantiated_by          VARCHAR(200) NOT NULL,
    instantiated_at          TIMESTAMPTZ  NOT NULL,
    -- What the last RunbookProjectionChanged / RunbookReadinessChanged said: the next is sent only on a change.
    published_ready_at       TIMESTAMPTZ,
    published_system_back_at TIMESTAMPTZ,
    published_crossing       BOOLEAN,
    published_overdue        INTEGER,
    published_ready          BOOLEAN,
    published_pending        TEXT
);

CREATE TABLE runbook_task
(
    task_id               UUID PRIMARY KEY,
    runbook_id            UUID          NOT NULL REFERENCES runbook (runbook_id) ON DELETE CASCADE,
    cutover_id            UUID          NOT NULL,
    rollback              BOOLEAN       NOT NULL,
    position              INTEGER       NOT NULL,
    task_key              VARCHAR(100)  NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    description           VARCHAR(2000),
    owner_kind            VARCHAR(20)   NOT NULL,
    owner_name            VARCHAR(200)  NOT NULL,
    anchor_milestone      VARCHAR(40),
    anchor_offset_s       BIGINT,
    expected_duration_s   BIGINT        NOT NULL,
    observes              VARCHAR(40),
    duration_from_forecast BOOLEAN      NOT NULL DEFAULT FALSE,
    status                VARCHAR(20)   NOT NULL,
    reason                VARCHAR(500),
    evidence              VARCHAR(2000),
    actual_start          TIMESTAMPTZ,
    actual_finish         TIMESTAMPTZ,
    started_by            VARCHAR(200),
    finished_by           VARCHAR(200),
    planned_start         TIMESTAMPTZ,
    planned_finish        TIMESTAMPTZ,
    -- Raised each time the planned times move: the calendar's SEQUENCE.
    sequence              INTEGER       NOT NULL DEFAULT 0,
    -- The overdue trigger: when it is due (null: none), the plan it belongs to, and the plan it was sent for.
    overdue_due_at        TIMESTAMPTZ,
    plan_version          INTEGER       NOT NULL DEFAULT 0,
    overdue_sent_version  INTEGER       NOT NULL DEFAULT -1,
    UNIQUE (runbook_id, task_key)
);
CREATE INDEX runbook_task_cutover_idx ON runbook_task (cutover_id);

CREATE TABLE runbook_task_dependency
(
    task_id    UUID NOT NULL REFERENCES runbook_task (task_id) ON DELETE CASCADE,
    depends_on UUID NOT NULL REFERENCES runbook_task (task_id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (task_id, position)
);

CREATE TABLE runbook_checklist_item
(
    task_id    UUID          NOT NULL REFERENCES runbook_task (task_id) ON DELETE CASCADE,
    item_key   VARCHAR(100)  NOT NULL,
    position   INTEGER       NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    checked    BOOLEAN       NOT NULL DEFAULT FALSE,
    evidence   VARCHAR(2000),
    checked_by VARCHAR(200),
    checked_at TIMESTAMPTZ,
    PRIMARY KEY (task_id, position)
);

-- The weekend as it happened, for the report: task moves and what the runbook read on the other topics.
CREATE TABLE weekend_log
(
    id         BIGSERIAL PRIMARY KEY,
    cutover_id UUID          NOT NULL,
    at         TIMESTAMPTZ   NOT NULL,
    source     VARCHAR(40)   NOT NULL,
    kind       VARCHAR(80)   NOT NULL,
    text       VARCHAR(2000) NOT NULL
);
CREATE INDEX weekend_log_cutover_idx ON weekend_log (cutover_id, at);

CREATE TABLE webhook_secret
(
    cutover_id UUID PRIMARY KEY,
    secret     VARCHAR(200) NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL
);
