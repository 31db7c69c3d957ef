import { Webhook } from 'standardwebhooks';
import { TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';
import type { HelpdeskVerifyClient } from '@helpdesk-verify/core-client/client';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { startWebhookReceiver, type WebhookReceiver } from '@helpdesk-verify/testkit/webhooks/startWebhookReceiver';
import { LocatedEmployee } from './locatedEmployee';

// Addresses whose answers geo.test.ts asserts from the GeoLite2 database itself.
const LONDON_IP = '81.2.69.160'; // GB, England
const DUBLIN_IP = '134.226.1.1'; // IE, Leinster
const AMSTERDAM_IP = '80.80.80.80'; // NL, no region

describe.each(DATABASE_KINDS)('the location proof over HTTP on %s', (kind) => {
  let service: TestService;
  let untrusting: TestService;
  let receiver: WebhookReceiver;
  let secret: string;
  let client: HelpdeskVerifyClient;
  let ukIeLink: string;
  let anyCountryLink: string;
  let optionalLink: string;

  beforeAll(async () => {
    service = await startTestService(kind, { env: { HV_TRUST_PROXY: 'true' } });
    untrusting = await startTestService(kind);
    receiver = await startWebhookReceiver();
    client = service.org.client;
    secret = (await client.createWebhookEndpoint({ body: { url: receiver.url } })).secret;
    const proofs = [{ type: 'email_possession' as const }, { type: 'location' as const }];
    ukIeLink = (
      await client.createLink({
        body: {
          name: 'UK and Ireland only',
          proofs: [{ type: 'email_possession' }, { type: 'location', options: { allowed_countries: ['gb', 'IE'] } }],
          assurance: 'low',
        },
      })
    ).id;
    anyCountryLink = (await client.createLink({ body: { name: 'Anywhere', proofs, assurance: 'low' } })).id;
    optionalLink = (
      await client.createLink({
        body: {
          name: 'Location optional',
          proofs: [{ type: 'email_possession' }, { type: 'location', required: false }],
          assurance: 'low',
        },
      })
    ).id;
    for (const c of [client, untrusting.org.client]) {
      await c.createEmployee({ body: { email: 'lee@acme.example', display_name: 'Lee' } });
      await c.createEmployee({ body: { email: 'kim@acme.example', display_name: 'Kim' } });
    }
  }, 120_000);
  afterAll(async () => {
    await receiver?.close();
    await untrusting?.close();
    await service?.close();
  });

  const verify = (linkId: string, email = 'lee@acme.example', on: TestService = service) =>
    on.org.client.createVerification({
      body: {
        link_id: linkId,
        employee: { email },
        channels: ['email'],
        ticket: { system: 'jira', id: 'HD-1' },
        agent: { name: 'Alex' },
      },
    });

  it('passes in an allowed country by the network address behind a trusted proxy, stores region and country only, and sends them in the webhook', async () => {
    const created = await verify(ukIeLink);
    const employee = new LocatedEmployee(service.baseUrl, LONDON_IP);
    const { csrf } = await employee.start(service, created.match_code);
    const page = await employee.request('GET', '/session');
    expect(page.html).toContain('Only the country and region are kept');
    expect(page.html).toContain('/proofs/location/assets/location.js');
    const posted = await employee.request('POST', '/session/proofs/location/network', { form: { csrf } });
    expect(posted.status).toBe(303);
    const done = await client.getVerification({ params: { id: created.id } });
    expect(done.status).toBe('passed');
    expect(done.location).toEqual({ region: 'England', country: 'GB', source: 'ip' });
    const proof = done.proofs.find((p) => p.type === 'location')!;
    expect(proof).toMatchObject({ status: 'passed', assurance: 'low', attempts: 0 });
    expect(done.risk?.reasons.map((r) => r.code)).not.toContain('failed_attempts');
    expect(proof.detail).toContain('England, GB from the network address');
    expect(proof.detail).toContain('Low assurance: location is a signal');

    await service.app.jobs.webhooks.runOnce();
    const delivered = receiver.received.find((r) => r.body.includes(created.id))!;
    const event = TrustCheckEvent.parse(
      new Webhook(secret).verify(delivered.body, delivered.headers as Record<string, string>),
    );
    expect(event.location).toEqual({ region: 'England', country: 'GB', source: 'ip' });

    // Neither the address nor anything finer than the region was stored anywhere.
    const stored = await service.app.deps.db.query<{ dump: string }>(
      `SELECT (SELECT row_to_json(v)::text FROM verifications v WHERE v.id = $1)
              || (SELECT coalesce(json_agg(p)::text, '') FROM verification_proofs p WHERE p.verification_id = $1)
              || (SELECT coalesce(json_agg(e)::text, '') FROM verification_events e WHERE e.verification_id = $1)
              || (SELECT coalesce(json_agg(m)::text, '') FROM webhook_messages m WHERE m.verification_id = $1) AS dump`,
      [created.id],
    );
    expect(stored[0]!.dump).toContain('England');
    for (const finer of [LONDON_IP, 'Bracknell', 'RG12', '51.40', '-0.76'])
      expect(stored[0]!.dump).not.toContain(finer);
    // And the database itself refuses any finer key, whatever code tries to write one.
    await expect(
      service.app.deps.db.query(`UPDATE verifications SET location = $2 WHERE id = $1`, [
        created.id,
        JSON.stringify({ region: 'England', country: 'GB', source: 'ip', latitude: 51.4 }),
      ]),
    ).rejects.toThrow(/verifications_location_coarse/);
  });

  it('fails at once outside the allowed countries, naming the country, and keeps the location for the agent', async () => {
    const created = await verify(ukIeLink);
    const employee = new LocatedEmployee(service.baseUrl, AMSTERDAM_IP);
    const { csrf } = await employee.start(service, created.match_code);
    await employee.request('POST', '/session/proofs/location/network', { form: { csrf } });
    const done = await client.getVerification({ params: { id: created.id } });
    expect(done.status).toBe('failed');
    expect(done.location).toEqual({ region: null, country: 'NL', source: 'ip' });
    expect(done.outcome_reason).toContain('Located in NL, outside the countries this Link accepts (GB, IE)');
    expect(done.risk?.reasons.map((r) => r.code)).toContain('verification_failed');
    // The step is settled: another try from an allowed address changes nothing.
    const retry = await new LocatedEmployee(service.baseUrl, LONDON_IP).request(
      'POST',
      '/session/proofs/location/network',
      { form: { csrf } },
    );
    expect(retry.status).toBe(401);
    expect((await client.getVerification({ params: { id: created.id } })).location?.country).toBe('NL');
  });

  it('maps a browser position to its country and takes the region only from a same-country address', async () => {
    const inGermany = await verify(anyCountryLink, 'kim@acme.example');
    const fromLondon = new LocatedEmployee(service.baseUrl, LONDON_IP);
    const first = await fromLondon.start(service, inGermany.match_code);
    const answer = await fromLondon.request('POST', '/session/proofs/location/browser', {
      json: { latitude: 52.52, longitude: 13.405 },
      csrfHeader: first.csrf,
    });
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ status: 'passed', verificationStatus: 'passed' });
    const de = await client.getVerification({ params: { id: inGermany.id } });
    expect(de.location).toEqual({ region: null, country: 'DE', source: 'browser' });
    expect(de.proofs.find((p) => p.type === 'location')!.detail).toContain('the network address is in GB, not DE');

    const inEngland = await verify(anyCountryLink, 'kim@acme.example');
    const second = new LocatedEmployee(service.baseUrl, LONDON_IP);
    const { csrf } = await second.start(service, inEngland.match_code);
    await second.request('POST', '/session/proofs/location/browser', {
      form: { csrf, latitude: '51.5074', longitude: '-0.1278' },
    });
    const gb = await client.getVerification({ params: { id: inEngland.id } });
    expect(gb.location).toEqual({ region: 'England', country: 'GB', source: 'browser' });
    expect(gb.proofs.find((p) => p.type === 'location')!.detail).toContain(
      'region from the network address, which is in the same country',
    );
    // Kim passed in DE before: GB is outside the usual countries.
    expect(gb.risk?.reasons).toContainEqual(
      expect.objectContaining({ code: 'unusual_country', message: expect.stringContaining('Located in GB') }),
    );
    expect(gb.risk?.reasons.find((r) => r.code === 'unusual_country')!.message).toContain('(DE)');
    // The first verification had no history, so no signal.
    expect(de.risk?.reasons.map((r) => r.code)).not.toContain('unusual_country');
  });

  it('refuses a position that is not a coordinate with a problem and changes nothing', async () => {
    const created = await verify(anyCountryLink);
    const employee = new LocatedEmployee(service.baseUrl, LONDON_IP);
    const { csrf } = await employee.start(service, created.match_code);
    for (const json of [
      { latitude: 91, longitude: 0 },
      { latitude: 'north', longitude: 1 },
      { latitude: 10 },
      { latitude: [1], longitude: 2 },
      { latitude: '1e2', longitude: 2 },
    ]) {
      const answer = await employee.request('POST', '/session/proofs/location/browser', { json, csrfHeader: csrf });
      expect(answer.status).toBe(422);
      expect(answer.json()).toMatchObject({
        type: expect.stringContaining('validation'),
        detail: expect.stringMatching(/latitude|longitude/),
      });
    }
    const forged = await employee.request('POST', '/session/proofs/location/browser', {
      json: { latitude: 51.5, longitude: -0.12 },
      csrfHeader: 'forged',
    });
    expect(forged.status).toBe(403);
    const still = await client.getVerification({ params: { id: created.id } });
    expect(still).toMatchObject({ status: 'opened', location: null });
    expect(still.proofs.find((p) => p.type === 'location')).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('ignores X-Forwarded-For unless HV_TRUST_PROXY is set: the loopback address is "unknown"', async () => {
    const ukOnly = await untrusting.org.client.createLink({
      body: {
        name: 'UK',
        proofs: [{ type: 'email_possession' }, { type: 'location', options: { allowed_countries: ['GB'] } }],
        assurance: 'low',
      },
    });
    const created = await verify(ukOnly.id, 'lee@acme.example', untrusting);
    const spoofing = new LocatedEmployee(untrusting.baseUrl, LONDON_IP);
    const { csrf } = await spoofing.start(untrusting, created.match_code);
    await spoofing.request('POST', '/session/proofs/location/network', { form: { csrf } });
    const done = await untrusting.org.client.getVerification({ params: { id: created.id } });
    expect(done.status).toBe('failed');
    expect(done.location).toEqual({ region: null, country: null, source: 'ip' });
    expect(done.outcome_reason).toContain('The country could not be determined');
    expect(done.outcome_reason).toContain('private or loopback network address');
  });

  it('notes a location the Link asked for but did not get', async () => {
    const created = await verify(optionalLink);
    const employee = new LocatedEmployee(service.baseUrl, DUBLIN_IP);
    const { csrf } = await employee.start(service, created.match_code);
    await employee.request('POST', '/session/finish', { form: { csrf } });
    const done = await client.getVerification({ params: { id: created.id } });
    expect(done.status).toBe('passed');
    expect(done.location).toBeNull();
    expect(done.risk?.reasons).toContainEqual(expect.objectContaining({ code: 'location_missing' }));
  });
});
