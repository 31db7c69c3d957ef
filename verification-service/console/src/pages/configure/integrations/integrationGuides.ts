import type { ApiKeyScope, EventType } from '@helpdesk-verify/core-client/schemas';

export type IntegrationSystem = 'servicenow' | 'zendesk' | 'jira';

/** What the guided setup needs to know about one ticketing app (names from each app's README). */
export interface IntegrationGuide {
  system: IntegrationSystem;
  title: string;
  /** The fewest scopes the app needs: every app starts, reads, resends and cancels verifications. */
  scopes: ApiKeyScope[];
  events: EventType[];
  webhookUrlLabel: string;
  webhookUrlHelp: string;
  /** The receiver URL from what the admin typed (e.g. ServiceNow: the instance URL plus the app's path). */
  webhookUrl: (input: string) => string;
  /** Where the values go, and each value's exact setting name. */
  whereToPaste: string;
  settings: (values: {
    serviceUrl: string;
    apiKey: string;
    webhookSecret: string;
    linkId: string;
  }) => { name: string; value: string; secret?: boolean }[];
  afterwards: string[];
}

const RESULT_EVENTS: EventType[] = [
  'trust_check.completed',
  'trust_check.failed',
  'trust_check.expired',
  'trust_check.cancelled',
];

const trimSlash = (url: string) => url.trim().replace(/\/+$/, '');

export const INTEGRATION_GUIDES: readonly IntegrationGuide[] = [
  {
    system: 'servicenow',
    title: 'ServiceNow',
    scopes: ['verifications:write'],
    events: RESULT_EVENTS,
    webhookUrlLabel: 'Instance URL',
    webhookUrlHelp: 'e.g. https://acme.service-now.com — results are posted to the app’s Scripted REST API there.',
    webhookUrl: (instance) => `${trimSlash(instance)}/api/x_hdv_verify/helpdesk_verify/webhook`,
    whereToPaste: 'In the instance: Helpdesk Verify → Properties (admin role).',
    settings: ({ serviceUrl, apiKey, webhookSecret, linkId }) => [
      { name: 'x_hdv_verify.service_url', value: serviceUrl },
      { name: 'x_hdv_verify.api_key', value: apiKey, secret: true },
      { name: 'x_hdv_verify.webhook_secret', value: webhookSecret, secret: true },
      { name: 'x_hdv_verify.default_link_id', value: linkId },
    ],
    afterwards: [
      'Give agents the role x_hdv_verify.agent (admins x_hdv_verify.admin).',
      'If the instance restricts outbound HTTP, allow this service’s host.',
      'Open an incident whose caller has an email and press Verify identity.',
    ],
  },
  {
    system: 'zendesk',
    title: 'Zendesk',
    scopes: ['verifications:write'],
    events: RESULT_EVENTS,
    webhookUrlLabel: 'Connector URL',
    webhookUrlHelp:
      'Where the Helpdesk Verify Zendesk connector listens, e.g. https://connector.acme.com/webhooks/helpdesk-verify.',
    webhookUrl: (url) => url.trim(),
    whereToPaste:
      'In Zendesk: Admin Center → Apps and integrations → Zendesk Support apps → Helpdesk Verify → settings; the webhook secret goes to the connector.',
    settings: ({ serviceUrl, apiKey, webhookSecret, linkId }) => [
      { name: 'Service URL', value: serviceUrl },
      { name: 'API key', value: apiKey, secret: true },
      { name: 'Default Link', value: linkId },
      { name: 'HV_WEBHOOK_SECRET (connector environment)', value: webhookSecret, secret: true },
      { name: 'HV_SERVICE_DOMAIN (when building the app package)', value: new URL(serviceUrl).host },
    ],
    afterwards: [
      'Build the package for this host (HV_SERVICE_DOMAIN) and upload it as a private app.',
      'Start the connector with the webhook secret and a Zendesk API token.',
      'Open a ticket and press Verify identity in the sidebar.',
    ],
  },
  {
    system: 'jira',
    title: 'Jira Service Management',
    scopes: ['verifications:write'],
    events: RESULT_EVENTS,
    webhookUrlLabel: 'Web trigger URL',
    webhookUrlHelp:
      'Shown on the app’s admin page in Jira (Jira settings → Apps → Helpdesk Verify → “Webhook URL to register in the service”).',
    webhookUrl: (url) => url.trim(),
    whereToPaste: 'In Jira: Jira settings → Apps → Helpdesk Verify (admin page).',
    settings: ({ serviceUrl, apiKey, webhookSecret, linkId }) => [
      { name: 'Service URL', value: serviceUrl },
      { name: 'API key', value: apiKey, secret: true },
      { name: 'Webhook secret', value: webhookSecret, secret: true },
      { name: 'Default Link', value: linkId },
      { name: 'HV_SERVICE_ORIGIN (forge deploy environment)', value: serviceUrl },
    ],
    afterwards: [
      'Press Test connection on the admin page.',
      'Open an issue and choose Verify identity from the issue actions.',
    ],
  },
];
