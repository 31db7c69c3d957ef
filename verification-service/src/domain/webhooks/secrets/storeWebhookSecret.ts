import type { AppContext } from '../../../kernel/AppContext';
import type { Queryable } from '../../../kernel/database';

/** Stores a signing secret of an endpoint, encrypted with the service key; it signs until a rotation sets its expiry. */
export async function storeWebhookSecret(
  tx: Queryable,
  ctx: Pick<AppContext, 'clock' | 'newId' | 'key'>,
  input: { orgId: string; endpointId: string; secret: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO webhook_secrets (id, org_id, endpoint_id, secret_encrypted, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, NULL)`,
    [ctx.newId('whs'), input.orgId, input.endpointId, ctx.key.encrypt(input.secret), ctx.clock.now()],
  );
}
