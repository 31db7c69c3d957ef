import type { AppContext } from '../../../kernel/AppContext';
import type { Queryable } from '../../../kernel/database';
import { insertWebhookSecret } from '../webhookSecretsTable';

/** Stores a signing secret of an endpoint, encrypted with the service key; it signs until a rotation sets its expiry. */
export async function storeWebhookSecret(
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId' | 'key'>,
  input: { tx?: Queryable; orgId: string; endpointId: string; secret: string },
): Promise<void> {
  await insertWebhookSecret(ctx, {
    ...(input.tx ? { tx: input.tx } : {}),
    id: ctx.newId('whs'),
    orgId: input.orgId,
    endpointId: input.endpointId,
    secretEncrypted: ctx.key.encrypt(input.secret),
    at: ctx.clock.now(),
  });
}
