import { randomBytes } from 'node:crypto';

/** A webhook the fake created from `requirements.json`, with the signing secret Zendesk generates. */
export interface InstalledWebhook {
  key: string;
  endpoint: string;
  httpMethod: string;
  signingSecret: string;
}

type Condition = { field: string; operator: string; value: unknown };

/** A trigger the fake created from `requirements.json`. */
export interface InstalledTrigger {
  key: string;
  title: string;
  all: Condition[];
  any: Condition[];
  actions: { field: string; value: unknown }[];
}

/** The ticket before and after one update, as triggers see it. */
export interface TicketChange {
  id: number;
  statusBefore: string;
  status: string;
  tags: readonly string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Creates the webhooks and triggers of an app's `requirements.json` as an install does, refusing
 * what Zendesk's app validation refuses (`zendesk_apps_support`: unknown requirement types, a
 * webhook without `name`, `status`, `endpoint`, `http_method`, `request_format`, a trigger without
 * `title`). A trigger's `notification_webhook` names the webhook by its requirement key.
 */
export const installRequirements = (
  requirements: unknown,
): { webhooks: Map<string, InstalledWebhook>; triggers: InstalledTrigger[] } => {
  if (!isRecord(requirements)) throw new Error('requirements.json must be an object');
  const types = [
    'automations',
    'channel_integrations',
    'custom_objects',
    'macros',
    'targets',
    'views',
    'ticket_fields',
    'triggers',
    'user_fields',
    'organization_fields',
    'webhooks',
    'custom_objects_v2',
  ];
  const unknown = Object.keys(requirements).filter((t) => !types.includes(t));
  if (unknown.length > 0) throw new Error(`invalid requirement types: ${unknown.join(', ')}`);
  const webhooks = new Map<string, InstalledWebhook>();
  for (const [key, value] of Object.entries(isRecord(requirements.webhooks) ? requirements.webhooks : {})) {
    if (!isRecord(value)) throw new Error(`webhook ${key} must be an object`);
    const missing = ['name', 'status', 'endpoint', 'http_method', 'request_format'].filter((k) => !(k in value));
    if (missing.length > 0) throw new Error(`webhook ${key} lacks ${missing.join(', ')}`);
    if (!/^https?:\/\//.test(String(value.endpoint)))
      throw new Error(`webhook ${key} endpoint must be an http(s) URL, got ${String(value.endpoint)}`);
    webhooks.set(key, {
      key,
      endpoint: String(value.endpoint),
      httpMethod: String(value.http_method),
      signingSecret: randomBytes(32).toString('base64url'),
    });
  }
  const triggers: InstalledTrigger[] = [];
  for (const [key, value] of Object.entries(isRecord(requirements.triggers) ? requirements.triggers : {})) {
    if (!isRecord(value) || typeof value.title !== 'string') throw new Error(`trigger ${key} lacks title`);
    const conditions = isRecord(value.conditions) ? value.conditions : {};
    const actions = Array.isArray(value.actions) ? (value.actions as { field: string; value: unknown }[]) : [];
    for (const action of actions) {
      if (action.field === 'notification_webhook') {
        const [webhook, payload] = Array.isArray(action.value) ? (action.value as unknown[]) : [];
        if (typeof webhook !== 'string' || !webhooks.has(webhook))
          throw new Error(`trigger ${key} notifies unknown webhook ${String(webhook)}`);
        if (typeof payload !== 'string')
          throw new Error(`trigger ${key}: notification_webhook needs [webhook, payload]`);
      }
    }
    triggers.push({
      key,
      title: value.title,
      all: (conditions.all as Condition[] | undefined) ?? [],
      any: (conditions.any as Condition[] | undefined) ?? [],
      actions,
    });
  }
  return { webhooks, triggers };
};

const tagsOf = (value: unknown): string[] =>
  String(value)
    .split(/\s+/)
    .filter((t) => t !== '');

/** Whether one condition holds (the operators of Zendesk's trigger conditions reference the fake knows). */
const holds = (condition: Condition, change: TicketChange): boolean => {
  if (condition.field === 'status') {
    if (condition.operator === 'value')
      return change.status === condition.value && change.statusBefore !== condition.value;
    if (condition.operator === 'is') return change.status === condition.value;
    if (condition.operator === 'is_not') return change.status !== condition.value;
  }
  if (condition.field === 'current_tags') {
    const wanted = tagsOf(condition.value);
    if (condition.operator === 'includes') return wanted.some((t) => change.tags.includes(t));
    if (condition.operator === 'not_includes') return !wanted.some((t) => change.tags.includes(t));
  }
  throw new Error(`the fake does not know the trigger condition ${JSON.stringify(condition)}`);
};

/** The webhook notifications the triggers fire for one ticket update, placeholders rendered. */
export const firedNotifications = (
  triggers: readonly InstalledTrigger[],
  change: TicketChange,
): { webhook: string; body: string }[] =>
  triggers
    .filter((t) => t.all.every((c) => holds(c, change)) && (t.any.length === 0 || t.any.some((c) => holds(c, change))))
    .flatMap((t) => t.actions.filter((a) => a.field === 'notification_webhook'))
    .map((a) => {
      const [webhook, payload] = a.value as [string, string];
      return { webhook, body: payload.replace(/\{\{\s*ticket\.id\s*\}\}/g, String(change.id)) };
    });
