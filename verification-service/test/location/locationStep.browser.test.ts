import type { Browser, BrowserContextOptions } from 'playwright-core';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import { launchChromium } from '@helpdesk-verify/testkit/browser/launchChromium';
import { seriousAccessibilityViolations } from '@helpdesk-verify/testkit/browser/checkAccessibility';

// Addresses whose answers geo.test.ts asserts from the GeoLite2 database itself.
const LONDON_IP = '81.2.69.160'; // GB, England
const AMSTERDAM_IP = '80.80.80.80'; // NL

describe('the location step in real Chromium (Geolocation API)', () => {
  let service: TestService;
  let browser: Browser;
  let ukIeLink: string;

  beforeAll(async () => {
    // The service sits "behind a proxy": Chromium sends X-Forwarded-For, trusted with HV_TRUST_PROXY.
    service = await startTestService('pglite', { env: { HV_TRUST_PROXY: 'true' } });
    browser = await launchChromium();
    ukIeLink = (
      await service.org.client.createLink({
        body: {
          name: 'UK and Ireland',
          proofs: [{ type: 'email_possession' }, { type: 'location', options: { allowed_countries: ['GB', 'IE'] } }],
          assurance: 'low',
        },
      })
    ).id;
    await service.org.client.createEmployee({ body: { email: 'noor@acme.example', display_name: 'Noor' } });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  /** Runs one verification in a fresh browser context up to the location step, presses "Share my location", returns the result. */
  async function runLocationStep(
    contextOptions: BrowserContextOptions,
    options: { checkAccessibility?: boolean } = {},
  ) {
    const created = await service.org.client.createVerification({
      body: {
        link_id: ukIeLink,
        employee: { email: 'noor@acme.example' },
        channels: ['email'],
        ticket: { system: 'jira', id: 'HD-9' },
        agent: { name: 'Alex' },
      },
    });
    const mail = (await service.app.outbox!.list()).find((m) => m.text.includes(created.match_code))!;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...contextOptions });
    try {
      const page = await context.newPage();
      await page.goto(linkFrom(mail.text));
      await page.getByRole('button', { name: 'Start verification' }).click();
      await page.waitForURL(/\/session$/);
      await expect(page.getByText('Only the country and region are kept').count()).resolves.toBe(1);
      const share = page.getByRole('button', { name: 'Share my location' });
      await share.waitFor({ state: 'visible' });
      if (options.checkAccessibility) expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await share.click();
      await page
        .getByRole('heading', { level: 1 })
        .filter({ hasText: /verified|could not verify/ })
        .waitFor({ timeout: 20_000 });
      const heading = await page.getByRole('heading', { level: 1 }).textContent();
      return { heading, verification: await service.org.client.getVerification({ params: { id: created.id } }) };
    } finally {
      await context.close();
    }
  }

  it('passes with the browser position in an allowed country (accessible step)', async () => {
    const { heading, verification } = await runLocationStep(
      {
        permissions: ['geolocation'],
        geolocation: { latitude: 53.3498, longitude: -6.2603 },
        extraHTTPHeaders: { 'x-forwarded-for': LONDON_IP },
      },
      { checkAccessibility: true },
    );
    expect(heading).toBe('You are verified');
    expect(verification.status).toBe('passed');
    // Dublin by the browser; the London address is in another country, so no region.
    expect(verification.location).toEqual({ region: null, country: 'IE', source: 'browser' });
  });

  it('fails with the browser position outside the allowed countries', async () => {
    const { heading, verification } = await runLocationStep({
      permissions: ['geolocation'],
      geolocation: { latitude: 48.8566, longitude: 2.3522 },
      extraHTTPHeaders: { 'x-forwarded-for': LONDON_IP },
    });
    expect(heading).toBe('We could not verify you');
    expect(verification.status).toBe('failed');
    expect(verification.location).toEqual({ region: null, country: 'FR', source: 'browser' });
    expect(verification.outcome_reason).toContain('Located in FR, outside the countries this Link accepts (GB, IE)');
  });

  it('falls back to the network address when the employee does not share the location', async () => {
    // No geolocation permission: Chromium denies the request, the page posts the network step.
    const passed = await runLocationStep({
      geolocation: { latitude: 48.8566, longitude: 2.3522 },
      extraHTTPHeaders: { 'x-forwarded-for': LONDON_IP },
    });
    expect(passed.verification.status).toBe('passed');
    expect(passed.verification.location).toEqual({ region: 'England', country: 'GB', source: 'ip' });
    expect(passed.verification.proofs.find((p) => p.type === 'location')!.detail).toContain(
      'the browser location was not shared',
    );

    const outside = await runLocationStep({ extraHTTPHeaders: { 'x-forwarded-for': AMSTERDAM_IP } });
    expect(outside.verification.status).toBe('failed');
    expect(outside.verification.location).toEqual({ region: null, country: 'NL', source: 'ip' });
  });
});
