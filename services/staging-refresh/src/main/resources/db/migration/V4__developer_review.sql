-- The developer review of a rehearsal's upgraded staging database: one row per checklist item once
-- it has been marked (an item without a row is open). The checklist itself is fixed in the code
-- (ReviewItemKey), so a new rehearsal needs no rows to have its review.
CREATE TABLE review_item
(
    rehearsal_id UUID          NOT NULL REFERENCES rehearsal (id) ON DELETE CASCADE,
    item_key     VARCHAR(40)   NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    marked_by    VARCHAR(200)  NULL,
    marked_at    TIMESTAMPTZ   NULL,
    evidence     VARCHAR(2000) NULL,
    reason       VARCHAR(500)  NULL,
    PRIMARY KEY (rehearsal_id, item_key),
    CONSTRAINT review_item_status CHECK (status IN ('OPEN', 'CHECKED', 'NOT_APPLICABLE')),
    CONSTRAINT review_item_evidence CHECK (status <> 'CHECKED' OR evidence IS NOT NULL),
    CONSTRAINT review_item_reason CHECK (status <> 'NOT_APPLICABLE' OR reason IS NOT NULL)
);
