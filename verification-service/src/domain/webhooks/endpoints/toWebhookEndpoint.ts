import type { EventType, WebhookEndpoint } from '@helpdesk-verify/core-client';

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
