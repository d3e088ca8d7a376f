-- rollback-decision: the runbook's projection of the production upgrade (RunbookProjectionChanged on
-- golive.runbook.v1), weighed by the assessment: when the upgraded system is projected back and
-- whether that is after the point of no return. system_back_at is from now on the observed return
-- (WeekendFactObserved of SYSTEM_BACK), no longer the planned milestone.
ALTER TABLE cutover_projection
    ADD COLUMN upgrade_projected_back_at   TIMESTAMPTZ NULL,
    ADD COLUMN upgrade_crosses_pnr         BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN upgrade_projection_changed_at TIMESTAMPTZ NULL;
