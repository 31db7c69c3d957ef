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
export async function buildApp(options: {
  serviceDomain: string;
  connectorUrl?: string;
  gateTag?: string;
}): Promise<BuiltApp> {
  const out = mkdtempSync(join(tmpdir(), 'zd-app-build-'));
  const script = resolve(__dirname, '../scripts/buildApp.mjs');
  const args = [script, '--out', out, '--service-domain', options.serviceDomain];
  if (options.connectorUrl) args.push('--connector-url', options.connectorUrl);
  if (options.gateTag) args.push('--gate-tag', options.gateTag);
  await promisify(execFile)(process.execPath, args, { cwd: resolve(__dirname, '..'), env: withoutBuildVariables() });
  const version = (require('../package.json') as { version: string }).version;
  return {
    out,
    appDir: join(out, 'app'),
    zip: join(out, `helpdesk-verify-zendesk-${version}.zip`),
    connector: join(out, 'connector/main.cjs'),
  };
}

/** The environment without HV_* variables, so a developer's settings never leak into a test build. */
export const withoutBuildVariables = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('HV_')));
