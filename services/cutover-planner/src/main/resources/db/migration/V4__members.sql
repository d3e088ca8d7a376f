-- Who takes part in each cutover as its ops lead named them, and each client's standing members
-- (docs/adr/0017-access-per-cutover.md). What the request gate reads is the union of the two, kept in
-- golive_cutover_member (db/messaging) and announced with CutoverMembersChanged.
CREATE TABLE cutover_member
(
    cutover_id UUID         NOT NULL REFERENCES cutover (id),
    member     VARCHAR(255) NOT NULL,
    role       VARCHAR(40)  NOT NULL,
    PRIMARY KEY (cutover_id, member, role)
);

CREATE TABLE client_member
(
    client VARCHAR(200) NOT NULL,
    member VARCHAR(255) NOT NULL,
    role   VARCHAR(40)  NOT NULL,
    PRIMARY KEY (client, member, role)
);
