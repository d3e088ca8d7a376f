-- What the weekend did, as the runbook observed it (WeekendFactObserved), beside the milestones that
-- plan it: the cutover keeps the latest observation of each fact, weekend_fact every accepted one,
-- once per fact and window revision.
ALTER TABLE cutover ADD COLUMN downtime_started_at TIMESTAMPTZ NULL;
ALTER TABLE cutover ADD COLUMN system_back_at      TIMESTAMPTZ NULL;
ALTER TABLE cutover ADD COLUMN business_resumed_at TIMESTAMPTZ NULL;

CREATE TABLE weekend_fact
(
    cutover_id      UUID         NOT NULL REFERENCES cutover (id),
    window_revision INT          NOT NULL,
    fact            VARCHAR(40)  NOT NULL,
    observed_at     TIMESTAMPTZ  NOT NULL,
    planned_at      TIMESTAMPTZ  NULL,
    task_id         VARCHAR(255) NOT NULL,
    task_title      TEXT         NOT NULL,
    reported_by     VARCHAR(255) NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (cutover_id, window_revision, fact)
);
