import { createTicketingClient, fetchTransport, type TicketingClient } from '@helpdesk-verify/core-client/client';
import type { AppDeps } from '../AppDeps';
import { loadAppConfig, type AppConfig } from '../config/loadAppConfig';
import { NotConfiguredError } from '../config/NotConfiguredError';

/** A core-client over the Forge egress fetch, with the admin's service URL and API key. */
export const createServiceClient = async (deps: AppDeps): Promise<{ client: TicketingClient; config: AppConfig }> => {
  const config = await loadAppConfig(deps);
  const missing = [...(config.serviceUrl ? [] : ['the service URL']), ...(config.apiKey ? [] : ['the API key'])];
  if (!config.serviceUrl || !config.apiKey) throw new NotConfiguredError(missing);
  // Forge functions have a 25 s budget: one retry with short backoff keeps a click inside it.
  const client = createTicketingClient({
    baseUrl: config.serviceUrl,
    apiKey: config.apiKey,
    transport: fetchTransport(deps.fetch),
    timeoutMs: 8_000,
    retry: { retries: 1, baseDelayMs: 200, maxDelayMs: 1_000 },
  });
  return { client, config };
};
