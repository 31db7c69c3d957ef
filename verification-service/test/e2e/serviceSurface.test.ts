import { endpoints } from '@helpdesk-verify/core-client/api';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';

describe('what the service serves besides the API', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService('pglite');
  });
  afterAll(async () => service?.close());

  it('serves an OpenAPI 3.1 document with every endpoint, and a readable reference', async () => {
    const doc = (await (await fetch(`${service.baseUrl}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toMatch(/^3\.1\./);
    for (const ep of Object.values(endpoints)) expect(doc.paths[ep.path]?.[ep.method.toLowerCase()]).toBeDefined();
    const docs = await fetch(`${service.baseUrl}/docs`);
    expect(docs.status).toBe(200);
    const page = await docs.text();
    expect(page).toContain('/v1/verifications');
    expect(docs.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('answers health and readiness', async () => {
    expect(await (await fetch(`${service.baseUrl}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${service.baseUrl}/readyz`)).json()).toEqual({ status: 'ready', database: 'pglite' });
  });

  it('lists the proofs it can run', async () => {
    const proofs = await service.org.client.listProofs();
    expect(proofs.data.map((p) => [p.type, p.assurance])).toEqual([
      ['email_possession', 'low'],
      ['phone_code', 'medium'],
      ['device_passkey', 'high'],
      ['employment', 'low'],
      ['location', 'low'],
      ['face_match', 'high'],
    ]);
  });
});
