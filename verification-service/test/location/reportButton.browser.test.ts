import type { Browser } from 'playwright-core';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import { launchChromium } from '@helpdesk-verify/testkit/browser/launchChromium';
import { seriousAccessibilityViolations } from '@helpdesk-verify/testkit/browser/checkAccessibility';

describe('"I did not request this" in real Chromium without script', () => {
  let service: TestService;
  let browser: Browser;
  beforeAll(async () => {
    service = await startTestService('pglite');
    browser = await launchChromium();
    await service.org.client.createEmployee({
      body: { email: 'ada@acme.example', display_name: 'Ada', phone: '+15555550123' },
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  const verify = async () => {
    const created = await service.org.client.createVerification({
      body: {
        link_id: service.org.linkId,
        employee: { email: 'ada@acme.example' },
        channels: ['email'],
        ticket: { system: 'servicenow', id: 'INC7' },
        agent: { name: 'Alex' },
      },
    });
    return {
      created,
      link: linkFrom((await service.app.outbox!.list()).find((m) => m.text.includes(created.match_code))!.text),
    };
  };

  it.each(['before Start', 'after Start'])(
    'stops the verification %s and shows an accessible, calm page',
    async (when) => {
      const { created, link } = await verify();
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(link);
        if (when === 'after Start') {
          await page.getByRole('button', { name: 'Start verification' }).click();
          await page.waitForURL(/\/session$/);
        }
        await page.getByRole('button', { name: 'I did not request this' }).click();
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
          'Thank you. The help desk has been alerted.',
        );
        await expect(page.locator('body').textContent()).resolves.toContain('You do not need to do anything else');
        const failed = await service.org.client.getVerification({ params: { id: created.id } });
        expect(failed.status).toBe('failed');
        expect(failed.timeline.map((t) => t.status)).toContain('reported');
        // axe needs script: check the same page in a context with it.
        const checking = await browser.newContext({ viewport: { width: 390, height: 844 } });
        const axePage = await checking.newPage();
        await axePage.setContent(await page.content());
        expect(await seriousAccessibilityViolations(axePage)).toEqual([]);
        await checking.close();
      } finally {
        await context.close();
      }
    },
  );
});
