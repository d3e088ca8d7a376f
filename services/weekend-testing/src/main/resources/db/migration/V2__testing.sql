-- weekend-testing: what this service knows of each cutover's window (from golive.cutover.v1), the
-- scenarios, testers and their availability, the on-call roster, the plan of assignments, the
-- results, and the coverage last announced.

-- The current window: its revision and zone, the testing window (end of the technical review to the
-- end of weekend testing) and the roster window (downtime start to business resume). A row may exist
-- with revision 0 and no window: every change of a cutover locks its row first.
CREATE TABLE cutover_projection
(
    cutover_id      UUID        PRIMARY KEY,
    zone            VARCHAR(64) NULL,
    window_revision INTEGER     NOT NULL DEFAULT 0,
    downtime_start  TIMESTAMPTZ NULL,
    testing_start   TIMESTAMPTZ NULL,
    testing_end     TIMESTAMPTZ NULL,
    business_resume TIMESTAMPTZ NULL,
    cancelled_at    TIMESTAMPTZ NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

-- A scenario's id is chosen by people ("sales-quotation") and is unique within its cutover; other
-- scenarios name it in depends_on. position keeps the order they were listed in (the planner breaks
-- ties by it).
CREATE TABLE scenario
(
    row_id            UUID         PRIMARY KEY,
    cutover_id        UUID         NOT NULL,
    scenario_id       VARCHAR(100) NOT NULL,
    position          INTEGER      NOT NULL,
    title             VARCHAR(200) NOT NULL,
    area              VARCHAR(20)  NOT NULL,
    criticality       VARCHAR(20)  NOT NULL,
    estimated_minutes INTEGER      NOT NULL,
    depends_on        VARCHAR(100) NULL,
    updated_by        VARCHAR(200) NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (cutover_id, scenario_id)
);

-- username is the Keycloak login: a tester records results only on assignments of their username.
CREATE TABLE tester
(
    id         UUID         PRIMARY KEY,
    cutover_id UUID         NOT NULL,
    name       VARCHAR(200) NOT NULL,
    username   VARCHAR(100) NOT NULL,
    contact    VARCHAR(200) NOT NULL,
    zone       VARCHAR(64)  NOT NULL,
    areas      VARCHAR(200) NOT NULL, -- comma-separated BusinessArea names
    max_hours  INTEGER      NOT NULL,
    updated_by VARCHAR(200) NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX tester_username_idx ON tester (cutover_id, lower(username));

CREATE TABLE tester_slot
(
    tester_id UUID        NOT NULL REFERENCES tester (id) ON DELETE CASCADE,
    position  INTEGER     NOT NULL,
    start_at  TIMESTAMPTZ NOT NULL,
    end_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tester_id, position)
);

-- The on-call roster: PUT replaces every shift of the cutover.
CREATE TABLE roster
(
    cutover_id   UUID         PRIMARY KEY,
    published_by VARCHAR(200) NOT NULL,
    published_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE roster_shift
(
    row_id     UUID         PRIMARY KEY,
    cutover_id UUID         NOT NULL,
    position   INTEGER      NOT NULL,
    shift_id   VARCHAR(200) NOT NULL,
    person     VARCHAR(200) NOT NULL,
    role       VARCHAR(20)  NOT NULL,
    start_at   TIMESTAMPTZ  NOT NULL,
    end_at     TIMESTAMPTZ  NOT NULL,
    UNIQUE (cutover_id, shift_id)
);

-- One plan per cutover, DRAFT until published; planning again replaces it. plan_id is new with
-- every computation (PlanPublished names it).
CREATE TABLE test_plan
(
    cutover_id      UUID         PRIMARY KEY,
    plan_id         UUID         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    window_revision INTEGER      NOT NULL,
    planned_by      VARCHAR(200) NOT NULL,
    planned_at      TIMESTAMPTZ  NOT NULL,
    published_by    VARCHAR(200) NULL,
    published_at    TIMESTAMPTZ  NULL
);

-- At most one assignment per scenario; its id stays when a new plan gives the scenario another
-- tester or time, so results recorded on it stay attached.
CREATE TABLE assignment
(
    id          UUID         PRIMARY KEY,
    cutover_id  UUID         NOT NULL,
    scenario_id VARCHAR(100) NOT NULL,
    tester_id   UUID         NOT NULL REFERENCES tester (id),
    start_at    TIMESTAMPTZ  NOT NULL,
    end_at      TIMESTAMPTZ  NOT NULL,
    updated_by  VARCHAR(200) NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (cutover_id, scenario_id)
);
CREATE INDEX assignment_tester_idx ON assignment (tester_id);

-- What the current plan could not assign, and why (Unassignable.Reason).
CREATE TABLE unassigned_scenario
(
    cutover_id  UUID         NOT NULL,
    scenario_id VARCHAR(100) NOT NULL,
    position    INTEGER      NOT NULL,
    reason      VARCHAR(40)  NOT NULL,
    detail      TEXT         NOT NULL,
    PRIMARY KEY (cutover_id, scenario_id)
);

-- Every result recorded, in order; the latest one of a scenario counts for coverage. Kept when the
-- scenario is re-planned (scenario_id is copied so coverage does not depend on the assignment).
CREATE TABLE test_result
(
    id                UUID         PRIMARY KEY,
    cutover_id        UUID         NOT NULL,
    assignment_id     UUID         NOT NULL,
    scenario_id       VARCHAR(100) NOT NULL,
    tester_id         UUID         NOT NULL,
    outcome           VARCHAR(20)  NOT NULL,
    notes             TEXT         NULL,
    workaround_exists BOOLEAN      NOT NULL,
    recorded_by       VARCHAR(200) NOT NULL,
    recorded_at       TIMESTAMPTZ  NOT NULL,
    seq               BIGSERIAL    NOT NULL
);
CREATE INDEX test_result_cutover_idx ON test_result (cutover_id, seq);
CREATE INDEX test_result_assignment_idx ON test_result (assignment_id, seq);

-- The coverage last announced (CoverageChanged), as JSON, and when the weekend was signed off
-- (WeekendSignedOff is announced once).
CREATE TABLE coverage_state
(
    cutover_id    UUID        PRIMARY KEY,
    coverage      TEXT        NOT NULL,
    signed_off_at TIMESTAMPTZ NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
