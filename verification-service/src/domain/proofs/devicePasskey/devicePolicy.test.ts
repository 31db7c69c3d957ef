import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { makeAttestationCa } from '../../../../test/passkeys/makeAttestationCa';
import { PasskeyRun } from '../../../../test/passkeys/PasskeyRun';
import { SoftAuthenticator } from '../../../../test/passkeys/softAuthenticator';

const ACME_KEY = 'cb69481e-8ff7-4039-93ec-0a2729a154a8';
const OTHER_MODEL = '2fc0579f-8113-47ea-b116-bb5a8db9202a';

/** Link device policy and attestation trust, through the real service with software authenticators. */
describe.each(DATABASE_KINDS)('device_passkey device policy and attestation roots on %s', (kind) => {
  const vendor = makeAttestationCa('Acme Keys', ACME_KEY);
  const stranger = makeAttestationCa('Unknown Keys', ACME_KEY);
  let service: TestService;
  let origin: string;
  let openLink: string;
  let attestedLink: string;
  let modelLink: string;
  let employee = 0;

  /** A new employee, so each case starts without passkeys. */
  const newEmployee = async () => {
    employee += 1;
    const email = `e${employee}@acme.example`;
    const { id } = await service.org.client.createEmployee({ body: { email, display_name: `Employee ${employee}` } });
    return { email, id };
  };
  const acmeKey = () =>
    new SoftAuthenticator('localhost', origin, {
      aaguid: ACME_KEY,
      attestation: { kind: 'packed', x5c: [vendor.leafDer], key: vendor.leafKey },
    });

  beforeAll(async () => {
    service = await startTestService(kind, {
      publicHost: 'localhost',
      env: { HV_WEBAUTHN_TRUST_DIR: vendor.trustDir },
    });
    origin = service.app.deps.config.publicUrl;
    const link = async (name: string, options: { require_attested: boolean; allowed_aaguids: string[] }) =>
      (
        await service.org.client.createLink({
          body: { name, proofs: [{ type: 'device_passkey', required: true, options }], assurance: 'medium' },
        })
      ).id;
    openLink = await link('Any passkey', { require_attested: false, allowed_aaguids: [] });
    attestedLink = await link('Attested hardware', { require_attested: true, allowed_aaguids: [] });
    modelLink = await link('Acme keys only', { require_attested: false, allowed_aaguids: [ACME_KEY.toUpperCase()] });
  }, 120_000); // a fresh database and the service start slowly on a loaded machine
  afterAll(async () => {
    await service?.close();
  });

  it('a packed attestation chained to a root the admin trusts is attested hardware (high); an unknown root is not', async () => {
    const dana = await newEmployee();
    const run = await PasskeyRun.start(service, openLink, dana.email);
    const key = acmeKey();
    expect(await run.verify(key.register((await run.options()).options))).toMatchObject({
      status: 'passed',
      verificationStatus: 'passed',
    });
    expect(await run.proof()).toMatchObject({
      proof: {
        assurance: 'high',
        detail: 'Enrolled a passkey on this device: packed attestation anchored at Acme Keys Attestation Root',
      },
      device: {
        attestation: 'packed attestation anchored at Acme Keys Attestation Root',
        aaguid: ACME_KEY,
        new_device: true,
      },
    });
    expect((await service.org.client.listEmployeePasskeys({ params: { id: dana.id } })).data).toEqual([
      expect.objectContaining({ credential_id: key.id, fmt: 'packed', attested: true, aaguid: ACME_KEY }),
    ]);

    // Signing in later with it keeps the assurance, and the device is not new.
    const later = await PasskeyRun.start(service, openLink, dana.email);
    expect(await later.verify(key.assert((await later.options()).options))).toMatchObject({ status: 'passed' });
    expect(await later.proof()).toMatchObject({
      proof: { assurance: 'high' },
      device: { aaguid: ACME_KEY, new_device: false },
    });

    const eli = await newEmployee();
    const strangerRun = await PasskeyRun.start(service, openLink, eli.email);
    const unknown = new SoftAuthenticator('localhost', origin, {
      aaguid: ACME_KEY,
      attestation: { kind: 'packed', x5c: [stranger.leafDer], key: stranger.leafKey },
    });
    expect(await strangerRun.verify(unknown.register((await strangerRun.options()).options))).toMatchObject({
      status: 'passed',
    });
    expect((await strangerRun.proof()).proof).toMatchObject({
      assurance: 'medium',
      detail: 'Enrolled a passkey on this device: unattested passkey (packed chain not anchored at a trusted root)',
    });
  });

  it('a tpm attestation (AIK certificate chained to the trusted root) is attested hardware and meets require_attested; another root is refused', async () => {
    const tpm = (ca: typeof vendor) =>
      new SoftAuthenticator('localhost', origin, {
        aaguid: ACME_KEY,
        attestation: { kind: 'tpm', x5c: [ca.tpmAikDer], key: ca.tpmAikKey },
      });
    const jo = await newEmployee();
    const run = await PasskeyRun.start(service, attestedLink, jo.email);
    const refused = await run.verify(tpm(stranger).register((await run.options()).options));
    expect(refused).toMatchObject({
      status: 'pending',
      notice: expect.stringContaining('unattested passkey (tpm chain not anchored at a trusted root)'),
    });
    const key = tpm(vendor);
    expect(await run.verify(key.register((await run.options()).options))).toMatchObject({
      status: 'passed',
      verificationStatus: 'passed',
    });
    expect((await run.proof()).proof).toMatchObject({
      assurance: 'high',
      detail: 'Enrolled a passkey on this device: tpm attestation anchored at Acme Keys Attestation Root',
    });
    expect((await service.org.client.listEmployeePasskeys({ params: { id: jo.id } })).data).toEqual([
      expect.objectContaining({ fmt: 'tpm', attested: true, aaguid: ACME_KEY }),
    ]);
  });

  it('require_attested refuses no attestation, self attestation, an unknown root and a synced passkey, with a clear detail; attested hardware passes', async () => {
    const fay = await newEmployee();
    const run = await PasskeyRun.start(service, attestedLink, fay.email);
    const refusals = [
      [
        new SoftAuthenticator('localhost', origin),
        /needs attested hardware and this is an unattested passkey \(no attestation\)/,
      ],
      [
        new SoftAuthenticator('localhost', origin, { attestation: { kind: 'self' } }),
        /unattested passkey \(packed self attestation\)/,
      ],
      [
        new SoftAuthenticator('localhost', origin, {
          aaguid: ACME_KEY,
          attestation: { kind: 'packed', x5c: [stranger.leafDer], key: stranger.leafKey },
        }),
        /packed chain not anchored at a trusted root/,
      ],
    ] as const;
    for (const [i, [authenticator, reason]] of refusals.slice(0, 2).entries()) {
      const refused = await run.verify(authenticator.register((await run.options()).options));
      expect(refused).toMatchObject({
        status: 'pending',
        verificationStatus: 'opened',
        notice: expect.stringMatching(reason),
      });
      expect((await run.proof()).proof.attempts).toBe(i + 1);
    }
    // Nothing was stored for the refused passkeys.
    expect((await service.org.client.listEmployeePasskeys({ params: { id: fay.id } })).data).toEqual([]);
    const key = acmeKey();
    expect(await run.verify(key.register((await run.options()).options))).toMatchObject({
      status: 'passed',
      verificationStatus: 'passed',
    });
    expect((await run.proof()).proof).toMatchObject({ assurance: 'high' });

    const gus = await newEmployee();
    const third = await PasskeyRun.start(service, attestedLink, gus.email);
    const [authenticator, reason] = refusals[2];
    expect(await third.verify(authenticator.register((await third.options()).options))).toMatchObject({
      status: 'pending',
      notice: expect.stringMatching(reason),
    });
    const synced = new SoftAuthenticator('localhost', origin, {
      synced: true,
      aaguid: ACME_KEY,
      attestation: { kind: 'packed', x5c: [vendor.leafDer], key: vendor.leafKey },
    });
    expect(await third.verify(synced.register((await third.options()).options))).toMatchObject({
      status: 'pending',
      notice: expect.stringMatching(/synced passkey/),
    });
    // A third refusal fails the proof, and the verification with it.
    expect(
      await third.verify(new SoftAuthenticator('localhost', origin).register((await third.options()).options)),
    ).toMatchObject({ status: 'failed', verificationStatus: 'failed' });
    expect((await third.proof()).proof.detail).toMatch(
      /^Passkey rejected 3 times; last: this Link needs attested hardware/,
    );
  });

  it('a non-empty AAGUID allow-list refuses other models and admits the listed one', async () => {
    const hal = await newEmployee();
    const run = await PasskeyRun.start(service, modelLink, hal.email);
    const other = new SoftAuthenticator('localhost', origin, { aaguid: OTHER_MODEL });
    expect(await run.verify(other.register((await run.options()).options))).toMatchObject({
      status: 'pending',
      notice: expect.stringContaining(`this one (AAGUID ${OTHER_MODEL}) is not one of them`),
    });
    // The listed model passes even without attestation: this Link does not ask for it.
    const listed = new SoftAuthenticator('localhost', origin, { aaguid: ACME_KEY });
    expect(await run.verify(listed.register((await run.options()).options))).toMatchObject({
      status: 'passed',
      verificationStatus: 'passed',
    });
  });

  it('at assertion: a passkey the policy refuses is not offered, and one refused after the options were given cannot sign', async () => {
    const ivy = await newEmployee();
    const plain = new SoftAuthenticator('localhost', origin);
    const first = await PasskeyRun.start(service, openLink, ivy.email);
    expect((await first.verify(plain.register((await first.options()).options))).status).toBe('passed');

    // Under the attested-hardware Link the unattested passkey is not offered, and whoever holds the
    // link cannot enrol another device beside it: the proof fails and says an admin must revoke it.
    const strict = await PasskeyRun.start(service, attestedLink, ivy.email);
    const refused = await strict.call('POST', '/session/proofs/device_passkey/options', {});
    expect(refused).toMatchObject({ status: 200, json: { status: 'failed' } });
    expect(refused.json).not.toHaveProperty('data');
    expect(await strict.proof()).toMatchObject({
      status: 'failed',
      proof: {
        status: 'failed',
        detail: expect.stringMatching(
          /registered passkeys do not meet this Link's device policy .*an admin must revoke them/,
        ),
      },
    });
    expect((await service.org.client.listEmployeePasskeys({ params: { id: ivy.id } })).data).toHaveLength(1);

    // The policy tightened between the options and the answer: the assertion is refused.
    const link = await service.org.client.createLink({
      body: { name: 'Tightened later', proofs: [{ type: 'device_passkey', required: true }], assurance: 'medium' },
    });
    const run = await PasskeyRun.start(service, link.id, ivy.email);
    const { ceremony, options } = await run.options();
    expect(ceremony).toBe('authentication');
    await service.org.client.updateLink({
      params: { id: link.id },
      body: {
        proofs: [{ type: 'device_passkey', required: true, options: { require_attested: true, allowed_aaguids: [] } }],
      },
    });
    expect(await run.verify(plain.assert(options))).toMatchObject({
      status: 'pending',
      notice: expect.stringContaining(
        'this Link needs attested hardware and this is an unattested passkey (no attestation)',
      ),
    });
  });

  it('the options come back with the options action; the old read-back route is gone', async () => {
    const run = await PasskeyRun.start(service, openLink, (await newEmployee()).email);
    const { options } = await run.options();
    expect(options.challenge).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect((await run.call('GET', '/session/passkey/options')).status).toBe(404);
  });
});
