import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ConsoleRole, ConsoleUserWithPassword } from '@helpdesk-verify/core-client/schemas';
import { launchChromium } from '@helpdesk-verify/testkit/browser/launchChromium';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import type { DatabaseKind } from '@helpdesk-verify/testkit/databases';
import { startOidcProvider, type OidcTestProvider } from '@helpdesk-verify/testkit/oidc/startOidcProvider';
import { ensureConsoleBuilt } from './ensureConsoleBuilt';

const ROLES: readonly ConsoleRole[] = ['admin', 'agent', 'auditor'];

/** A console user made for a test, with the password shown once at creation. */
export interface ConsoleTestUser {
  id: string;
  email: string;
  name: string;
  role: ConsoleRole;
  password: string;
}

export interface ConsoleTest {
  /** The whole service on real HTTP; `service.org` is the organisation the console users belong to. */
  service: TestService;
  /** The console's origin, e.g. http://127.0.0.1:54321 (pages are under /console/). */
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (its own cookies) and page; closed with the test run. */
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  /** Adds a console user to `service.org` through the public API (an admin API key), with a password. */
  createUser(role: ConsoleRole, options?: { org?: 'org' | 'otherOrg' }): Promise<ConsoleTestUser>;
  /**
   * Signs `page` in as a new user of `role` through the console's sign-in form (local password) and
   * waits for the dashboard shell. Returns the user.
   */
  signIn(page: Page, role: ConsoleRole, options?: { org?: 'org' | 'otherOrg' }): Promise<ConsoleTestUser>;
  /**
   * Only with `startConsoleTest({ sso: true })`: signs `page` in through single sign-on at the local
   * OpenID Connect provider (its login form), as the IdP user whose `groups` claim maps to `role`.
   */
  signInWithSso(page: Page, role: ConsoleRole): Promise<{ email: string }>;
  /** The local IdP, with `sso: true`. */
  oidc: OidcTestProvider | null;
  close(): Promise<void>;
}

/**
 * Everything a console journey needs: the built console (vite; rebuilt when older than its sources),
 * the service over a fresh `kind` database on 127.0.0.1, and headless Chromium.
 */
export async function startConsoleTest(
  options: { kind?: DatabaseKind; env?: Record<string, string>; sso?: boolean } = {},
): Promise<ConsoleTest> {
  await ensureConsoleBuilt();
  const service = await startTestService(options.kind ?? 'pglite', options.env ? { env: options.env } : {});
  let browser: Browser;
  let oidc: OidcTestProvider | null = null;
  const ssoUsers = ROLES.map((role) => ({
    role,
    email: `${role}.sso@acme.example`,
    password: randomBytes(12).toString('base64url'),
    name: `SSO ${role}`,
    groups: [`hv-${role}`],
  }));
  try {
    if (options.sso) {
      oidc = await startOidcProvider({
        clientId: 'helpdesk-verify-console',
        clientSecret: randomBytes(24).toString('base64url'),
        redirectUris: [`${service.baseUrl}/console/auth/oidc/callback`],
        users: ssoUsers,
      });
      await service.org.client.putOidcConfig({
        body: {
          issuer: oidc.issuer,
          client_id: oidc.clientId,
          client_secret: oidc.clientSecret,
          allowed_email_domains: ['acme.example'],
          default_role: 'auditor',
          role_claim: 'groups',
          role_mapping: Object.fromEntries(ROLES.map((role) => [`hv-${role}`, role])),
        },
      });
    }
    browser = await launchChromium();
  } catch (error) {
    await oidc?.close();
    await service.close();
    throw error;
  }
  const contexts: BrowserContext[] = [];

  const createUser = async (
    role: ConsoleRole,
    userOptions: { org?: 'org' | 'otherOrg' } = {},
  ): Promise<ConsoleTestUser> => {
    const org = service[userOptions.org ?? 'org'];
    const tag = randomBytes(4).toString('hex');
    const made: ConsoleUserWithPassword = await org.client.createUser({
      body: {
        email: `${role}-${tag}@acme.example`,
        name: `${role[0]!.toUpperCase()}${role.slice(1)} ${tag}`,
        role,
        initial_password: true,
      },
    });
    if (!made.initial_password) throw new Error('createUser did not return the initial password it was asked for');
    return { id: made.id, email: made.email, name: made.name, role: made.role, password: made.initial_password };
  };

  return {
    service,
    baseUrl: service.baseUrl,
    browser,
    async newPage(pageOptions = {}) {
      const context = await browser.newContext({
        viewport: pageOptions.viewport ?? { width: 1280, height: 900 },
        acceptDownloads: true,
      });
      contexts.push(context);
      return context.newPage();
    },
    createUser,
    async signIn(page, role, userOptions = {}) {
      const user = await createUser(role, userOptions);
      await page.goto(`${service.baseUrl}/console/`);
      await page.getByLabel('Email', { exact: true }).fill(user.email);
      await page.getByLabel('Password', { exact: true }).fill(user.password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      return user;
    },
    oidc,
    async signInWithSso(page, role) {
      const user = ssoUsers.find((u) => u.role === role)!;
      if (!oidc) throw new Error('start the console test with { sso: true } to sign in through the local IdP');
      await page.goto(`${service.baseUrl}/console/`);
      await page.getByLabel('Work email domain or organisation id').fill('acme.example');
      await page.getByRole('button', { name: 'Continue with single sign-on' }).click();
      // The IdP's own login page, on its own origin.
      await page.waitForURL((url) => url.origin === new URL(oidc!.issuer).origin);
      await page.getByLabel('Email').fill(user.email);
      await page.getByLabel('Password').fill(user.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      return { email: user.email };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await oidc?.close();
      await service.close();
    },
  };
}
