-- golive-messaging. Who takes part in each cutover and in which role (docs/adr/0017-access-per-cutover.md):
-- cutover-planner writes it, every other service keeps the copy that CutoverMembersChanged brings, and
-- the request gate reads it on every per-cutover request.
CREATE TABLE golive_cutover_member
(
    cutover_id UUID         NOT NULL,
    member     VARCHAR(255) NOT NULL,
    role       VARCHAR(40)  NOT NULL,
    PRIMARY KEY (cutover_id, member, role)
);
CREATE INDEX golive_cutover_member_by_member ON golive_cutover_member (member);
