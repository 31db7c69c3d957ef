import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { seriousAccessibilityViolations } from '@helpdesk-verify/testkit/browser/checkAccessibility';
import { codeFrom, linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import { startWebhookReceiver, type WebhookReceiver } from '@helpdesk-verify/testkit/webhooks/startWebhookReceiver';
import { startConsoleTest, type ConsoleTest } from './startConsoleTest';
import { seedVerifications, type SeededVerifications } from './seedVerifications';

// The committed screenshots are rewritten only when asked (HV_UPDATE_SCREENSHOTS=1); other runs
// still take them, into a temp directory, so the working tree stays clean.
const SCREENSHOTS =
  process.env.HV_UPDATE_SCREENSHOTS === '1'
    ? resolve(__dirname, '../../../../docs/screenshots')
    : mkdtempSync(join(tmpdir(), 'hv-console-shots-'));

async function expectAccessible(page: Page) {
  const violations = await seriousAccessibilityViolations(page);
  expect(violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual([]);
}

const statusOf = (page: Page) => page.locator('.status-line .status').textContent();

describe('console operate journeys (PGlite, local OIDC provider, Chromium)', () => {
  let t: ConsoleTest;
  let receiver: WebhookReceiver;
  let seeded: SeededVerifications;

  beforeAll(async () => {
    t = await startConsoleTest({ sso: true });
    receiver = await startWebhookReceiver();
    await t.service.org.client.createWebhookEndpoint({ body: { url: receiver.url, description: 'ticketing app' } });
    seeded = await seedVerifications(t.service, { days: 9, perDay: 3 });
  }, 240_000);
  // One signed-in page per role, reused across tests (each sign-in hashes a new password on the server).
  const signedIn = new Map<string, Promise<Page>>();
  const pageAs = (role: 'admin' | 'auditor') => {
    if (!signedIn.has(role))
      signedIn.set(
        role,
        t.newPage().then(async (page) => (await t.signIn(page, role), page)),
      );
    return signedIn.get(role)!;
  };
  const countVerifications = async () =>
    (await t.service.org.client.listVerifications({ query: { limit: 100 } })).data.length;
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
  });

  it('an agent signs in through the local OIDC provider, sends a verification and watches it pass live', async () => {
    const page = await t.newPage();
    await t.signInWithSso(page, 'agent');
    const nav = page.getByRole('navigation', { name: 'Console' });
    expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Verifications' }).click();
    await page.getByRole('link', { name: 'New verification' }).click();
    await page.getByRole('heading', { level: 1, name: 'New verification' }).waitFor();
    await page.getByLabel('Link (verification policy)').locator('option').first().waitFor({ state: 'attached' });
    await expectAccessible(page);

    await page.getByLabel('Employee work email').fill('dana@acme.example');
    await page.getByLabel('Reason (shown to the employee)').fill('Locked out after a phone change');
    await page.getByLabel('Ticket id (optional)').fill('CON-42');
    await page.getByRole('button', { name: 'Send verification' }).click();
    await page.waitForURL(/\/console\/verifications\/ver_/);
    const id = page.url().split('/').pop()!;
    expect(await statusOf(page)).toBe('pending');
    const created = await t.service.org.client.getVerification({ params: { id } });
    expect(created).toMatchObject({
      ticket: { system: 'console', id: 'CON-42' },
      agent: { name: 'SSO agent', email: 'agent.sso@acme.example' },
      reason: 'Locked out after a phone change',
    });
    await expectAccessible(page);
    // Marks this document: a reload would lose it, so the pass below must arrive by polling.
    await page.evaluate(() => ((window as unknown as { liveMarker: number }).liveMarker = 42));

    // The employee, in a second browser context, follows the link and types the texted code.
    const employee = await t.newPage({ viewport: { width: 390, height: 844 } });
    const mail = (await t.service.app.outbox!.list()).find(
      (m) => m.channel === 'email' && m.text.includes(created.match_code),
    );
    await employee.goto(linkFrom(mail!.text));
    await employee.getByRole('button', { name: 'Start verification' }).click();
    await page.locator('.status-line .status', { hasText: 'opened' }).waitFor({ timeout: 20_000 });
    await employee.getByRole('button', { name: 'Text me a code' }).click();
    await employee.getByLabel('Code from the text message').waitFor();
    const sms = (await t.service.app.outbox!.list()).find(
      (m) => m.channel === 'sms' && m.text.includes(created.match_code) && /verification code/.test(m.text),
    );
    await employee.getByLabel('Code from the text message').fill(codeFrom(sms!.text));
    await employee.getByRole('button', { name: 'Check code' }).click();
    await employee.getByText('You are verified').waitFor();

    await page.locator('.status-line .status', { hasText: 'passed' }).waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { liveMarker?: number }).liveMarker)).toBe(42);
    const proofs = page.getByRole('region', { name: 'Proofs', exact: true });
    expect(await proofs.getByRole('row').filter({ hasText: 'phone code' }).textContent()).toContain('passed');
    // An agent has no admin:read / audit:read: those sections are not shown rather than failing.
    expect(await page.getByRole('heading', { name: 'Audit entries' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Cancel verification' }).count()).toBe(0);
  }, 90_000);

  it('lists verifications with search, filters, sorting and cursor pages, all reflected in the URL', async () => {
    const page = await pageAs('admin');
    await page.goto(`${t.baseUrl}/console/verifications`);
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(25);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Next →' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/cursor=/);
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length < 25);
    const secondPage = await rows.count();
    expect(secondPage).toBe((await countVerifications()) - 25);
    await page.getByRole('button', { name: '← Previous' }).click();
    await page.waitForURL((url) => !url.search.includes('cursor='));
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 25);

    await page.getByLabel('Search').fill('li@acme');
    await page.getByLabel('Outcome').selectOption('passed');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/q=li%40acme.*status=passed|status=passed.*q=li%40acme/);
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('tbody tr')).every(
        (r) => r.textContent?.includes('li@acme.example') && r.textContent.includes('passed'),
      ),
    );
    const filtered = await rows.count();
    expect(filtered).toBeGreaterThan(0);
    // The URL alone restores the list (a shared link, a reload).
    await page.reload();
    await rows.first().waitFor();
    expect(await rows.count()).toBe(filtered);
    expect(await page.getByLabel('Search').inputValue()).toBe('li@acme');

    await page.goto(`${t.baseUrl}/console/verifications?ticket_system=jira`);
    await rows.first().waitFor();
    const tickets = await page.locator('tbody tr td:nth-child(7)').allTextContents();
    expect(tickets.every((text) => text.startsWith('jira JIR-'))).toBe(true);
    const jiraLink = page.locator('tbody tr td:nth-child(7) a').first();
    expect(await jiraLink.getAttribute('href')).toMatch(/^https:\/\/acme\.atlassian\.example\/browse\/\d+$/);

    await page.goto(`${t.baseUrl}/console/verifications`);
    await rows.first().waitFor();
    // Keyboard only: the sort control is a real button.
    await page.getByRole('button', { name: /^Risk/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=risk_score&order=desc/);
    await page.waitForFunction(() =>
      document.querySelector('th[aria-sort="descending"]')?.textContent?.startsWith('Risk'),
    );
    const scores = (await page.locator('tbody tr td:nth-child(3)').allTextContents())
      .filter((s) => s !== '—')
      .map(Number);
    expect(scores.length).toBeGreaterThan(3);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  }, 90_000);

  it('shows a verification in full to an admin: timeline, proofs, risk, device, webhook deliveries, audit entries', async () => {
    const page = await pageAs('admin');
    const failed = (await t.service.org.client.listVerifications({ query: { status: 'failed', limit: 1 } })).data[0]!;
    await page.goto(`${t.baseUrl}/console/verifications/${failed.id}`);
    await page.getByRole('heading', { name: 'Audit entries' }).waitFor();
    expect(await statusOf(page)).toBe('failed');
    const risk = page.getByRole('region', { name: 'Risk', exact: true });
    expect(await risk.textContent()).toContain(`Score ${failed.risk!.score} of 100`);
    const webhooks = page.getByRole('region', { name: 'Webhook deliveries', exact: true });
    await webhooks.getByText('trust_check.failed').waitFor();
    const audit = page.getByRole('region', { name: 'Audit entries', exact: true });
    await audit.getByText('createVerification').waitFor();
    expect(await page.getByRole('region', { name: 'Timeline', exact: true }).textContent()).toMatch(
      /pending.*opened.*failed/s,
    );
    await expectAccessible(page);

    // A running one offers cancel; cancelling shows the outcome without a reload.
    const running = await t.service.org.client.createVerification({
      body: {
        link_id: t.service.org.linkId,
        employee: { email: 'omar@acme.example' },
        ticket: { system: 'api', id: 'API-9' },
        agent: { name: 'Bea Support' },
      },
    });
    await page.goto(`${t.baseUrl}/console/verifications/${running.id}`);
    await page.getByRole('button', { name: 'Resend link' }).click();
    await page.getByText('A fresh link was sent; the previous one no longer works.').waitFor();
    await page.getByRole('region', { name: 'Timeline', exact: true }).getByText('resent').waitFor();
    await page.getByLabel('Cancel reason').fill('caller could not be reached');
    await page.getByRole('button', { name: 'Cancel verification' }).click();
    await page.locator('.status-line .status', { hasText: 'cancelled' }).waitFor();
    expect((await t.service.org.client.getVerification({ params: { id: running.id } })).outcome_reason).toContain(
      'caller could not be reached',
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.goto(`${t.baseUrl}/console/verifications/${seeded.ids.find((_, i) => i % 7 === 0)!}`);
    await page.getByRole('heading', { name: 'Audit entries' }).waitFor();
    await page
      .getByRole('region', { name: 'Webhook deliveries', exact: true })
      .getByText('trust_check.completed')
      .waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'verification-detail.png'), fullPage: true });
  }, 90_000);

  it('draws the dashboard as charts with accessible summaries, on a desktop and a phone', async () => {
    const page = await pageAs('admin');
    await page.goto(`${t.baseUrl}/console/`);
    const charts = page.locator('svg[role="img"]');
    await charts.first().waitFor();
    expect(await charts.count()).toBe(7);
    const series = await charts.nth(0).getAttribute('aria-label');
    const total = await countVerifications();
    expect(series).toMatch(new RegExp(`: ${total} in all`));
    expect(await charts.nth(1).getAttribute('aria-label')).toMatch(
      /^Outcome rates of finished verifications: passed \d+(\.\d)?%/,
    );
    expect(await charts.nth(3).getAttribute('aria-label')).toContain('Verifications by channel: email');
    expect(await charts.nth(5).getAttribute('aria-label')).toMatch(
      /servicenow \d+.*zendesk \d+|zendesk \d+.*servicenow \d+/,
    );
    expect(
      await page.locator('.stat').filter({ hasText: 'Median time to verify' }).locator('.value').textContent(),
    ).toMatch(/\d+ (s|min)/);
    await expectAccessible(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard.png'), fullPage: true });

    // A narrower range through the picker; the URL carries it.
    await page.getByRole('button', { name: 'Last 7 days' }).click();
    await page.waitForURL(/from=\d{4}-\d{2}-\d{2}&to=/);
    await page.waitForFunction(
      (all) => !document.querySelector('svg[role="img"]')?.getAttribute('aria-label')?.includes(`: ${all} in all`),
      total,
    );
    expect(await charts.nth(0).getAttribute('aria-label')).toMatch(/: \d+ in all|No verifications/);

    const phone = await pageAs('auditor');
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${t.baseUrl}/console/`);
    await phone.locator('svg[role="img"]').first().waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(phone);
  }, 90_000);

  it('an auditor filters the audit log, verifies the chain and exports it as CSV', async () => {
    const page = await pageAs('auditor');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${t.baseUrl}/console/`);
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Audit log' }).click();
    await page.locator('tbody tr').first().waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Verify chain' }).click();
    await page.getByText(/Chain intact: \d+ entries checked/).waitFor();

    await page.getByLabel('Action').fill('cancelVerification');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/action=cancelVerification/);
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('tbody tr')).every((r) => r.textContent?.includes('cancelVerification')),
    );
    const cancelled = (await t.service.org.client.listVerifications({ query: { status: 'cancelled', limit: 100 } }))
      .data.length;
    expect(cancelled).toBeGreaterThanOrEqual(seeded.cancelled);
    expect(await page.locator('tbody tr').count()).toBe(cancelled);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(csv[0]).toMatch(/^seq,at,/);
    expect(csv).toHaveLength(cancelled + 1);
    expect(csv[1]).toContain('cancelVerification');
  }, 90_000);

  it('an agent cannot open the audit log: the page says why and the API refuses', async () => {
    const page = await t.newPage();
    await t.signIn(page, 'agent');
    await page.goto(`${t.baseUrl}/console/audit`);
    await page.getByText('Your role (agent) cannot open this page.').waitFor();
    const status = await page.evaluate(
      async () => (await fetch('/v1/audit-log', { credentials: 'same-origin' })).status,
    );
    expect(status).toBe(403);
  }, 60_000);

  it("keeps organisations apart: another organisation's admin sees none of these verifications", async () => {
    const page = await t.newPage();
    await t.signIn(page, 'admin', { org: 'otherOrg' });
    await page.goto(`${t.baseUrl}/console/verifications`);
    await page.getByText('No verifications yet.').waitFor();
    await page.goto(`${t.baseUrl}/console/verifications/${seeded.ids[0]!}`);
    await page.getByRole('alert').waitFor();
    expect(await page.locator('.status-line').count()).toBe(0);
    await page.goto(`${t.baseUrl}/console/`);
    await page.locator('svg[role="img"]').first().waitFor();
    expect(await page.locator('svg[role="img"]').first().getAttribute('aria-label')).toMatch(/^No verifications from/);
  }, 60_000);

  it('an auditor sees no New verification button and a direct POST is refused', async () => {
    const page = await pageAs('auditor');
    await page.goto(`${t.baseUrl}/console/verifications`);
    await page.locator('tbody tr').first().waitFor();
    expect(await page.getByRole('link', { name: 'New verification' }).count()).toBe(0);
    await page.goto(`${t.baseUrl}/console/verifications/new`);
    await page.getByText('Your role (auditor) cannot open this page.').waitFor();
    const before = (await t.service.org.client.listVerifications({ query: { limit: 100 } })).data.length;
    const status = await page.evaluate(async (linkId) => {
      const session = (await (await fetch('/console/session')).json()) as { csrf_token: string };
      const response = await fetch('/v1/verifications', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token },
        body: JSON.stringify({
          link_id: linkId,
          employee: { email: 'dana@acme.example' },
          ticket: { system: 'console', id: 'X' },
          agent: { name: 'Auditor' },
        }),
      });
      return response.status;
    }, t.service.org.linkId);
    expect(status).toBe(403);
    expect((await t.service.org.client.listVerifications({ query: { limit: 100 } })).data.length).toBe(before);
  }, 60_000);
});
