-- golive-messaging. The ids of the events a consumer has already applied, written in the same
-- transaction as their effect, so a redelivered event changes nothing (docs/adr/0007-idempotent-consumers.md).
CREATE TABLE processed_event
(
    consumer     VARCHAR(100) NOT NULL,
    event_id     VARCHAR(200) NOT NULL,
    event_type   VARCHAR(150) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
