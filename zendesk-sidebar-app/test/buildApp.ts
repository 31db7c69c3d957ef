import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** Where a test build went. */
export interface BuiltApp {
  out: string;
  appDir: string;
  zip: string;
  connector: string;
}

/** Runs the real build script (Vite, zcli's createAppPkg) into a fresh temporary folder. */
export async function buildApp(options: { serviceDomain: string }): Promise<BuiltApp> {
  const out = mkdtempSync(join(tmpdir(), 'zd-app-build-'));
  const script = resolve(__dirname, '../scripts/buildApp.mjs');
  await promisify(execFile)(process.execPath, [script, '--out', out, '--service-domain', options.serviceDomain], { cwd: resolve(__dirname, '..') });
  const version = (require('../package.json') as { version: string }).version;
  return { out, appDir: join(out, 'app'), zip: join(out, `helpdesk-verify-zendesk-${version}.zip`), connector: join(out, 'connector/main.cjs') };
}
