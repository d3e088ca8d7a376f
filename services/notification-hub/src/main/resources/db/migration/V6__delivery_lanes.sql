-- The sender's two lanes each find their due deliveries by their own index: when notices queue up by
-- the thousand, the page lane no longer walks past every pending notice to find the next page.
CREATE INDEX delivery_page_due_idx ON delivery (next_attempt_at, created_at) WHERE status = 'PENDING' AND page_id IS NOT NULL;
CREATE INDEX delivery_notice_due_idx ON delivery (next_attempt_at, created_at) WHERE status = 'PENDING' AND page_id IS NULL;
DROP INDEX delivery_due_idx;
