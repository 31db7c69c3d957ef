-- Link and phone-code messages go through a transactional outbox, like webhooks: a message is
-- queued in the transaction that makes it (create, resend, send a code), sent after the commit by the
-- message dispatcher and retried on a provider failure. verification_deliveries is that outbox and
-- the delivery log in one: status queued, then sent or failed.
ALTER TABLE verification_deliveries ADD COLUMN kind text NOT NULL DEFAULT 'link' CHECK (kind IN ('link', 'phone_code'));
-- The rendered message (recipient, subject, text, html) encrypted with the service key: it holds the
-- live link or code, so it is erased once the message is sent or given up.
ALTER TABLE verification_deliveries ADD COLUMN sealed_message bytea;
ALTER TABLE verification_deliveries ADD COLUMN attempt_count integer NOT NULL DEFAULT 0;
ALTER TABLE verification_deliveries ADD COLUMN next_attempt_at timestamptz;
ALTER TABLE verification_deliveries ADD COLUMN locked_until timestamptz;
-- After this the message is useless (the link or code has expired) and is no longer tried.
ALTER TABLE verification_deliveries ADD COLUMN expires_at timestamptz;
ALTER TABLE verification_deliveries ADD COLUMN created_at timestamptz;
UPDATE verification_deliveries SET created_at = sent_at;
ALTER TABLE verification_deliveries ALTER COLUMN created_at SET NOT NULL;
ALTER TABLE verification_deliveries ADD CONSTRAINT verification_deliveries_status CHECK (status IN ('queued', 'sent', 'failed'));
CREATE INDEX verification_deliveries_due ON verification_deliveries (next_attempt_at) WHERE status = 'queued';

-- Every try of a message, for the delivery log (a refusal, then the retry that went through).
CREATE TABLE verification_delivery_attempts (
  id bigserial PRIMARY KEY,
  org_id text NOT NULL,
  delivery_id bigint NOT NULL REFERENCES verification_deliveries (id) ON DELETE CASCADE,
  attempted_at timestamptz NOT NULL,
  error text
);
CREATE INDEX verification_delivery_attempts_delivery ON verification_delivery_attempts (delivery_id, id);
