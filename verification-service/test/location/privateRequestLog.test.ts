import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createClient } from '@helpdesk-verify/core-client/client';
import { createApp, type App } from '../../src/composition/createApp';
import { loadConfig } from '../../src/composition/loadConfig';
import { redactLogUrl } from '../../src/infrastructure/http/privateRequestLog';
import { bootstrapOrganization } from '../../src/domain/organizations/bootstrapOrganization';
import { defaultTemplates } from '@helpdesk-verify/core-client/templates';
import { proofCapabilities } from '../../src/domain/proofs/proofRegistry';
import { openTestDatabase } from '@helpdesk-verify/testkit/databases';
import { freePort } from '@helpdesk-verify/testkit/freePort';
import { linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import { LocatedEmployee } from './locatedEmployee';

const LONDON_IP = '81.2.69.160';

describe('request logs keep no network address, position or link token', () => {
  let app: App;
  let dataDir: string;
  const lines: string[] = [];

  beforeAll(async () => {
    const port = await freePort();
    dataDir = mkdtempSync(join(tmpdir(), 'hv-log-'));
    const config = loadConfig({
      PORT: String(port),
      HV_PUBLIC_URL: `http://127.0.0.1:${port}`,
      HV_DATA_DIR: dataDir,
      HV_SECRET_KEY: randomBytes(32).toString('base64'),
      HV_TRUST_PROXY: 'true',
    });
    app = await createApp({
      config,
      db: await openTestDatabase('pglite'),
      logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } },
    });
    await app.http.listen({ port, host: '127.0.0.1' });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs method, URL and host of a whole location verification, never the address, coordinates or token', async () => {
    const baseUrl = `http://127.0.0.1:${(app.http.server.address() as { port: number }).port}`;
    const org = await bootstrapOrganization(app.deps, {
      name: 'Acme',
      adminKeyName: 'log',
      defaults: defaultTemplates,
      proofCapabilities: proofCapabilities(app.deps.proofs),
    });
    const client = createClient({ baseUrl, apiKey: org.apiKey.key, retry: { retries: 0 } });
    const link = await client.createLink({
      body: { name: 'Located', proofs: [{ type: 'email_possession' }, { type: 'location' }], assurance: 'low' },
    });
    await client.createEmployee({ body: { email: 'log@acme.example', display_name: 'Log' } });
    const created = await client.createVerification({
      body: {
        link_id: link.id,
        employee: { email: 'log@acme.example' },
        channels: ['email'],
        ticket: { system: 'api', id: 'T1' },
        agent: { name: 'A' },
      },
    });
    const url = linkFrom((await app.outbox!.list()).find((m) => m.text.includes(created.match_code))!.text);
    const token = url.slice(-43);

    const employee = new LocatedEmployee(baseUrl, LONDON_IP);
    await employee.request('GET', url);
    const { csrf } = await employee.start({ app }, created.match_code);
    const answer = await employee.request('POST', '/session/proofs/location/browser', {
      json: { latitude: 51.50735089, longitude: -0.12775829 },
      csrfHeader: csrf,
    });
    expect(answer.status).toBe(200);
    expect((await client.getVerification({ params: { id: created.id } })).location).toEqual({
      region: 'England',
      country: 'GB',
      source: 'browser',
    });

    const log = lines.join('');
    expect(log).toContain('"url":"/v/[token]"');
    expect(log).toContain('"url":"/session/proofs/location/browser"');
    for (const secret of [LONDON_IP, token, '51.507', '-0.127', 'remoteAddress']) expect(log).not.toContain(secret);
  });

  it('cuts the token from any link URL', () => {
    expect(redactLogUrl(`/v/${'a'.repeat(43)}/start`)).toBe('/v/[token]/start');
    expect(redactLogUrl('/v/abc?x=1')).toBe('/v/[token]?x=1');
    expect(redactLogUrl('/session')).toBe('/session');
  });
});
