import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import { launchChromium } from '@helpdesk-verify/testkit/browser/launchChromium';

/** Link device policy and the device signals with Chromium's WebAuthn virtual authenticator (CDP). */
/** Chromium and the service start slowly on a busy 2-core machine. */
const SLOW = 120_000;

describe('passkey device policy in real Chromium with a WebAuthn virtual authenticator', () => {
  let service: TestService;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    service = await startTestService('pglite', { publicHost: 'localhost' });
    browser = await launchChromium();
  }, SLOW);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await service?.close();
  });

  /** A browser profile with its own virtual platform authenticator. */
  async function newDevice(): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
      },
    });
    return page;
  }

  async function openVerification(page: Page, linkId: string, email: string): Promise<string> {
    const created = await service.org.client.createVerification({
      body: {
        link_id: linkId,
        employee: { email },
        channels: ['email'],
        ticket: { system: 'jira', id: 'POL-1' },
        agent: { name: 'Alex Agent' },
      },
    });
    const mail = (await service.app.outbox!.list()).find((m) => m.text.includes(created.match_code))!;
    await page.goto(linkFrom(mail.text));
    await page.getByRole('button', { name: 'Start verification' }).click();
    await page.waitForURL(/\/session$/);
    return created.id;
  }

  const passkeyLink = async (name: string, options: { require_attested: boolean; allowed_aaguids: string[] }) =>
    (
      await service.org.client.createLink({
        body: { name, proofs: [{ type: 'device_passkey', required: true, options }], assurance: 'medium' },
      })
    ).id;

  it(
    'a Link that requires attested hardware refuses the virtual authenticator, says why, and fails after three tries',
    async () => {
      await service.org.client.createEmployee({ body: { email: 'lou@acme.example', display_name: 'Lou' } });
      const linkId = await passkeyLink('Attested hardware', { require_attested: true, allowed_aaguids: [] });
      const page = await newDevice();
      const id = await openVerification(page, linkId, 'lou@acme.example');
      const button = page.getByRole('button', { name: 'Continue with a passkey' });
      for (let attempt = 1; attempt <= 2; attempt += 1) {
        await button.click();
        await page.locator('#passkey-status', { hasText: 'this Link needs attested hardware' }).waitFor();
        await expect(button.isEnabled()).resolves.toBe(true);
      }
      await button.click();
      await page.getByRole('heading', { level: 1, name: /could not verify/ }).waitFor();
      const v = await service.org.client.getVerification({ params: { id } });
      expect(v.status).toBe('failed');
      expect(v.proofs.find((p) => p.type === 'device_passkey')!.detail).toMatch(
        /^Passkey rejected 3 times; last: this Link needs attested hardware and this is an unattested passkey/,
      );
      expect((await service.org.client.listEmployeePasskeys({ params: { id: v.employee.id } })).data).toEqual([]);
    },
    SLOW,
  );

  it(
    'an AAGUID allow-list refuses another model and admits the listed one; the device is recorded',
    async () => {
      const { id: employeeId } = await service.org.client.createEmployee({
        body: { email: 'max@acme.example', display_name: 'Max' },
      });
      // Learn the virtual authenticator's model by enrolling on an open Link in one profile.
      const probe = await newDevice();
      await openVerification(
        probe,
        await passkeyLink('Any passkey', { require_attested: false, allowed_aaguids: [] }),
        'max@acme.example',
      );
      await probe.getByRole('button', { name: 'Continue with a passkey' }).click();
      await probe.getByRole('heading', { level: 1, name: /verified/ }).waitFor();
      const [probed] = (await service.org.client.listEmployeePasskeys({ params: { id: employeeId } })).data;
      await service.org.client.revokeEmployeePasskey({
        params: { id: employeeId, credential_id: probed!.credential_id },
      });

      const other = await newDevice();
      await openVerification(
        other,
        await passkeyLink('Another model only', {
          require_attested: false,
          allowed_aaguids: ['2fc0579f-8113-47ea-b116-bb5a8db9202a'],
        }),
        'max@acme.example',
      );
      await other.getByRole('button', { name: 'Continue with a passkey' }).click();
      await other
        .locator('#passkey-status', { hasText: `this one (AAGUID ${probed!.aaguid}) is not one of them` })
        .waitFor();

      const page = await newDevice();
      const id = await openVerification(
        page,
        await passkeyLink('This model', { require_attested: false, allowed_aaguids: [probed!.aaguid] }),
        'max@acme.example',
      );
      await page.getByRole('button', { name: 'Continue with a passkey' }).click();
      await page.getByRole('heading', { level: 1, name: /verified/ }).waitFor();
      const v = await service.org.client.getVerification({ params: { id } });
      expect(v.status).toBe('passed');
      expect(v.device).toMatchObject({
        aaguid: probed!.aaguid,
        new_device: true,
        same_device_as_link: true,
        user_agent: expect.stringContaining('Chrome'),
      });
      expect(v.risk!.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['new_device', 'unattested_device']));
    },
    SLOW,
  );
});
