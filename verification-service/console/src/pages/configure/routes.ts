import type { ConsoleRoute } from '../../routes';

/** Links, templates, webhooks, integrations, directory, API keys, users, settings. */
export const configureRoutes: ConsoleRoute[] = [];
