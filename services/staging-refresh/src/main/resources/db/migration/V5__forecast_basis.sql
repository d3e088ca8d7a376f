-- The production upgrade forecast's basis: the database sizes (a rehearsal's, production's per cutover)
-- and the last forecast announced (UpgradeForecastChanged is sent when it changes).
ALTER TABLE rehearsal ADD COLUMN database_size_mb BIGINT NULL;

CREATE TABLE production_database
(
    cutover_id UUID         NOT NULL PRIMARY KEY,
    size_mb    BIGINT       NOT NULL,
    updated_by VARCHAR(255) NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL
);

ALTER TABLE readiness_state ADD COLUMN forecast_announced TEXT NULL;
