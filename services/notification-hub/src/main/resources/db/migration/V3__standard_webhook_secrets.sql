-- Webhooks are now signed as Standard Webhooks says: the secret is "whsec_" and the base64 of the
-- HMAC key. Before, the key was the UTF-8 of the whole stored text ("whsec_" and base64url, no
-- padding). Every secret stored so far is of that kind: each becomes the whsec_ form of that same
-- key, so a receiver that kept its old secret can keep it too — its new form is
-- `whsec_$(printf %s "$OLD_SECRET" | base64 -w0)`.
-- (PostgreSQL's base64 breaks lines every 76 characters: the line breaks are removed.)
UPDATE webhook_target
   SET secret = 'whsec_' || replace(encode(convert_to(secret, 'UTF8'), 'base64'), E'\n', '');
