import type { AppDeps } from '../AppDeps';

/** kvs keys of the admin settings. Secrets live in kvs secret storage (encrypted), never in plain values. */
export const CONFIG_KEYS = {
  settings: 'settings',
  apiKey: 'service-api-key',
  webhookSecret: 'service-webhook-secret',
} as const;

/** The plain (non-secret) admin settings, as stored. */
export interface StoredSettings {
  serviceUrl: string | null;
  defaultLinkId: string | null;
  /** How long a passed verification lets the workflow validator through, in minutes; null: as long as the issue lives. */
  gateMaxAgeMinutes: number | null;
}

/** Everything the handlers need to talk to the service; secrets included, so never return it to a browser. */
export interface AppConfig extends StoredSettings {
  apiKey: string | null;
  webhookSecret: string | null;
}

const nonEmpty = (value: string | null | undefined): string | null =>
  value && value.trim() !== '' ? value.trim() : null;

/**
 * The settings from the admin page, falling back to Forge environment variables
 * (`forge variables set --encrypt HV_API_KEY …`, `HV_WEBHOOK_SECRET`, `HV_SERVICE_URL`, `HV_DEFAULT_LINK_ID`).
 */
export const loadAppConfig = async (deps: AppDeps): Promise<AppConfig> => {
  const [settings, apiKey, webhookSecret] = await Promise.all([
    deps.kvs.get<StoredSettings>(CONFIG_KEYS.settings),
    deps.kvs.getSecret<string>(CONFIG_KEYS.apiKey),
    deps.kvs.getSecret<string>(CONFIG_KEYS.webhookSecret),
  ]);
  return {
    serviceUrl: nonEmpty(settings?.serviceUrl) ?? nonEmpty(deps.env.HV_SERVICE_URL),
    defaultLinkId: nonEmpty(settings?.defaultLinkId) ?? nonEmpty(deps.env.HV_DEFAULT_LINK_ID),
    gateMaxAgeMinutes: typeof settings?.gateMaxAgeMinutes === 'number' ? settings.gateMaxAgeMinutes : null,
    apiKey: nonEmpty(apiKey) ?? nonEmpty(deps.env.HV_API_KEY),
    webhookSecret: nonEmpty(webhookSecret) ?? nonEmpty(deps.env.HV_WEBHOOK_SECRET),
  };
};
