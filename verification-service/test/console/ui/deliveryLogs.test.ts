import type { Page } from 'playwright-core';
import { startTestSmtpServer, type TestSmtpServer } from '@helpdesk-verify/testkit/mail/startTestSmtpServer';
import { seriousAccessibilityViolations } from '@helpdesk-verify/testkit/browser/checkAccessibility';
import { startWebhookReceiver, type WebhookReceiver } from '@helpdesk-verify/testkit/webhooks/startWebhookReceiver';
import { startConsoleTest, type ConsoleTest } from './startConsoleTest';

// Issue 12: messages and webhook retries are "visible in the delivery log … and the console", with
// "when the next try is".
describe('the console shows message and webhook delivery logs (PGlite, Chromium)', () => {
  let t: ConsoleTest;
  let smtp: TestSmtpServer;
  let receiver: WebhookReceiver;
  let page: Page;

  beforeAll(async () => {
    smtp = await startTestSmtpServer({ refuse: (index) => (index === 0 ? 451 : null) });
    t = await startConsoleTest({ env: { HV_SMTP_URL: `smtp://127.0.0.1:${smtp.port}` } });
    receiver = await startWebhookReceiver(() => ({ status: 503 }));
    await t.service.org.client.createWebhookEndpoint({ body: { url: receiver.url, description: 'ticketing app' } });
    await t.service.org.client.createEmployee({
      body: { email: 'dana@acme.example', display_name: 'Dana', phone: '+15555550100' },
    });
    page = await t.newPage();
    await t.signIn(page, 'admin');
  }, 240_000);
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
    await smtp?.close();
  });

  it('lists a refused link email as queued with the error and the next try, then every attempt once it is sent', async () => {
    const { client } = t.service.org;
    const created = await client.createVerification({
      body: {
        link_id: t.service.org.linkId,
        employee: { email: 'dana@acme.example' },
        channels: ['email'],
        ticket: { system: 'api', id: 'LOG-1' },
        agent: { name: 'Bea Support' },
      },
    });
    expect(created.deliveries[0]?.status).toBe('queued');
    await page.goto(`${t.baseUrl}/console/verifications/${created.id}`);
    const messages = page.getByRole('region', { name: 'Messages', exact: true });
    await messages.getByText('queued').waitFor();
    expect(await messages.textContent()).toMatch(
      /Email to work contact d•••@acme\.example: queued \(SMTP delivery .*451.*\).*next try/s,
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    t.service.clock.advance(5000);
    expect((await t.service.app.jobs.messages.runOnce()).outcomes.map((o) => o.outcome)).toEqual(['sent']);
    await page.reload();
    await messages.getByText('2 attempts').click();
    const log = await messages.textContent();
    expect(log).toContain('Email to work contact d•••@acme.example: sent');
    expect(log).not.toContain('next try');
    expect(await messages.locator('.attempts li').allTextContents()).toEqual([
      expect.stringContaining('451'),
      expect.stringMatching(/: sent$/),
    ]);
  }, 60_000);

  it("shows a failing webhook delivery's next try on the verification page", async () => {
    const { client } = t.service.org;
    const created = await client.createVerification({
      body: {
        link_id: t.service.org.linkId,
        employee: { email: 'dana@acme.example' },
        channels: ['email'],
        ticket: { system: 'api', id: 'LOG-2' },
        agent: { name: 'Bea Support' },
      },
    });
    await client.cancelVerification({ params: { id: created.id }, body: { reason: 'wrong caller' } });
    await t.service.app.jobs.webhooks.runOnce();
    t.service.clock.advance(1);
    await t.service.app.jobs.webhooks.runOnce();
    const [delivery] = (await client.listVerificationDeliveries({ params: { id: created.id } })).data;
    expect(delivery).toMatchObject({ event_type: 'trust_check.cancelled', status: 'pending', attempt_count: 2 });
    await page.goto(`${t.baseUrl}/console/verifications/${created.id}`);
    const webhooks = page.getByRole('region', { name: 'Webhook deliveries', exact: true });
    await webhooks.getByText('trust_check.cancelled').waitFor();
    expect(await webhooks.textContent()).toMatch(/pending\s*next try/);
  }, 60_000);
});
