import { seriousAccessibilityViolations } from '../../browser/checkAccessibility';
import { startConsoleTest, type ConsoleTest } from './startConsoleTest';

describe('the console when signed out', () => {
  let t: ConsoleTest;
  beforeAll(async () => {
    t = await startConsoleTest();
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('shows the sign-in page with a strict CSP and no serious accessibility violations', async () => {
    const page = await t.newPage();
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    const response = await page.goto(`${t.baseUrl}/console/verifications`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { level: 1, name: 'Sign in to Helpdesk Verify' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it('keeps a wrong password out with a message', async () => {
    const page = await t.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${t.baseUrl}/console/`);
    await page.getByLabel('Email', { exact: true }).fill('nobody@acme.example');
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
  });
});
