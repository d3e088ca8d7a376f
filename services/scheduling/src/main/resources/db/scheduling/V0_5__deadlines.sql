-- golive-scheduling. Every one-shot trigger of CutoverTriggers is also written here, in the same
-- transaction: what is due and when, and whether it fired. The sweep fires, once and late, a deadline
-- that is due and has neither fired nor a trigger left (a firing that failed for good, a trigger lost
-- with a crash); a deadline whose job can never succeed is set aside with the reason.
CREATE TABLE golive_deadline
(
    trigger_group VARCHAR(200)  NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    job_class     VARCHAR(300)  NOT NULL,
    description   VARCHAR(500)  NOT NULL,
    due_at        TIMESTAMPTZ   NOT NULL,
    data          TEXT          NOT NULL, -- the job data, as java.util.Properties text
    fired_at      TIMESTAMPTZ   NULL,
    attempts      INTEGER       NOT NULL DEFAULT 0,
    last_failure  VARCHAR(1000) NULL,
    set_aside_at  TIMESTAMPTZ   NULL,
    PRIMARY KEY (trigger_group, name)
);
CREATE INDEX golive_deadline_due_idx ON golive_deadline (due_at) WHERE fired_at IS NULL AND set_aside_at IS NULL;
