-- notification-hub: whether the runbook's latest projection (RunbookProjectionChanged on
-- golive.runbook.v1) has the upgraded system back after the point of no return. Only a change of it
-- is told (RUNBOOK_PAST_POINT_OF_NO_RETURN, RUNBOOK_BACK_WITHIN_POINT_OF_NO_RETURN).
ALTER TABLE cutover_projection
    ADD COLUMN upgrade_past_pnr BOOLEAN NOT NULL DEFAULT FALSE;
