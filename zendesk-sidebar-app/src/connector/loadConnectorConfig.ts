import { parseMaxAgeMinutes } from '../gate/parseMaxAgeMinutes';
import type { ZendeskAuth } from '../zendesk/ZendeskAuth';

/** The server-side solve guard's settings; absent when no Zendesk signing secret is configured. */
export interface GuardConfig {
  path: string;
  signingSecrets: string[];
  serviceUrl: string;
  /** An API key with `verifications:read`. */
  apiKey: string;
  gateTag: string;
  maxAgeMinutes: number | null;
}

/** The connector's settings, read from the environment by {@link loadConnectorConfig}. */
export interface ConnectorConfig {
  port: number;
  host: string;
  path: string;
  secrets: string[];
  zendeskBaseUrl: string;
  auth: ZendeskAuth;
  statusFieldId: number | undefined;
  seenIdsFile: string;
  guard: GuardConfig | null;
}

/**
 * Reads `HV_CONNECTOR_*` and `ZENDESK_*` variables (see README). Throws an `Error` naming every
 * missing or malformed variable at once, so a misconfigured connector never starts.
 */
export const loadConnectorConfig = (env: Readonly<Record<string, string | undefined>>): ConnectorConfig => {
  const problems: string[] = [];
  const need = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name} is required`);
    return value ?? '';
  };
  const secrets = need('HV_WEBHOOK_SECRET')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (secrets.some((s) => !/^(whsec_)?[A-Za-z0-9+/]+={0,2}$/.test(s)))
    problems.push('HV_WEBHOOK_SECRET must be whsec_… secrets, comma separated');
  const zendeskBaseUrl =
    env.ZENDESK_BASE_URL?.trim() ||
    (env.ZENDESK_SUBDOMAIN?.trim() ? `https://${env.ZENDESK_SUBDOMAIN.trim()}.zendesk.com` : '');
  if (!/^https?:\/\/[^/]+$/.test(zendeskBaseUrl))
    problems.push('ZENDESK_SUBDOMAIN (or ZENDESK_BASE_URL, an origin) is required');
  let auth: ZendeskAuth = { kind: 'oauth', accessToken: '' };
  if (env.ZENDESK_OAUTH_TOKEN?.trim()) auth = { kind: 'oauth', accessToken: env.ZENDESK_OAUTH_TOKEN.trim() };
  else if (env.ZENDESK_EMAIL?.trim() && env.ZENDESK_API_TOKEN?.trim())
    auth = { kind: 'api_token', email: env.ZENDESK_EMAIL.trim(), token: env.ZENDESK_API_TOKEN.trim() };
  else problems.push('ZENDESK_OAUTH_TOKEN, or ZENDESK_EMAIL with ZENDESK_API_TOKEN, is required');
  const field = env.ZENDESK_STATUS_FIELD_ID?.trim();
  if (field && !/^[1-9]\d{0,15}$/.test(field))
    problems.push('ZENDESK_STATUS_FIELD_ID must be a numeric ticket field id');
  const port = Number(env.HV_CONNECTOR_PORT ?? '3100');
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push('HV_CONNECTOR_PORT must be a port number');
  const guard = loadGuardConfig(env, problems);
  if (problems.length > 0) throw new Error(`The Zendesk connector is not configured: ${problems.join('; ')}`);
  return {
    port,
    host: env.HV_CONNECTOR_HOST?.trim() || '127.0.0.1',
    path: env.HV_CONNECTOR_PATH?.trim() || '/webhooks/helpdesk-verify',
    secrets,
    zendeskBaseUrl,
    auth,
    statusFieldId: field ? Number(field) : undefined,
    seenIdsFile: env.HV_CONNECTOR_SEEN_IDS_FILE?.trim() || '.data/zendesk-connector-seen-ids.log',
    guard,
  };
};

/** The guard is on when `ZENDESK_WEBHOOK_SIGNING_SECRET` is set; it then needs the service and the gate tag. */
const loadGuardConfig = (env: Readonly<Record<string, string | undefined>>, problems: string[]): GuardConfig | null => {
  const signingSecrets = (env.ZENDESK_WEBHOOK_SIGNING_SECRET ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (signingSecrets.length === 0) return null;
  const serviceUrl = (env.HV_SERVICE_URL?.trim() ?? '').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(serviceUrl))
    problems.push('HV_SERVICE_URL (the service origin) is required with ZENDESK_WEBHOOK_SIGNING_SECRET');
  const apiKey = env.HV_API_KEY?.trim() ?? '';
  if (apiKey === '')
    problems.push('HV_API_KEY (scope verifications:read) is required with ZENDESK_WEBHOOK_SIGNING_SECRET');
  const gateTag = env.HV_GATE_TAG?.trim().toLowerCase() ?? '';
  if (!/^[^\s,]+$/.test(gateTag))
    problems.push(
      "HV_GATE_TAG (one tag, the sidebar's solve gate tag) is required with ZENDESK_WEBHOOK_SIGNING_SECRET",
    );
  const maxAge = parseMaxAgeMinutes(env.HV_GATE_MAX_AGE_MINUTES);
  if (!maxAge.ok) problems.push(`HV_GATE_MAX_AGE_MINUTES: ${maxAge.problem}`);
  return {
    path: env.HV_GUARD_PATH?.trim() || '/zendesk/solve-guard',
    signingSecrets,
    serviceUrl,
    apiKey,
    gateTag,
    maxAgeMinutes: maxAge.ok ? maxAge.minutes : null,
  };
};
