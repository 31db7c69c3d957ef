import type { AppDeps } from '../AppDeps';
import { checkServiceUrl } from '../config/checkServiceUrl';
import { CONFIG_KEYS, loadAppConfig, type StoredSettings } from '../config/loadAppConfig';
import { parseGateMaxAge } from '../config/parseGateMaxAge';
import { resolveServiceOrigins } from '../config/resolveServiceOrigins';
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
  /** The service origins this deployment may reach (`HV_SERVICE_ORIGIN`); null when unknown. */
  serviceOrigins: readonly string[] | null;
}

const requireAdminPage = (context: Record<string, unknown>): void => {
  if (context.moduleKey !== ADMIN_PAGE_MODULE_KEY)
    throw new ResolverInputError('forbidden', 'Only the admin page may change the settings');
};

const parseServiceUrl = (value: unknown, allowedOrigins: readonly string[] | null): string => {
  const checked = checkServiceUrl(value, allowedOrigins);
  if (!checked.ok) throw new ResolverInputError('invalid_input', checked.message);
  return checked.url;
};

const optionalSecret = (value: unknown, field: string, pattern: RegExp): string | null => {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !pattern.test(value.trim()))
    throw new ResolverInputError('invalid_input', `${field} has the wrong format`);
  return value.trim();
};

/** The admin page's resolvers: read and save the settings (secrets into kvs secret storage), test the connection. */
export const adminResolvers = (deps: AppDeps) => {
  const view = async (): Promise<AdminSettingsView> => {
    const config = await loadAppConfig(deps);
    return {
      serviceUrl: config.serviceUrl,
      defaultLinkId: config.defaultLinkId,
      gateMaxAgeMinutes: config.gateMaxAgeMinutes,
      apiKeySet: config.apiKey !== null,
      webhookSecretSet: config.webhookSecret !== null,
      webhookUrl: await deps.webTriggerUrl(WEBHOOK_MODULE_KEY),
      serviceOrigins: resolveServiceOrigins(deps),
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
        const input = (
          typeof request.payload === 'object' && request.payload !== null ? request.payload : {}
        ) as Record<string, unknown>;
        const settings: StoredSettings = {
          serviceUrl: parseServiceUrl(input.serviceUrl, resolveServiceOrigins(deps)),
          defaultLinkId: optionalSecret(input.defaultLinkId, 'Default Link', /^lnk_[A-Za-z0-9]+$/),
          gateMaxAgeMinutes: parseGateMaxAge(input.gateMaxAgeMinutes),
        };
        const apiKey = optionalSecret(input.apiKey, 'API key', /^\S{16,512}$/);
        const webhookSecret = optionalSecret(input.webhookSecret, 'Webhook secret', /^whsec_[A-Za-z0-9+/]+={0,2}$/);
        await deps.kvs.set(CONFIG_KEYS.settings, settings);
        if (apiKey) await deps.kvs.setSecret(CONFIG_KEYS.apiKey, apiKey);
        if (webhookSecret) await deps.kvs.setSecret(CONFIG_KEYS.webhookSecret, webhookSecret);
        return view();
      }),

    /** Calls the service with the saved settings: the organisation, and the default Link if one is set. */
    testConnection: (
      request: ResolverRequest,
    ): Promise<ResolverOutcome<{ organization: string; defaultLink: string | null }>> =>
      toOutcome(async () => {
        requireAdminPage(request.context);
        const { client, config } = await createServiceClient(deps);
        const organization = await client.getOrganization();
        const link = config.defaultLinkId ? await client.getLink({ params: { id: config.defaultLinkId } }) : null;
        return { organization: organization.name, defaultLink: link ? link.name : null };
      }),
  };
};
