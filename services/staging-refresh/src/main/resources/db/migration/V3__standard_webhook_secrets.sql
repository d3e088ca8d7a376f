-- Webhook calls are now signed as Standard Webhooks says: the secret is "whsec_" and the base64 of
-- the HMAC key. Before, the key was the UTF-8 of the stored text itself (64 hex characters). Each
-- stored secret becomes the whsec_ form of that same key, so a CI pipeline that kept its old secret
-- can keep it: its whsec_ form is `whsec_$(printf %s "$OLD_SECRET" | base64 -w0)`.
-- (PostgreSQL's base64 breaks lines every 76 characters: the line breaks are removed.)
UPDATE webhook_secret
   SET secret = 'whsec_' || replace(encode(convert_to(secret, 'UTF8'), 'base64'), E'\n', '')
 WHERE secret NOT LIKE 'whsec\_%';
