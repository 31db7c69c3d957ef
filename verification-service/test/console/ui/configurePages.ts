import type { Page } from 'playwright-core';
import { seriousAccessibilityViolations, type AxeViolation } from '@helpdesk-verify/testkit/browser/checkAccessibility';

/** Every configuration page an admin can open without an id, with its h1. */
export const CONFIGURE_PAGES = [
  { path: '/console/links', title: 'Links' },
  { path: '/console/links/new', title: 'New Link' },
  { path: '/console/templates', title: 'Templates' },
  { path: '/console/templates/new', title: 'New template' },
  { path: '/console/webhooks', title: 'Webhooks' },
  { path: '/console/integrations', title: 'Integrations' },
  { path: '/console/directory', title: 'Directory' },
  { path: '/console/api-keys', title: 'API keys' },
  { path: '/console/users', title: 'Users' },
  { path: '/console/settings', title: 'Settings' },
] as const;

/**
 * Opens `path` in the signed-in console, waits for its h1 and for every "Loading…" to finish, and
 * returns axe-core's serious and critical findings.
 */
export async function openAndCheck(page: Page, baseUrl: string, path: string, title: string): Promise<AxeViolation[]> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  await page.waitForFunction(() => !/Loading/.test(document.querySelector('main')?.textContent ?? 'Loading'));
  return seriousAccessibilityViolations(page);
}
