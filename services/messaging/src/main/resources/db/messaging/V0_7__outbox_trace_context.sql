-- golive-messaging. The W3C trace context of the span that appended the event (docs/observability.md): the
-- relay puts it on the Kafka record, so the consumer's span in the next service joins the request's trace.
-- Null when tracing is off, and for every row written before this migration.
ALTER TABLE outbox_event ADD COLUMN traceparent VARCHAR(100) NULL;
ALTER TABLE outbox_event ADD COLUMN tracestate  TEXT         NULL;
