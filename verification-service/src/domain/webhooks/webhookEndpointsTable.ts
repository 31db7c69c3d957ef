import type { EventType, WebhookEndpoint } from '@helpdesk-verify/core-client/schemas';
import type { Db, Tx } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { cursorCondition } from '../../infrastructure/storage/cursor';

/** Every column of `webhook_endpoints`, in table order. */
export const WEBHOOK_ENDPOINT_COLUMNS = [
  'id',
  'org_id',
  'url',
  'description',
  'event_types',
  'enabled',
  'disabled_reason',
  'failing_since',
  'created_at',
  'updated_at',
] as const;

const COLUMNS = WEBHOOK_ENDPOINT_COLUMNS.join(', ');

/** A `webhook_endpoints` row as the drivers return it. */
export interface WebhookEndpointRow {
  [column: string]: unknown;
  id: string;
  org_id: string;
  url: string;
  description: string;
  event_types: EventType[];
  enabled: boolean;
  disabled_reason: string | null;
  failing_since: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** The API shape of an endpoint row (never its secrets). */
export function toWebhookEndpoint(row: WebhookEndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    event_types: row.event_types,
    enabled: row.enabled,
    disabled_reason: row.disabled_reason,
    failing_since: row.failing_since ? row.failing_since.toISOString() : null,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

export async function insertWebhookEndpoint(
  ctx: Db,
  input: Tx & { id: string; orgId: string; url: string; description: string; eventTypes: EventType[]; at: Date },
): Promise<WebhookEndpointRow> {
  const [inserted] = await (input.tx ?? ctx.db).query<WebhookEndpointRow>(
    `INSERT INTO webhook_endpoints (id, org_id, url, description, event_types, enabled, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, true, $6, $6) RETURNING ${COLUMNS}`,
    [input.id, input.orgId, input.url, input.description, input.eventTypes, input.at],
  );
  return inserted as WebhookEndpointRow;
}

/**
 * The endpoint `id` of organisation `orgId`, locked for the transaction when `forUpdate`.
 * Throws ProblemError `not_found` for an unknown id and for another organisation's.
 */
export async function findWebhookEndpoint(
  ctx: Db,
  input: Tx & { orgId: string; id: string; forUpdate?: boolean },
): Promise<WebhookEndpointRow> {
  const [row] = await (input.tx ?? ctx.db).query<WebhookEndpointRow>(
    `SELECT ${COLUMNS} FROM webhook_endpoints WHERE org_id = $1 AND id = $2${input.forUpdate ? ' FOR UPDATE' : ''}`,
    [input.orgId, input.id],
  );
  if (!row) throw notFound('webhook endpoint', input.id);
  return row;
}

/** One page of an organisation's endpoints, newest first (`limit + 1` rows, to tell whether more follow). */
export async function findWebhookEndpointPage(
  ctx: Db,
  input: Tx & { orgId: string; cursor: string | undefined; limit: number },
): Promise<WebhookEndpointRow[]> {
  const params: unknown[] = [input.orgId];
  const after = cursorCondition(input.cursor, params);
  params.push(input.limit + 1);
  return (input.tx ?? ctx.db).query<WebhookEndpointRow>(
    `SELECT ${COLUMNS} FROM webhook_endpoints WHERE org_id = $1${after} ORDER BY created_at DESC, id DESC
      LIMIT $${params.length}`,
    params,
  );
}

/**
 * The subscribers of `eventType` among the organisation's enabled endpoints (an empty `event_types`
 * means all), oldest first, held with KEY SHARE: an endpoint deleted meanwhile waits for the caller's
 * transaction instead of failing it.
 */
export async function shareSubscribedEndpointIds(
  ctx: Db,
  input: Tx & { orgId: string; eventType: EventType },
): Promise<string[]> {
  const rows = await (input.tx ?? ctx.db).query<{ id: string }>(
    `SELECT id FROM webhook_endpoints
     WHERE org_id = $1 AND enabled AND (cardinality(event_types) = 0 OR $2 = ANY (event_types))
     ORDER BY created_at, id
     FOR KEY SHARE`,
    [input.orgId, input.eventType],
  );
  return rows.map((r) => r.id);
}

/** Locks the endpoint against concurrent changes of its state (not against new deliveries referencing it). */
export async function lockWebhookEndpointState(ctx: Db, input: Tx & { orgId: string; id: string }): Promise<void> {
  await (input.tx ?? ctx.db).query('SELECT id FROM webhook_endpoints WHERE org_id = $1 AND id = $2 FOR NO KEY UPDATE', [
    input.orgId,
    input.id,
  ]);
}

export async function updateWebhookEndpointRow(
  ctx: Db,
  input: Tx & {
    orgId: string;
    id: string;
    url: string;
    description: string;
    eventTypes: EventType[];
    enabled: boolean;
    disabledReason: string | null;
    failingSince: Date | null;
    at: Date;
  },
): Promise<WebhookEndpointRow> {
  const [updated] = await (input.tx ?? ctx.db).query<WebhookEndpointRow>(
    `UPDATE webhook_endpoints
     SET url = $3, description = $4, event_types = $5, enabled = $6, disabled_reason = $7, failing_since = $8,
       updated_at = $9
     WHERE org_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [
      input.orgId,
      input.id,
      input.url,
      input.description,
      input.eventTypes,
      input.enabled,
      input.disabledReason,
      input.failingSince,
      input.at,
    ],
  );
  return updated as WebhookEndpointRow;
}

/** Marks the endpoint changed at `at` (a new secret); returns it. */
export async function touchWebhookEndpoint(
  ctx: Db,
  input: Tx & { orgId: string; id: string; at: Date },
): Promise<WebhookEndpointRow> {
  const [updated] = await (input.tx ?? ctx.db).query<WebhookEndpointRow>(
    `UPDATE webhook_endpoints SET updated_at = $3 WHERE org_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [input.orgId, input.id, input.at],
  );
  return updated as WebhookEndpointRow;
}

export async function disableWebhookEndpointRow(
  ctx: Db,
  input: Tx & { orgId: string; id: string; reason: string; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `UPDATE webhook_endpoints SET enabled = false, disabled_reason = $3, updated_at = $4
     WHERE org_id = $1 AND id = $2`,
    [input.orgId, input.id, input.reason, input.at],
  );
}

/** A delivery succeeded: the endpoint is no longer failing. */
export async function clearWebhookEndpointFailing(
  ctx: Db,
  input: Tx & { orgId: string; id: string; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `UPDATE webhook_endpoints SET failing_since = NULL, updated_at = $3
     WHERE org_id = $1 AND id = $2 AND failing_since IS NOT NULL`,
    [input.orgId, input.id, input.at],
  );
}

/** A delivery failed: the endpoint fails since `at` unless it failed already; returns since when. */
export async function markWebhookEndpointFailing(
  ctx: Db,
  input: Tx & { orgId: string; id: string; at: Date },
): Promise<Date | null> {
  const [row] = await (input.tx ?? ctx.db).query<{ failing_since: Date }>(
    `UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, $3)
     WHERE org_id = $1 AND id = $2 RETURNING failing_since`,
    [input.orgId, input.id, input.at],
  );
  return row?.failing_since ?? null;
}

/** Deletes an endpoint (its secrets, deliveries and attempts cascade); returns it as it was, or null. */
export async function deleteWebhookEndpointRow(
  ctx: Db,
  input: Tx & { orgId: string; id: string },
): Promise<WebhookEndpointRow | null> {
  const [row] = await (input.tx ?? ctx.db).query<WebhookEndpointRow>(
    `DELETE FROM webhook_endpoints WHERE org_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [input.orgId, input.id],
  );
  return row ?? null;
}
