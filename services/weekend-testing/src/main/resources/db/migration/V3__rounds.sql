-- weekend-testing: test rounds. The weekend round is what V2 holds (the plan, its assignments and
-- results); a staging round is power users testing on the upgraded staging database of one
-- rehearsal, before the go-live approval. What changed for them is noted on their results.

-- The rehearsals staging-refresh announced (golive.staging.v1): succeeded_at once it SUCCEEDED (the
-- latest succeeded one is the current rehearsal), and whether its developer review is done (it is
-- ready for power users only then). A review may be heard of before the rehearsal's completion.
CREATE TABLE staging_rehearsal
(
    id                UUID         PRIMARY KEY,
    cutover_id        UUID         NOT NULL,
    rehearsal_id      VARCHAR(200) NOT NULL,
    succeeded_at      TIMESTAMPTZ  NULL,
    review_done       BOOLEAN      NOT NULL DEFAULT FALSE,
    review_changed_at TIMESTAMPTZ  NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    UNIQUE (cutover_id, rehearsal_id)
);

-- A tester's availability for the staging rounds (the weeks before the go-live), like tester_slot.
CREATE TABLE tester_staging_slot
(
    tester_id UUID        NOT NULL REFERENCES tester (id) ON DELETE CASCADE,
    position  INTEGER     NOT NULL,
    start_at  TIMESTAMPTZ NOT NULL,
    end_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tester_id, position)
);

-- A staging round: the catalogue planned over [from_at, to_at) on one rehearsal.
CREATE TABLE staging_round
(
    id           UUID         PRIMARY KEY,
    cutover_id   UUID         NOT NULL,
    rehearsal_id VARCHAR(200) NOT NULL,
    from_at      TIMESTAMPTZ  NOT NULL,
    to_at        TIMESTAMPTZ  NOT NULL,
    created_by   VARCHAR(200) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX staging_round_cutover_idx ON staging_round (cutover_id, created_at);

-- The assignments of a staging round (ids distinct from the weekend's: the results endpoint tells
-- the round by the assignment). A deleted tester's staging assignments go with them.
CREATE TABLE staging_assignment
(
    id          UUID         PRIMARY KEY,
    round_id    UUID         NOT NULL REFERENCES staging_round (id) ON DELETE CASCADE,
    cutover_id  UUID         NOT NULL,
    scenario_id VARCHAR(100) NOT NULL,
    tester_id   UUID         NOT NULL REFERENCES tester (id) ON DELETE CASCADE,
    start_at    TIMESTAMPTZ  NOT NULL,
    end_at      TIMESTAMPTZ  NOT NULL,
    UNIQUE (round_id, scenario_id)
);
CREATE INDEX staging_assignment_tester_idx ON staging_assignment (tester_id);

-- What a staging round could not assign, and why (Unassignable.Reason).
CREATE TABLE staging_unassigned
(
    round_id    UUID         NOT NULL REFERENCES staging_round (id) ON DELETE CASCADE,
    scenario_id VARCHAR(100) NOT NULL,
    position    INTEGER      NOT NULL,
    reason      VARCHAR(40)  NOT NULL,
    detail      TEXT         NOT NULL,
    PRIMARY KEY (round_id, scenario_id)
);

-- Which round a result belongs to: WEEKEND (every result before rounds existed) or STAGING, with the
-- round and the rehearsal it was recorded on (a staging result counts for that rehearsal only).
ALTER TABLE test_result ADD COLUMN round VARCHAR(10) NOT NULL DEFAULT 'WEEKEND';
ALTER TABLE test_result ADD COLUMN round_id UUID NULL;
ALTER TABLE test_result ADD COLUMN rehearsal_id VARCHAR(200) NULL;
CREATE INDEX test_result_round_idx ON test_result (cutover_id, round, seq);

-- What changed for the power user, noted on a result (MOVED_MENU, RENAMED_BUTTON, DIFFERENT_SCREEN, OTHER).
CREATE TABLE result_change
(
    result_id   UUID         NOT NULL REFERENCES test_result (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    description VARCHAR(500) NOT NULL,
    PRIMARY KEY (result_id, position)
);
