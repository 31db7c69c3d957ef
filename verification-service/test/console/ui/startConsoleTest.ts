import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ConsoleRole, ConsoleUserWithPassword } from '@helpdesk-verify/core-client';
import { launchChromium } from '../../browser/launchChromium';
import { startTestService, type TestService } from '../../e2e/startTestService';
import type { DatabaseKind } from '../../databases';
import { ensureConsoleBuilt } from './ensureConsoleBuilt';

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
  close(): Promise<void>;
}

/**
 * Everything a console journey needs: the built console (vite; rebuilt when older than its sources),
 * the service over a fresh `kind` database on 127.0.0.1, and headless Chromium.
 */
export async function startConsoleTest(options: { kind?: DatabaseKind; env?: Record<string, string> } = {}): Promise<ConsoleTest> {
  await ensureConsoleBuilt();
  const service = await startTestService(options.kind ?? 'pglite', options.env ? { env: options.env } : {});
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await service.close();
    throw error;
  }
  const contexts: BrowserContext[] = [];

  const createUser = async (role: ConsoleRole, userOptions: { org?: 'org' | 'otherOrg' } = {}): Promise<ConsoleTestUser> => {
    const org = service[userOptions.org ?? 'org'];
    const tag = randomBytes(4).toString('hex');
    const made: ConsoleUserWithPassword = await org.client.createUser({
      body: { email: `${role}-${tag}@acme.example`, name: `${role[0]!.toUpperCase()}${role.slice(1)} ${tag}`, role, initial_password: true },
    });
    if (!made.initial_password) throw new Error('createUser did not return the initial password it was asked for');
    return { id: made.id, email: made.email, name: made.name, role: made.role, password: made.initial_password };
  };

  return {
    service,
    baseUrl: service.baseUrl,
    browser,
    async newPage(pageOptions = {}) {
      const context = await browser.newContext({ viewport: pageOptions.viewport ?? { width: 1280, height: 900 }, acceptDownloads: true });
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
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await service.close();
    },
  };
}
