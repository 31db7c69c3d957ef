import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { PasskeyRun } from '../../../../test/passkeys/PasskeyRun';
import { SoftAuthenticator } from '../../../../test/passkeys/softAuthenticator';

describe.each(DATABASE_KINDS)('the device_passkey proof over HTTP on %s', (kind) => {
  let service: TestService;
  let linkId: string;
  let origin: string;
  let dana: SoftAuthenticator;
  let danaId: string;
  let eli: SoftAuthenticator;

  beforeAll(async () => {
    service = await startTestService(kind, { publicHost: 'localhost' });
    origin = service.app.deps.config.publicUrl;
    danaId = (await service.org.client.createEmployee({ body: { email: 'dana@acme.example', display_name: 'Dana' } }))
      .id;
    await service.org.client.createEmployee({ body: { email: 'eli@acme.example', display_name: 'Eli' } });
    linkId = (
      await service.org.client.createLink({
        body: { name: 'Passkey', proofs: [{ type: 'device_passkey', required: true }], assurance: 'medium' },
      })
    ).id;
    dana = new SoftAuthenticator('localhost', origin);
    eli = new SoftAuthenticator('localhost', origin);
  }, 120_000); // a fresh database and the service start slowly on a loaded machine
  afterAll(async () => {
    await service?.close();
  });

  it('enrols on the first verification: an unattested passkey passes with medium assurance and is listed', async () => {
    for (const [email, authenticator] of [
      ['dana@acme.example', dana],
      ['eli@acme.example', eli],
    ] as const) {
      const run = await PasskeyRun.start(service, linkId, email);
      const { ceremony, options } = await run.options();
      expect(ceremony).toBe('registration');
      expect(await run.verify(authenticator.register(options))).toMatchObject({
        status: 'passed',
        verificationStatus: 'passed',
      });
      expect((await run.proof()).proof).toMatchObject({
        assurance: 'medium',
        detail: 'Enrolled a passkey on this device: unattested passkey (no attestation)',
      });
    }
    const listed = await service.org.client.listEmployeePasskeys({ params: { id: danaId } });
    expect(listed.data).toEqual([
      expect.objectContaining({
        credential_id: dana.id,
        fmt: 'none',
        attested: false,
        sign_count: 0,
        backup_eligible: false,
        revoked_at: null,
      }),
    ]);
    // Another organisation sees nothing of it.
    await expect(service.otherOrg.client.listEmployeePasskeys({ params: { id: danaId } })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('authenticates later verifications with the registered credential and records its use', async () => {
    const run = await PasskeyRun.start(service, linkId, 'dana@acme.example');
    const { ceremony, options } = await run.options();
    expect(ceremony).toBe('authentication');
    expect(options.allowCredentials?.map((c) => c.id)).toEqual([dana.id]);
    expect(await run.verify(dana.assert(options))).toMatchObject({ status: 'passed', verificationStatus: 'passed' });
    const [used] = (await service.org.client.listEmployeePasskeys({ params: { id: danaId } })).data;
    expect(used).toMatchObject({ sign_count: dana.counter, last_used_at: expect.any(String) });
  });

  it("rejects a replayed assertion, another employee's credential, tampered client data, a wrong origin; three failures fail the proof", async () => {
    // An assertion that already passed, replayed in a new verification (its challenge is gone).
    const first = await PasskeyRun.start(service, linkId, 'dana@acme.example');
    const old = dana.assert((await first.options()).options);
    expect((await first.verify(old)).status).toBe('passed');

    const run = await PasskeyRun.start(service, linkId, 'dana@acme.example');
    await run.options();
    const replay = await run.verify(old);
    expect(replay).toMatchObject({ status: 'pending', notice: expect.stringMatching(/challenge/i) });
    expect((await run.proof()).proof.attempts).toBe(1);

    // Eli's own valid credential, signing Dana's challenge.
    const stolen = await run.verify(eli.assert((await run.options()).options));
    expect(stolen).toMatchObject({ status: 'pending', notice: expect.stringContaining('not registered to you') });
    expect((await run.proof()).proof.attempts).toBe(2);

    // clientDataJSON changed after signing.
    const tampered = await run.verify(
      dana.assert((await run.options()).options, {
        clientData: (json) => json.replace('"crossOrigin":false', '"crossOrigin":false,"extra":1'),
      }),
    );
    expect(tampered.status).toBe('failed');
    const after = await run.proof();
    expect(after).toMatchObject({
      status: 'failed',
      proof: {
        status: 'failed',
        attempts: 3,
        detail: expect.stringMatching(/^Passkey rejected 3 times; last: .*signature/i),
      },
    });

    const other = await PasskeyRun.start(service, linkId, 'dana@acme.example');
    const wrongOrigin = await other.verify(
      dana.assert((await other.options()).options, { origin: 'https://evil.example' }),
    );
    expect(wrongOrigin).toMatchObject({ status: 'pending', notice: expect.stringMatching(/origin/i) });
    // A challenge is used once: the valid answer after a failed one is refused too.
    const { options } = await other.options();
    expect(
      (
        await other.verify(
          dana.assert(options, { clientData: (json) => json.replace('webauthn.get', 'webauthn.create') }),
        )
      ).status,
    ).toBe('pending');
    const reused = await other.verify(dana.assert(options));
    expect(reused).toMatchObject({ status: 'failed' });
    expect((await other.proof()).proof.detail).toContain('no passkey request is open');
  });

  it('rejects a sign counter that went backwards (a cloned authenticator)', async () => {
    const run = await PasskeyRun.start(service, linkId, 'dana@acme.example');
    const { options } = await run.options();
    const [stored] = (await service.org.client.listEmployeePasskeys({ params: { id: danaId } })).data;
    dana.counter = stored!.sign_count - 1; // the next assertion repeats the stored count
    const cloned = await run.verify(dana.assert(options));
    expect(cloned).toMatchObject({ status: 'pending', notice: expect.stringMatching(/counter/i) });
    expect((await run.proof()).proof.attempts).toBe(1);
    dana.counter += 5;
    expect((await run.verify(dana.assert((await run.options()).options))).status).toBe('passed');
  });

  it('refuses a malformed credential id (a NUL byte) as an ordinary failed attempt', async () => {
    const run = await PasskeyRun.start(service, linkId, 'dana@acme.example');
    const malformed = await run.verify({ ...dana.assert((await run.options()).options), id: 'a\u0000b' });
    expect(malformed).toMatchObject({ status: 'pending', notice: expect.stringContaining('not registered to you') });
    expect((await run.proof()).proof.attempts).toBe(1);
    expect((await run.verify(dana.assert((await run.options()).options))).status).toBe('passed');
  });

  it('refuses a revoked credential, then lets the employee enrol a new passkey', async () => {
    const run = await PasskeyRun.start(service, linkId, 'dana@acme.example');
    const { options } = await run.options();
    const revoked = await service.org.client.revokeEmployeePasskey({ params: { id: danaId, credential_id: dana.id } });
    expect(revoked.revoked_at).toEqual(expect.any(String));
    const refused = await run.verify(dana.assert(options));
    expect(refused).toMatchObject({ status: 'pending', notice: expect.stringContaining('revoked') });
    expect((await run.proof()).proof.attempts).toBe(1);
    await expect(
      service.otherOrg.client.revokeEmployeePasskey({ params: { id: danaId, credential_id: dana.id } }),
    ).rejects.toMatchObject({ status: 404 });

    const next = await run.options();
    expect(next.ceremony).toBe('registration');
    const replacement = new SoftAuthenticator('localhost', origin);
    expect((await run.verify(replacement.register(next.options))).status).toBe('passed');
    const listed = (await service.org.client.listEmployeePasskeys({ params: { id: danaId } })).data;
    expect(listed.map((c) => [c.credential_id, c.revoked_at === null])).toEqual(
      expect.arrayContaining([
        [dana.id, false],
        [replacement.id, true],
      ]),
    );
  });

  it('fails a Link that needs high assurance when the passkey is not attested hardware', async () => {
    await service.org.client.createEmployee({ body: { email: 'fay@acme.example', display_name: 'Fay' } });
    const strict = await service.org.client.createLink({
      body: { name: 'Attested hardware', proofs: [{ type: 'device_passkey', required: true }], assurance: 'high' },
    });
    const run = await PasskeyRun.start(service, strict.id, 'fay@acme.example');
    const result = await run.verify(new SoftAuthenticator('localhost', origin).register((await run.options()).options));
    expect(result).toMatchObject({ status: 'passed', verificationStatus: 'failed' });
    expect(await run.proof()).toMatchObject({
      status: 'failed',
      proof: { assurance: 'medium', detail: expect.stringContaining('unattested passkey') },
    });
  });
});
