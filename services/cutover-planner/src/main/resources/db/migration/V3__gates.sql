-- The go/no-go gates of a cutover. gate_evidence keeps what the other services reported (one
-- JSON document per cutover, read and written whole); gate_state the last state announced per
-- gate with GateChanged, so a change is announced once.
CREATE TABLE gate_evidence
(
    cutover_id UUID        PRIMARY KEY REFERENCES cutover (id) ON DELETE CASCADE,
    evidence   TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE gate_state
(
    cutover_id UUID        NOT NULL REFERENCES cutover (id) ON DELETE CASCADE,
    gate       VARCHAR(40) NOT NULL,
    state      VARCHAR(16) NOT NULL,
    reasons    TEXT        NOT NULL,
    since      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cutover_id, gate)
);

-- Every go/no-go decision of the ops lead, with the gates failing at that moment.
CREATE TABLE go_no_go_decision
(
    id              UUID         PRIMARY KEY,
    cutover_id      UUID         NOT NULL REFERENCES cutover (id) ON DELETE CASCADE,
    window_revision INTEGER      NOT NULL,
    decision        VARCHAR(8)   NOT NULL,
    decided_by      VARCHAR(200) NOT NULL,
    reason          TEXT         NOT NULL,
    failing_gates   TEXT         NOT NULL,
    decided_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX go_no_go_decision_cutover_idx ON go_no_go_decision (cutover_id, decided_at);

-- The weekend's facts the status follows: the sign-off of weekend testing, and a downtime start
-- reached without a GO (the cutover does not start; the planner shows the flag).
ALTER TABLE cutover ADD COLUMN weekend_signed_off_at  TIMESTAMPTZ NULL;
ALTER TABLE cutover ADD COLUMN downtime_without_go_at TIMESTAMPTZ NULL;
