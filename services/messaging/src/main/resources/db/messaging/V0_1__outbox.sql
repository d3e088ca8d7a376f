-- golive-messaging. Events wait here, written in the same transaction as the change they describe, until the
-- relay has handed them to Kafka (docs/adr/0003-transactional-outbox.md).
CREATE TABLE outbox_event
(
    seq          BIGSERIAL    PRIMARY KEY,
    id           UUID         NOT NULL UNIQUE,
    topic        VARCHAR(100) NOT NULL,
    event_key    VARCHAR(100) NOT NULL,
    type         VARCHAR(150) NOT NULL,
    payload      TEXT         NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    published_at TIMESTAMPTZ  NULL
);
CREATE INDEX outbox_event_pending_idx ON outbox_event (seq) WHERE published_at IS NULL;
