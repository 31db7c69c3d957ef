import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { codeFrom, linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import { launchChromium } from '@helpdesk-verify/testkit/browser/launchChromium';
import { seriousAccessibilityViolations } from '@helpdesk-verify/testkit/browser/checkAccessibility';

const SCREENSHOTS = process.env.HV_SCREENSHOT_DIR;

describe('the employee page in real Chromium, on a phone-sized screen', () => {
  let service: TestService;
  let browser: Browser;
  beforeAll(async () => {
    service = await startTestService('pglite');
    browser = await launchChromium();
    await service.org.client.createEmployee({
      body: { email: 'sam@acme.example', display_name: 'Sam Rivera', phone: '+15555550142' },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  it('is accessible, works by keyboard and completes a verification without any script', async () => {
    const created = await service.org.client.createVerification({
      body: {
        link_id: service.org.linkId,
        employee: { email: 'sam@acme.example' },
        channels: ['email'],
        ticket: { system: 'zendesk', id: '4711' },
        agent: { name: 'Priya Patel' },
        reason: 'Locked out after a phone change',
      },
    });
    const mail = (await service.app.outbox!.list()).find((m) => m.text.includes(created.match_code))!;
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    const shot = async (name: string) => {
      if (!SCREENSHOTS) return;
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    };

    await page.goto(linkFrom(mail.text));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Sam Rivera');
    await expect(page.locator('body').textContent()).resolves.toContain(created.match_code);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await shot('employee-landing');
    const jsContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const axePage = await jsContext.newPage();
    await axePage.goto(linkFrom(mail.text));
    expect(await seriousAccessibilityViolations(axePage)).toEqual([]);
    await jsContext.close();

    // Keyboard only: the start button is reachable with Tab and pressed with Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/session$/);
    await page.getByRole('button', { name: 'Text me a code' }).click();
    const sms = (await service.app.outbox!.list()).find(
      (m) => m.channel === 'sms' && m.text.includes(created.match_code),
    )!;
    await page.getByLabel('Code from the text message').fill(codeFrom(sms.text));
    await shot('employee-code');
    await page.getByRole('button', { name: 'Check code' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('You are verified');
    await shot('employee-verified');
    expect((await service.org.client.getVerification({ params: { id: created.id } })).status).toBe('passed');
    await context.close();
  });
});
