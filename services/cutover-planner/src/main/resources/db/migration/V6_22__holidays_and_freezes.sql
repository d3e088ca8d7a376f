-- Holidays and freeze periods (docs/adr/0022-holidays-and-freeze-periods.md). Versioned 6.22 (after
-- the ADR's number) so that it sorts after V5 without taking the next whole number.

-- The holiday calendar of a cutover: ISO 3166-1 alpha-2 country and optional first-level subdivision
-- (Jollyday's code, upper case). No country: no holiday closes the cutover's weekends.
ALTER TABLE cutover ADD COLUMN country VARCHAR(2);
ALTER TABLE cutover ADD COLUMN subdivision VARCHAR(20);

-- A holiday weekend chosen explicitly by an ops lead: the holidays it covers (names, "; "-separated),
-- why, by whom. Null while the chosen weekend holds no holiday.
ALTER TABLE cutover ADD COLUMN holidays_chosen VARCHAR(2000);
ALTER TABLE cutover ADD COLUMN holiday_choice_reason VARCHAR(2000);
ALTER TABLE cutover ADD COLUMN holiday_choice_by VARCHAR(255);

-- Organisation-wide freeze periods: every cutover of the client (when given) and of the team (when
-- given) is kept out of [from_date, to_date]; with neither, every cutover is.
CREATE TABLE freeze_period
(
    id         UUID          NOT NULL PRIMARY KEY,
    name       VARCHAR(200)  NOT NULL,
    from_date  DATE          NOT NULL,
    to_date    DATE          NOT NULL,
    client     VARCHAR(200),
    team       VARCHAR(200),
    note       VARCHAR(2000),
    created_by VARCHAR(255)  NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL,
    updated_at TIMESTAMPTZ   NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    CHECK (from_date <= to_date)
);
CREATE INDEX freeze_period_dates ON freeze_period (to_date, from_date);
