import type { Page } from 'playwright-core';
import { openAndCheck } from './configurePages';
import { startConsoleTest, type ConsoleTest } from './startConsoleTest';

const ADMIN_NAV = ['Links', 'Templates', 'Webhooks', 'Integrations', 'Directory', 'API keys', 'Users', 'Settings'];

/** Calls the /v1 API from inside the page with its session cookie and CSRF token; returns the status. */
async function callFromPage(page: Page, method: string, path: string, body?: unknown): Promise<number> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/console/session')).json()) as { csrf_token: string };
      const response = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return response.status;
    },
    { method, path, body },
  );
}

describe('console configuration and roles (real service, real Chromium)', () => {
  let t: ConsoleTest;
  beforeAll(async () => {
    t = await startConsoleTest();
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('an agent sees no configuration in the navigation, gets the role message on a direct URL, and the API refuses', async () => {
    const page = await t.newPage({ viewport: { width: 390, height: 844 } });
    await t.signIn(page, 'agent');
    const nav = page.getByRole('navigation', { name: 'Console' });
    for (const label of ADMIN_NAV) expect(await nav.getByRole('link', { name: label, exact: true }).count()).toBe(0);
    for (const path of ['/console/api-keys', '/console/links', '/console/integrations', '/console/users']) {
      await page.goto(`${t.baseUrl}${path}`);
      await page.getByText('Your role (agent) cannot open this page').waitFor();
    }
    expect(await callFromPage(page, 'GET', '/v1/api-keys')).toBe(403);
    expect(await callFromPage(page, 'POST', '/v1/api-keys', { name: 'sneaky', scopes: ['admin'] })).toBe(403);
    expect(
      await callFromPage(page, 'POST', '/v1/links', { name: 'sneaky', proofs: [{ type: 'email_possession' }] }),
    ).toBe(403);
    expect((await t.service.org.client.listApiKeys({ query: { limit: 100 } })).data.map((k) => k.name)).not.toContain(
      'sneaky',
    );
  }, 60_000);

  it('an auditor reads configuration without any control to change it, and the API refuses a change', async () => {
    const page = await t.newPage();
    await t.signIn(page, 'auditor');
    const nav = page.getByRole('navigation', { name: 'Console' });
    await nav.getByRole('link', { name: 'Links', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: 'Integrations', exact: true }).count()).toBe(0);

    expect(await openAndCheck(page, t.baseUrl, '/console/links', 'Links')).toEqual([]);
    expect(await page.getByRole('link', { name: 'New Link' }).count()).toBe(0);
    expect(await openAndCheck(page, t.baseUrl, `/console/links/${t.service.org.linkId}`, 'Link')).toEqual([]);
    expect(await page.locator('#link-name').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /Save Link|Archive Link/ }).count()).toBe(0);

    expect(await openAndCheck(page, t.baseUrl, '/console/api-keys', 'API keys')).toEqual([]);
    expect(await page.getByRole('button', { name: 'Create key' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Revoke / }).count()).toBe(0);
    expect(await openAndCheck(page, t.baseUrl, '/console/settings', 'Settings')).toEqual([]);
    expect(await page.locator('#org-name').isDisabled()).toBe(true);

    await page.goto(`${t.baseUrl}/console/integrations`);
    await page.getByText('Your role (auditor) cannot open this page').waitFor();
    expect(await callFromPage(page, 'PATCH', `/v1/links/${t.service.org.linkId}`, { name: 'renamed by auditor' })).toBe(
      403,
    );
    expect(await callFromPage(page, 'PATCH', '/v1/organization', { name: 'renamed by auditor' })).toBe(403);
    expect((await t.service.org.client.getLink({ params: { id: t.service.org.linkId } })).name).not.toBe(
      'renamed by auditor',
    );
  }, 60_000);

  it('fits every readable configuration page into a phone screen without sideways scrolling', async () => {
    const page = await t.newPage({ viewport: { width: 390, height: 844 } });
    await t.signIn(page, 'auditor');
    const wide: string[] = [];
    for (const [path, title] of [
      ['/console/links', 'Links'],
      [`/console/links/${t.service.org.linkId}`, 'Link'],
      ['/console/templates', 'Templates'],
      ['/console/webhooks', 'Webhooks'],
      ['/console/directory', 'Directory'],
      ['/console/api-keys', 'API keys'],
      ['/console/users', 'Users'],
      ['/console/settings', 'Settings'],
    ] as const) {
      expect(await openAndCheck(page, t.baseUrl, path, title)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`${path}: ${overflow}px`);
    }
    expect(wide).toEqual([]);
  }, 150_000);

  it("another organisation's admin never sees this organisation's webhook endpoints", async () => {
    const mine = await t.service.org.client.createWebhookEndpoint({
      body: { url: 'http://127.0.0.1:9/acme-only', description: 'Acme only' },
    });
    const page = await t.newPage();
    await t.signIn(page, 'admin', { org: 'otherOrg' });
    await openAndCheck(page, t.baseUrl, '/console/webhooks', 'Webhooks');
    expect(await page.content()).not.toContain('acme-only');
    await page.goto(`${t.baseUrl}/console/webhooks/${mine.id}`);
    await page.getByRole('alert').waitFor();
    expect(await page.content()).not.toContain('acme-only');
  }, 60_000);
});
