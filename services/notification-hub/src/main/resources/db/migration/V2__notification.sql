-- notification-hub: a small projection of each cutover (from golive.cutover.v1 and golive.testing.v1),
-- the stakeholders who hear about it and how, the delivery log, each person's feed, and pages with
-- their escalation steps.

-- What the messages need to know of a cutover: its name and zone, its status, the current window's
-- milestones and when the last update went to the business during the go-live.
CREATE TABLE cutover_projection
(
    cutover_id      UUID         PRIMARY KEY,
    name            VARCHAR(200) NULL,
    zone            VARCHAR(64)  NULL,
    status          VARCHAR(30)  NULL,
    window_revision INTEGER      NOT NULL DEFAULT 0,
    milestones      TEXT         NULL, -- JSON: {"DOWNTIME_START": "2026-12-04T17:00:00Z", ...}
    cancelled_at    TIMESTAMPTZ  NULL,
    last_update_at  TIMESTAMPTZ  NULL, -- last message to business stakeholders during the go-live
    updated_at      TIMESTAMPTZ  NOT NULL
);

-- The latest published on-call roster: who is PRIMARY or SECONDARY when.
CREATE TABLE roster_shift
(
    cutover_id UUID         NOT NULL,
    shift_id   VARCHAR(100) NOT NULL,
    person     VARCHAR(200) NOT NULL, -- a username
    role       VARCHAR(20)  NOT NULL,
    starts_at  TIMESTAMPTZ  NOT NULL,
    ends_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (cutover_id, shift_id)
);

CREATE TABLE stakeholder
(
    id         UUID         PRIMARY KEY,
    cutover_id UUID         NOT NULL,
    name       VARCHAR(200) NOT NULL,
    username   VARCHAR(200) NOT NULL, -- the Keycloak login: the feed and pages are found by it
    role       VARCHAR(30)  NOT NULL,
    zone       VARCHAR(64)  NOT NULL,
    language   VARCHAR(10)  NOT NULL,
    email      VARCHAR(320) NULL,
    created_by VARCHAR(200) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (cutover_id, username)
);

-- The signing secret is kept to sign each request; the API shows it once, at creation.
CREATE TABLE webhook_target
(
    id             UUID          PRIMARY KEY,
    stakeholder_id UUID          NOT NULL REFERENCES stakeholder (id) ON DELETE CASCADE,
    url            VARCHAR(2000) NOT NULL,
    format         VARCHAR(20)   NOT NULL,
    secret         VARCHAR(200)  NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX webhook_target_stakeholder_idx ON webhook_target (stakeholder_id);

CREATE TABLE subscription
(
    id               BIGSERIAL    PRIMARY KEY,
    stakeholder_id   UUID         NOT NULL REFERENCES stakeholder (id) ON DELETE CASCADE,
    event_kind       VARCHAR(60)  NOT NULL, -- a notice kind, or * for every kind
    minimum_severity VARCHAR(20)  NOT NULL,
    channel          VARCHAR(20)  NOT NULL
);
CREATE INDEX subscription_stakeholder_idx ON subscription (stakeholder_id);

-- One row per message × recipient × channel (× webhook target). The idempotency key makes a second
-- delivery of the same event write nothing; the sender works on PENDING rows whose next attempt is
-- due and claims a row by moving next_attempt_at forward (a lease) before it sends.
CREATE TABLE delivery
(
    id                UUID          PRIMARY KEY,
    idempotency_key   VARCHAR(400)  NOT NULL UNIQUE,
    cutover_id        UUID          NOT NULL,
    stakeholder_id    UUID          NULL, -- gone when the stakeholder was deleted
    recipient         VARCHAR(200)  NOT NULL, -- username
    channel           VARCHAR(20)   NOT NULL,
    target_id         UUID          NULL, -- the webhook target
    address           VARCHAR(2000) NULL, -- e-mail address or webhook url at the time
    notice_kind       VARCHAR(60)   NOT NULL,
    severity          VARCHAR(20)   NOT NULL,
    source_event_id   VARCHAR(200)  NOT NULL,
    source_event_type VARCHAR(150)  NOT NULL,
    page_id           UUID          NULL,
    subject           VARCHAR(500)  NOT NULL,
    body              TEXT          NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    attempts          INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ   NULL,
    last_error        VARCHAR(1000) NULL,
    created_at        TIMESTAMPTZ   NOT NULL,
    sent_at           TIMESTAMPTZ   NULL,
    updated_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX delivery_due_idx ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_cutover_idx ON delivery (cutover_id, created_at);
CREATE INDEX delivery_status_idx ON delivery (status, created_at);

CREATE TABLE feed_item
(
    id              UUID         PRIMARY KEY,
    delivery_id     UUID         NOT NULL UNIQUE REFERENCES delivery (id),
    cutover_id      UUID         NOT NULL,
    username        VARCHAR(200) NOT NULL,
    notice_kind     VARCHAR(60)  NOT NULL,
    severity        VARCHAR(20)  NOT NULL,
    subject         VARCHAR(500) NOT NULL,
    body            TEXT         NOT NULL,
    page_id         UUID         NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    read_at         TIMESTAMPTZ  NULL
);
CREATE INDEX feed_item_username_idx ON feed_item (username, created_at);

-- A page of on-call staff and where its escalation stands; one per cause (source event).
CREATE TABLE page
(
    id                UUID         PRIMARY KEY,
    cutover_id        UUID         NOT NULL,
    reason            VARCHAR(500) NOT NULL,
    source_event_id   VARCHAR(200) NOT NULL,
    source_event_type VARCHAR(150) NOT NULL,
    status            VARCHAR(20)  NOT NULL, -- OPEN, ACKNOWLEDGED, EXHAUSTED
    acknowledged_by   VARCHAR(200) NULL,
    acknowledged_level VARCHAR(20) NULL,
    acknowledged_via  VARCHAR(10)  NULL,     -- API or LINK
    acknowledged_as_ops_lead BOOLEAN NULL,
    acknowledged_at   TIMESTAMPTZ  NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (cutover_id, source_event_id)
);
CREATE INDEX page_cutover_idx ON page (cutover_id, created_at);

-- What each page is about (an incident, a detection, a call to decide): one cause pages once, so a
-- critical detection, the incident it becomes and that incident's updates page one person once.
CREATE TABLE page_cause
(
    cutover_id UUID         NOT NULL,
    cause      VARCHAR(300) NOT NULL,
    page_id    UUID         NOT NULL REFERENCES page (id),
    PRIMARY KEY (cutover_id, cause)
);

-- Every step of a page, in order: the level, who was paged (nobody for a skipped level or the
-- exhausted end), the deadline and what became of it. A step that paged someone keeps the SHA-256
-- of the one-time token of its acknowledgement link (never the token).
CREATE TABLE page_step
(
    page_id      UUID         NOT NULL REFERENCES page (id),
    seq          INTEGER      NOT NULL,
    level        VARCHAR(20)  NOT NULL,
    username     VARCHAR(200) NULL,
    sent_at      TIMESTAMPTZ  NOT NULL,
    ack_deadline TIMESTAMPTZ  NULL,
    outcome      VARCHAR(20)  NOT NULL,
    outcome_at   TIMESTAMPTZ  NULL,
    token_sha256 VARCHAR(64)  NULL UNIQUE,
    PRIMARY KEY (page_id, seq)
);
CREATE INDEX page_step_username_idx ON page_step (lower(username));

-- Reminders that fired, keyed by the downtime start they were about: a second firing (Quartz
-- recovering a job) or a reschedule that kept the downtime start reminds nobody twice.
CREATE TABLE reminder_fired
(
    cutover_id     UUID        NOT NULL,
    downtime_start TIMESTAMPTZ NOT NULL,
    reminder       VARCHAR(40) NOT NULL,
    fired_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cutover_id, downtime_start, reminder)
);
