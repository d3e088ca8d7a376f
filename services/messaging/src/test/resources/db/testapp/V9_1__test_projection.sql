-- Test only: a service's cutover projection, the common columns of CutoverProjectionRow plus two of
-- its own (with defaults, because CutoverProjectionRow#lock inserts only the common ones).
CREATE TABLE test_projection
(
    cutover_id      UUID        PRIMARY KEY,
    zone            VARCHAR(64) NULL,
    window_revision INTEGER     NOT NULL DEFAULT 0,
    downtime_start  TIMESTAMPTZ NULL,
    details_changes INTEGER     NOT NULL DEFAULT 0,
    cancelled_at    TIMESTAMPTZ NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
