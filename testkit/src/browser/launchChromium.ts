import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (the test script installs the `chromium` package); playwright-core downloads nothing. */
export const CHROMIUM_PATH = process.env.HV_CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium (a fresh profile each launch) with no background networking: tests reach only loopback. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install the Debian package "chromium" (npm test does this)`,
    );
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
