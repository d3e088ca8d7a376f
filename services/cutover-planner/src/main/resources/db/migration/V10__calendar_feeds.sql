-- Personal calendar feeds (docs/adr/0023-personal-calendar-feeds.md). A calendar client cannot send a
-- bearer token, so a person subscribes with a secret link; only its SHA-256 is kept, and revoking the
-- link ends it. The entries are what each person's feed shows beside the cutovers they take part in:
-- their test assignments, on-call shifts and runbook tasks, as the other services announced them.
-- (V10: the versions below it are left to the window and holiday work of the same round.)
CREATE TABLE calendar_subscription
(
    id           UUID         PRIMARY KEY,
    person       VARCHAR(255) NOT NULL,
    label        VARCHAR(100) NOT NULL,
    token_sha256 VARCHAR(64)  NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ  NOT NULL,
    revoked_at   TIMESTAMPTZ,
    last_read_at TIMESTAMPTZ
);
CREATE INDEX calendar_subscription_person ON calendar_subscription (person);

CREATE TABLE calendar_entry
(
    cutover_id UUID         NOT NULL,
    entry_key  VARCHAR(200) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    person     VARCHAR(255),
    role       VARCHAR(40),
    title      VARCHAR(600) NOT NULL,
    starts_at  TIMESTAMPTZ  NOT NULL,
    ends_at    TIMESTAMPTZ  NOT NULL,
    sequence   INT          NOT NULL,
    removed    BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (cutover_id, entry_key)
);
CREATE INDEX calendar_entry_person ON calendar_entry (person);
