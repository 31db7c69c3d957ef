import type { Db, Tx } from '../../kernel/database';

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

/** Stores an encrypted secret that signs until a rotation sets its expiry. */
export async function insertWebhookSecret(
  ctx: Db,
  input: Tx & { id: string; orgId: string; endpointId: string; secretEncrypted: Buffer; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `INSERT INTO webhook_secrets (id, org_id, endpoint_id, secret_encrypted, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, NULL)`,
    [input.id, input.orgId, input.endpointId, input.secretEncrypted, input.at],
  );
}

/** The encrypted secrets of an endpoint live at `at`, newest first. */
export async function findLiveWebhookSecrets(
  ctx: Db,
  input: Tx & { orgId: string; endpointId: string; at: Date },
): Promise<Uint8Array[]> {
  const rows = await (input.tx ?? ctx.db).query<{ secret_encrypted: Uint8Array }>(
    `SELECT secret_encrypted FROM webhook_secrets
     WHERE org_id = $1 AND endpoint_id = $2 AND (expires_at IS NULL OR expires_at > $3)
     ORDER BY created_at DESC, id DESC`,
    [input.orgId, input.endpointId, input.at],
  );
  return rows.map((row) => row.secret_encrypted);
}

/** Deletes an endpoint's secrets expired at `at`. */
export async function deleteExpiredWebhookSecrets(
  ctx: Db,
  input: Tx & { orgId: string; endpointId: string; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'DELETE FROM webhook_secrets WHERE org_id = $1 AND endpoint_id = $2 AND expires_at <= $3',
    [input.orgId, input.endpointId, input.at],
  );
}

/** Every secret of the endpoint stops signing at `expiresAt` at the latest. */
export async function expireWebhookSecretsBy(
  ctx: Db,
  input: Tx & { orgId: string; endpointId: string; expiresAt: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `UPDATE webhook_secrets SET expires_at = LEAST(COALESCE(expires_at, $3), $3)
     WHERE org_id = $1 AND endpoint_id = $2`,
    [input.orgId, input.endpointId, input.expiresAt],
  );
}
