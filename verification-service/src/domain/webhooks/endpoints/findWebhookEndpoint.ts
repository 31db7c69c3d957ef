import { notFound } from '../../../kernel/ProblemError';
import type { Queryable } from '../../../kernel/database';
import type { WebhookEndpointRow } from './toWebhookEndpoint';

/**
 * The endpoint `id` of organisation `orgId`, locked for the transaction when `forUpdate`.
 * Throws ProblemError `not_found` for an unknown id and for another organisation's.
 */
export async function findWebhookEndpoint(
  db: Queryable,
  input: { orgId: string; id: string; forUpdate?: boolean },
): Promise<WebhookEndpointRow> {
  const [row] = await db.query<WebhookEndpointRow>(
    `SELECT * FROM webhook_endpoints WHERE org_id = $1 AND id = $2${input.forUpdate ? ' FOR UPDATE' : ''}`,
    [input.orgId, input.id],
  );
  if (!row) throw notFound('webhook endpoint', input.id);
  return row;
}
