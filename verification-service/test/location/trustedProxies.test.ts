import { loadConfig } from '../../src/composition/loadConfig';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { LocatedEmployee } from './locatedEmployee';

describe('HV_TRUSTED_PROXIES', () => {
  it('takes addresses and CIDR ranges, and refuses anything else naming the variable', () => {
    expect(loadConfig({ HV_TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1,fd00::/8' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      'fd00::/8',
    ]);
    expect(loadConfig({ HV_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({}).trustProxy).toBe(false);
    for (const bad of ['', 'proxy.internal', '10.0.0.0/33', '10.0.0.1/8/1', '::/129', '1.2.3.4, nope']) {
      expect(() => loadConfig({ HV_TRUSTED_PROXIES: bad })).toThrow(/HV_TRUSTED_PROXIES/);
    }
  });
});

describe.each(DATABASE_KINDS)('the client address behind listed proxies on %s', (kind) => {
  let service: TestService;
  beforeAll(async () => {
    // The test client connects from 127.0.0.1: it plays the reverse proxy.
    service = await startTestService(kind, { env: { HV_TRUSTED_PROXIES: '127.0.0.1' } });
    await service.org.client.createEmployee({ body: { email: 'pat@acme.example', display_name: 'Pat' } });
  }, 120_000);
  afterAll(async () => {
    await service?.close();
  });

  it('locates the address the proxy saw, not one the client put in its own X-Forwarded-For', async () => {
    const link = await service.org.client.createLink({
      body: {
        name: 'UK',
        proofs: [{ type: 'email_possession' }, { type: 'location', options: { allowed_countries: ['GB'] } }],
        assurance: 'low',
      },
    });
    const created = await service.org.client.createVerification({
      body: {
        link_id: link.id,
        employee: { email: 'pat@acme.example' },
        channels: ['email'],
        ticket: { system: 'api', id: 'P1' },
        agent: { name: 'A' },
      },
    });
    // The client claims 80.80.80.80 (NL); the proxy appends the address it really saw (81.2.69.160, GB).
    const employee = new LocatedEmployee(service.baseUrl, '80.80.80.80, 81.2.69.160');
    const { csrf } = await employee.start(service, created.match_code);
    await employee.request('POST', '/session/proofs/location/network', { form: { csrf } });
    const done = await service.org.client.getVerification({ params: { id: created.id } });
    expect(done.location).toEqual({ region: 'England', country: 'GB', source: 'ip' });
    expect(done.status).toBe('passed');
  });
});
