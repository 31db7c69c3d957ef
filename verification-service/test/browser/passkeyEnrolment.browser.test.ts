import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import { launchChromium } from '@helpdesk-verify/testkit/browser/launchChromium';
import { seriousAccessibilityViolations } from '@helpdesk-verify/testkit/browser/checkAccessibility';

describe('device passkey in real Chromium with a WebAuthn virtual authenticator', () => {
  let service: TestService;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let linkId: string;
  let employeeId: string;

  beforeAll(async () => {
    service = await startTestService('pglite', { publicHost: 'localhost' });
    browser = await launchChromium();
    employeeId = (
      await service.org.client.createEmployee({ body: { email: 'kim@acme.example', display_name: 'Kim Lee' } })
    ).id;
    linkId = (
      await service.org.client.createLink({
        body: { name: 'Passkey', proofs: [{ type: 'device_passkey', required: true }], assurance: 'medium' },
      })
    ).id;
    context = await browser.newContext();
    page = await context.newPage();
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
  }, 120_000); // Chromium and the service start slowly on a busy 2-core machine
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await service?.close();
  });

  /** Starts a verification and runs the employee page until it shows an outcome. */
  async function verifyInBrowser(ticket: string, options: { checkAccessibility?: boolean } = {}) {
    const created = await service.org.client.createVerification({
      body: {
        link_id: linkId,
        employee: { email: 'kim@acme.example' },
        channels: ['email'],
        ticket: { system: 'jira', id: ticket },
        agent: { name: 'Alex Agent' },
        reason: 'New laptop',
      },
    });
    const mail = (await service.app.outbox!.list()).find((m) => m.text.includes(created.match_code))!;
    expect(linkFrom(mail.text)).toMatch(/^http:\/\/localhost:\d+\/v\//);
    await page.goto(linkFrom(mail.text));
    await page.getByRole('button', { name: 'Start verification' }).click();
    await page.waitForURL(/\/session$/);
    if (options.checkAccessibility) expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Continue with a passkey' }).click();
    await page.getByRole('heading', { level: 1, name: /verified|could not verify/ }).waitFor();
    return service.org.client.getVerification({ params: { id: created.id } });
  }

  it('enrols a passkey on the first verification and signs with it on the next one', async () => {
    const first = await verifyInBrowser('KEY-1', { checkAccessibility: true });
    expect(first.status).toBe('passed');
    const enrolProof = first.proofs.find((p) => p.type === 'device_passkey')!;
    expect(enrolProof).toMatchObject({ status: 'passed', assurance: 'medium', attempts: 0 });
    expect(enrolProof.detail).toMatch(/^Enrolled a passkey on this device: unattested passkey/);

    const [enrolled] = (await service.org.client.listEmployeePasskeys({ params: { id: employeeId } })).data;
    expect(enrolled).toMatchObject({ employee_id: employeeId, attested: false, revoked_at: null, last_used_at: null });

    const second = await verifyInBrowser('KEY-2');
    expect(second.status).toBe('passed');
    expect(second.proofs.find((p) => p.type === 'device_passkey')!.detail).toMatch(
      /^Signed in with the passkey enrolled on/,
    );
    const after = (await service.org.client.listEmployeePasskeys({ params: { id: employeeId } })).data;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ credential_id: enrolled!.credential_id, revoked_at: null });
    expect(after[0]!.last_used_at).not.toBeNull();
    expect(after[0]!.sign_count).toBeGreaterThan(enrolled!.sign_count);
  });

  it('says so on the page when script is off', async () => {
    const created = await service.org.client.createVerification({
      body: {
        link_id: linkId,
        employee: { email: 'kim@acme.example' },
        channels: ['email'],
        ticket: { system: 'jira', id: 'KEY-3' },
        agent: { name: 'Alex Agent' },
      },
    });
    const mail = (await service.app.outbox!.list()).find((m) => m.text.includes(created.match_code))!;
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(linkFrom(mail.text));
    await plain.getByRole('button', { name: 'Start verification' }).click();
    await plain.waitForURL(/\/session$/);
    await expect(plain.locator('body').textContent()).resolves.toContain('This step needs JavaScript');
    await noJs.close();
  });
});
