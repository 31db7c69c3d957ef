import type { AppContext } from '../../../kernel/AppContext';
import type { Queryable } from '../../../kernel/database';

/**
 * The secrets that sign a request to the endpoint at `at`, newest first: the current one and,
 * during a rotation's overlap, the previous one(s) not yet expired.
 */
export async function loadLiveSecrets(
  db: Queryable,
  ctx: Pick<AppContext, 'key'>,
  input: { orgId: string; endpointId: string; at: Date },
): Promise<string[]> {
  const rows = await db.query<{ secret_encrypted: Uint8Array }>(
    `SELECT secret_encrypted FROM webhook_secrets
     WHERE org_id = $1 AND endpoint_id = $2 AND (expires_at IS NULL OR expires_at > $3)
     ORDER BY created_at DESC, id DESC`,
    [input.orgId, input.endpointId, input.at],
  );
  return rows.map((row) => ctx.key.decrypt(row.secret_encrypted));
}
