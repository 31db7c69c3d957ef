import type { AppDeps } from '../AppDeps';
import { CONFIG_KEYS, loadAppConfig, type StoredSettings } from '../config/loadAppConfig';
import { createServiceClient } from '../service/createServiceClient';
import type { ResolverRequest } from './issueResolvers';
import { ResolverInputError, toOutcome, type ResolverOutcome } from './ResolverOutcome';

/** The module key of the admin page (manifest.yml); admin resolvers answer only to it. */
export const ADMIN_PAGE_MODULE_KEY = 'hv-admin-page';
/** The module key of the web trigger (manifest.yml). */
export const WEBHOOK_MODULE_KEY = 'hv-webhook';

/** The admin page's view: secrets appear only as set / not set. */
export interface AdminSettingsView extends StoredSettings {
  apiKeySet: boolean;
  webhookSecretSet: boolean;
  /** The web trigger URL to register as the service's webhook endpoint. */
  webhookUrl: string;
}

const requireAdminPage = (context: Record<string, unknown>): void => {
  if (context.moduleKey !== ADMIN_PAGE_MODULE_KEY) throw new ResolverInputError('forbidden', 'Only the admin page may change the settings');
};

const isLoopback = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

const parseServiceUrl = (value: unknown): string => {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new ResolverInputError('invalid_input', 'Service URL: enter an https:// URL');
  }
  // Forge egress is https; plain http only to a loopback service during development.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new ResolverInputError('invalid_input', 'Service URL must use https://');
  }
  if (url.username || url.password || url.search || url.hash) throw new ResolverInputError('invalid_input', 'Service URL: no credentials, query or fragment');
  return url.toString().replace(/\/+$/, '');
};

const optionalSecret = (value: unknown, field: string, pattern: RegExp): string | null => {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !pattern.test(value.trim())) throw new ResolverInputError('invalid_input', `${field} has the wrong format`);
  return value.trim();
};

/** The admin page's resolvers: read and save the settings (secrets into kvs secret storage), test the connection. */
export const adminResolvers = (deps: AppDeps) => {
  const view = async (): Promise<AdminSettingsView> => {
    const config = await loadAppConfig(deps);
    return {
      serviceUrl: config.serviceUrl,
      defaultLinkId: config.defaultLinkId,
      apiKeySet: config.apiKey !== null,
      webhookSecretSet: config.webhookSecret !== null,
      webhookUrl: await deps.webTriggerUrl(WEBHOOK_MODULE_KEY),
    };
  };
  return {
    getAdminSettings: (request: ResolverRequest): Promise<ResolverOutcome<AdminSettingsView>> =>
      toOutcome(async () => {
        requireAdminPage(request.context);
        return view();
      }),

    /** Saves the URL and default Link; a secret is replaced only when a new one is typed (blank keeps it). */
    saveAdminSettings: (request: ResolverRequest): Promise<ResolverOutcome<AdminSettingsView>> =>
      toOutcome(async () => {
        requireAdminPage(request.context);
        const input = (typeof request.payload === 'object' && request.payload !== null ? request.payload : {}) as Record<string, unknown>;
        const settings: StoredSettings = {
          serviceUrl: parseServiceUrl(input.serviceUrl),
          defaultLinkId: optionalSecret(input.defaultLinkId, 'Default Link', /^lnk_[A-Za-z0-9]+$/),
        };
        const apiKey = optionalSecret(input.apiKey, 'API key', /^\S{16,512}$/);
        const webhookSecret = optionalSecret(input.webhookSecret, 'Webhook secret', /^whsec_[A-Za-z0-9+/]+={0,2}$/);
        await deps.kvs.set(CONFIG_KEYS.settings, settings);
        if (apiKey) await deps.kvs.setSecret(CONFIG_KEYS.apiKey, apiKey);
        if (webhookSecret) await deps.kvs.setSecret(CONFIG_KEYS.webhookSecret, webhookSecret);
        return view();
      }),

    /** Calls the service with the saved settings: the organisation, and the default Link if one is set. */
    testConnection: (request: ResolverRequest): Promise<ResolverOutcome<{ organization: string; defaultLink: string | null }>> =>
      toOutcome(async () => {
        requireAdminPage(request.context);
        const { client, config } = await createServiceClient(deps);
        const organization = await client.getOrganization();
        const link = config.defaultLinkId ? await client.getLink({ params: { id: config.defaultLinkId } }) : null;
        return { organization: organization.name, defaultLink: link ? link.name : null };
      }),
  };
};
