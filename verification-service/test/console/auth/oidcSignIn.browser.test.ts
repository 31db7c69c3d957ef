import type { Browser } from 'playwright-core';
import { ConsoleSession } from '@helpdesk-verify/core-client/schemas';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { launchChromium } from '@helpdesk-verify/testkit/browser/launchChromium';
import { startOidcProvider, type OidcTestProvider } from '@helpdesk-verify/testkit/oidc/startOidcProvider';

describe('console single sign-on in real Chromium through the local OpenID Connect provider', () => {
  let service: TestService;
  let idp: OidcTestProvider;
  let browser: Browser;

  beforeAll(async () => {
    service = await startTestService('pglite');
    idp = await startOidcProvider({
      clientId: 'helpdesk-verify',
      clientSecret: 'browser-test-secret',
      redirectUris: [`${service.baseUrl}/console/auth/oidc/callback`],
      users: [{ email: 'kai@acme.example', password: 'kai-idp-password', name: 'Kai Admin', groups: ['hv-admins'] }],
    });
    await service.org.client.putOidcConfig({
      body: {
        issuer: idp.issuer,
        client_id: 'helpdesk-verify',
        client_secret: 'browser-test-secret',
        allowed_email_domains: ['acme.example'],
        role_claim: 'groups',
        role_mapping: { 'hv-admins': 'admin' },
      },
    });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await idp?.close();
    await service?.close();
  });

  it('signs in at the IdP, comes back to /console/ with the session cookie, and signs out', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${service.baseUrl}/console/auth/oidc/start?org=acme.example`);
    expect(new URL(page.url()).origin).toBe(idp.issuer);
    await page.getByLabel('Email').fill('kai@acme.example');
    await page.getByLabel('Password').fill('kai-idp-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${service.baseUrl}/console/`);
    const cookies = await context.cookies(service.baseUrl);
    const session = cookies.find((c) => c.name === 'hv_console');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    // The state cookie is gone once used.
    expect(cookies.find((c) => c.name === 'hv_oidc')).toBeUndefined();
    const answer = await page.evaluate(async () => {
      const response = await fetch('/console/session');
      return { status: response.status, body: (await response.json()) as unknown };
    });
    expect(answer.status).toBe(200);
    const parsed = ConsoleSession.parse(answer.body);
    expect(parsed.user).toMatchObject({ email: 'kai@acme.example', name: 'Kai Admin', role: 'admin' });
    // Scripts cannot read the HttpOnly cookie.
    expect(await page.evaluate(() => document.cookie)).not.toContain('hv_console');
    const out = await page.evaluate(
      async (csrf) =>
        (await fetch('/console/auth/sign-out', { method: 'POST', headers: { 'x-csrf-token': csrf } })).status,
      parsed.csrf_token,
    );
    expect(out).toBe(204);
    expect((await context.cookies(service.baseUrl)).find((c) => c.name === 'hv_console')).toBeUndefined();
    await context.close();
  });
});
