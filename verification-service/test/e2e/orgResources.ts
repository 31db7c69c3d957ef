import type { Endpoint } from '@helpdesk-verify/core-client/api';
import type { TestService } from '@helpdesk-verify/testkit/e2e/startTestService';

/** One real resource of each kind in an organisation, to aim requests at. */
export interface OrgResources {
  verification: string;
  link: string;
  employee: string;
  template: string;
  webhookEndpoint: string;
  delivery: string;
  apiKey: string;
  user: string;
}

async function seedBeforeExpiry(org: TestService['org'], domain: string) {
  const { client } = org;
  const employee = await client.createEmployee({
    body: { email: `sam@${domain}`, display_name: 'Sam', phone: '+15555550123' },
  });
  const template = await client.createTemplate({
    body: { name: 'Plain', channel: 'email', subject: 'Verify', text: 'Open {{link}}' },
  });
  const webhookEndpoint = await client.createWebhookEndpoint({ body: { url: 'http://127.0.0.1:9/hook' } });
  const apiKey = await client.createApiKey({ body: { name: 'spare', scopes: ['verifications:read'] } });
  const user = await client.createUser({ body: { email: `pat@${domain}`, name: 'Pat', role: 'agent' } });
  const request = {
    link_id: org.linkId,
    employee: { email: `sam@${domain}` },
    ticket: { system: 'api' as const, id: 'T-1', url: null },
    agent: { name: 'Alex' },
  };
  await client.createVerification({ body: request });
  return {
    employee: employee.id,
    template: template.id,
    webhookEndpoint: webhookEndpoint.id,
    apiKey: apiKey.id,
    user: user.id,
    request,
  };
}

/**
 * Gives both organisations of the service one resource of each kind: a verification left pending,
 * the bootstrap Link, an employee, a template, a webhook endpoint with one delivery (of an expired
 * verification) and a spare read-only API key. Moves the manual clock 16 minutes forward.
 */
export async function seedOrgResources(service: TestService): Promise<{ own: OrgResources; other: OrgResources }> {
  const own = await seedBeforeExpiry(service.org, 'acme.example');
  const other = await seedBeforeExpiry(service.otherOrg, 'other.example');
  service.clock.advance(16 * 60_000);
  await service.app.jobs.expiry.runOnce();
  const finish = async (org: TestService['org'], seeded: typeof own): Promise<OrgResources> => {
    const deliveries = await org.client.listWebhookDeliveries({ params: { id: seeded.webhookEndpoint } });
    const delivery = deliveries.data[0];
    if (!delivery) throw new Error('the expired verification left no webhook delivery');
    const pending = await org.client.createVerification({
      body: { ...seeded.request, ticket: { ...seeded.request.ticket, id: 'T-2' } },
    });
    const { request: _request, ...ids } = seeded;
    return { ...ids, verification: pending.id, link: org.linkId, delivery: delivery.id };
  };
  return { own: await finish(service.org, own), other: await finish(service.otherOrg, other) };
}

const RESOURCE_OF_COLLECTION: Record<string, keyof OrgResources> = {
  verifications: 'verification',
  links: 'link',
  employees: 'employee',
  templates: 'template',
  'webhook-endpoints': 'webhookEndpoint',
  'api-keys': 'apiKey',
  users: 'user',
};

/**
 * The endpoint's path with its `{id}` (the resource its collection names) and `{delivery_id}` taken
 * from `ids`; a string given for a placeholder wins (URL-encoded unless `raw`).
 */
export function endpointPath(
  ep: Endpoint,
  ids: OrgResources,
  override: { id?: string; delivery_id?: string; raw?: boolean } = {},
): string {
  const collection = ep.path.split('/')[2] ?? '';
  return ep.path.replace(/\{([a-z_]+)\}/g, (_whole, name: string) => {
    const given = name === 'id' ? override.id : name === 'delivery_id' ? override.delivery_id : undefined;
    if (given !== undefined) return override.raw ? given : encodeURIComponent(given);
    if (name === 'delivery_id') return ids.delivery;
    const resource = RESOURCE_OF_COLLECTION[collection];
    if (!resource) throw new Error(`no resource for ${ep.path}`);
    return ids[resource];
  });
}

/** Whether the endpoint's path has placeholders. */
export const hasPathParams = (ep: Endpoint): boolean => ep.path.includes('{');
