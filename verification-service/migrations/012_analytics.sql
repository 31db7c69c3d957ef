-- Issue 7: indexes for the console's verification list (sorted by risk score or completion time,
-- newest first), a verification's webhook deliveries, and the retention sweep. Analytics ranges use
-- verifications_org (org_id, created_at DESC, id DESC) from 001.
CREATE INDEX verifications_org_risk ON verifications (org_id, ((risk->>'score')::int) DESC NULLS LAST, id DESC);
CREATE INDEX verifications_org_completed ON verifications (org_id, completed_at DESC NULLS LAST, id DESC);
CREATE INDEX webhook_messages_verification ON webhook_messages (org_id, verification_id) WHERE verification_id IS NOT NULL;
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
