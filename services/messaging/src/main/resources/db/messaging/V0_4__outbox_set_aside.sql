-- golive-messaging. An event the broker refuses for good (too large, say) is set aside with the reason
-- instead of blocking every event behind it; an operator sees it in the metrics and the log.
ALTER TABLE outbox_event ADD COLUMN set_aside_at TIMESTAMPTZ NULL;
ALTER TABLE outbox_event ADD COLUMN set_aside_reason VARCHAR(1000) NULL;
DROP INDEX outbox_event_pending_idx;
CREATE INDEX outbox_event_pending_idx ON outbox_event (seq) WHERE published_at IS NULL AND set_aside_at IS NULL;
