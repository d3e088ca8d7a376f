-- notification-hub: the secret that signs the one-click unsubscribe links of mails, when none is
-- configured (golive.notification.unsubscribe-secret). The first instance to need it writes a random
-- one; every instance then signs and checks with the same secret, and links keep working across restarts.
CREATE TABLE hub_secret
(
    name       VARCHAR(50)  PRIMARY KEY,
    value      VARCHAR(200) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL
);
