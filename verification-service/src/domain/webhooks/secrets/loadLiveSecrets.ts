import type { AppContext } from '../../../kernel/AppContext';
import type { Queryable } from '../../../kernel/database';
import { findLiveWebhookSecrets } from '../webhookSecretsTable';

/**
 * The secrets that sign a request to the endpoint at `at`, newest first: the current one and,
 * during a rotation's overlap, the previous one(s) not yet expired.
 */
export async function loadLiveSecrets(
  ctx: Pick<AppContext, 'db' | 'key'>,
  input: { tx?: Queryable; orgId: string; endpointId: string; at: Date },
): Promise<string[]> {
  const sealed = await findLiveWebhookSecrets(ctx, input);
  return sealed.map((secret) => ctx.key.decrypt(secret));
}
