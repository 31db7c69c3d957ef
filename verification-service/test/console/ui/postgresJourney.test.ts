import { seriousAccessibilityViolations } from '@helpdesk-verify/testkit/browser/checkAccessibility';
import { startConsoleTest, type ConsoleTest } from './startConsoleTest';

describe('the console on PostgreSQL: sign-in page, password sign-in, send and follow a verification', () => {
  let t: ConsoleTest;
  beforeAll(async () => {
    t = await startConsoleTest({ kind: 'postgres' });
    await t.service.org.client.createEmployee({
      body: { email: 'dana@acme.example', display_name: 'Dana Whitfield', phone: '+15555550100' },
    });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('shows the sign-in page under a strict CSP with no serious accessibility violations, and keeps a wrong password out', async () => {
    const page = await t.newPage({ viewport: { width: 390, height: 844 } });
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    const response = await page.goto(`${t.baseUrl}/console/verifications`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { level: 1, name: 'Sign in to Helpdesk Verify' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Email', { exact: true }).fill('nobody@acme.example');
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    expect(cspViolations).toEqual([]);
  }, 60_000);

  it('an agent signed in by password sends a verification, then finds it by its ticket in the list', async () => {
    const page = await t.newPage();
    const agent = await t.signIn(page, 'agent');
    await page.goto(`${t.baseUrl}/console/verifications/new`);
    await page.getByLabel('Employee work email').fill('nobody@acme.example');
    await page.getByRole('button', { name: 'Send verification' }).click();
    // Refused by the API with its problem detail; nothing was created.
    await page.getByRole('alert').waitFor();
    expect((await t.service.org.client.listVerifications()).data).toEqual([]);

    await page.getByLabel('Employee work email').fill('dana@acme.example');
    await page.getByLabel('Ticket id (optional)').fill('PG-7');
    await page.getByLabel('Ticket URL (optional)').fill('https://itsm.example/PG-7');
    await page.getByRole('button', { name: 'Send verification' }).click();
    await page.waitForURL(/\/console\/verifications\/ver_/);
    await page.locator('.status-line .status', { hasText: 'pending' }).waitFor();
    const [made] = (await t.service.org.client.listVerifications()).data;
    expect(made).toMatchObject({
      ticket: { system: 'console', id: 'PG-7', url: 'https://itsm.example/PG-7' },
      agent: { name: agent.name, email: agent.email, id: agent.id },
    });

    await page.goto(`${t.baseUrl}/console/verifications?q=PG-7`);
    const row = page.locator('tbody tr');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(
      await row
        .first()
        .getByRole('link', { name: /console PG-7/ })
        .getAttribute('href'),
    ).toBe('https://itsm.example/PG-7');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }, 60_000);
});
