/**
 * The Zendesk sidebar's weight: the JS of the built app (every script in its assets folder; Zendesk loads
 * them all in the ticket sidebar iframe), raw and gzip. Run after `node zendesk-sidebar-app/scripts/buildApp.mjs
 * --check`; `scripts/bench.sh` does both.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { kb, sizesOf, type Sizes } from './fileSizes';

export interface SidebarWeight {
  assetsDir: string;
  js: Sizes;
  files: string[];
}

/** Measures the built sidebar in `assetsDir` (default zendesk-sidebar-app/dist-check/app/assets). */
export function sidebarWeight(
  assetsDir = resolve(__dirname, '../../zendesk-sidebar-app/dist-check/app/assets'),
): SidebarWeight {
  const files = readdirSync(assetsDir).filter((name) => name.endsWith('.js'));
  return { assetsDir, js: sizesOf(assetsDir, files), files };
}

/** The weight as report lines. */
export function formatSidebarWeight(w: SidebarWeight): string[] {
  return [
    'Zendesk sidebar app                      raw        gzip',
    `  JS  (${w.files.length} files)                        ${kb(w.js.raw).padStart(9)}  ${kb(w.js.gzip).padStart(9)}`,
  ];
}

if (require.main === module) {
  const weight = sidebarWeight(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : undefined);
  process.stdout.write(`${formatSidebarWeight(weight).join('\n')}\n\n`);
  const out = process.argv.indexOf('--out');
  if (out > 0 && process.argv[out + 1]) writeFileSync(process.argv[out + 1]!, `${JSON.stringify(weight, null, 2)}\n`);
}
