/**
 * The console's first-load weight: the JS and CSS that `/console/` makes the browser fetch before
 * the first page renders (the entry script, its modulepreloads and stylesheets from the built
 * index.html), raw and gzip (as the service serves them), against the 200 KB JS gzip
 * budget. Lazy page chunks are reported apart: they load only when their page opens.
 * Run after `npm run build:console -w verification-service`; `scripts/bench.sh` does both.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { kb, sizesOf, type Sizes } from './fileSizes';

/** The budget for the first load, JS gzip. */
export const CONSOLE_JS_BUDGET_GZIP_BYTES = 200 * 1024;

export interface ConsoleWeight {
  buildDir: string;
  firstLoad: { js: Sizes; css: Sizes; files: string[] };
  lazy: { js: Sizes; files: number };
  budgetGzipBytes: number;
  withinBudget: boolean;
}
/** Measures the built console in `buildDir` (default verification-service/dist/console-app). */
export function consoleWeight(
  buildDir = resolve(__dirname, '../../verification-service/dist/console-app'),
): ConsoleWeight {
  const index = readFileSync(join(buildDir, 'index.html'), 'utf8');
  const refs = (pattern: RegExp) => [...index.matchAll(pattern)].map((m) => m[1]!.replace(/^\/console\//, ''));
  const js = [
    ...new Set([...refs(/<script[^>]+src="([^"]+)"/g), ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)]),
  ];
  const css = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const allJs = readdirSync(join(buildDir, 'assets'))
    .filter((name) => name.endsWith('.js') && statSync(join(buildDir, 'assets', name)).isFile())
    .map((name) => `assets/${name}`);
  const lazy = allJs.filter((file) => !js.includes(file));
  const firstJs = sizesOf(buildDir, js);
  return {
    buildDir,
    firstLoad: { js: firstJs, css: sizesOf(buildDir, css), files: [...js, ...css] },
    lazy: { js: sizesOf(buildDir, lazy), files: lazy.length },
    budgetGzipBytes: CONSOLE_JS_BUDGET_GZIP_BYTES,
    withinBudget: firstJs.gzip <= CONSOLE_JS_BUDGET_GZIP_BYTES,
  };
}

/** The weight as report lines. */
export function formatConsoleWeight(w: ConsoleWeight): string[] {
  const share = ((w.firstLoad.js.gzip / w.budgetGzipBytes) * 100).toFixed(0);
  return [
    'Console first load (GET /console/)        raw        gzip',
    `  JS  (${w.firstLoad.files.filter((f) => f.endsWith('.js')).length} files)                        ${kb(w.firstLoad.js.raw).padStart(9)}  ${kb(w.firstLoad.js.gzip).padStart(9)}   budget ${kb(w.budgetGzipBytes)} gzip: ${share}% used, ${w.withinBudget ? 'within' : 'OVER'}`,
    `  CSS (${w.firstLoad.files.filter((f) => f.endsWith('.css')).length} files)                        ${kb(w.firstLoad.css.raw).padStart(9)}  ${kb(w.firstLoad.css.gzip).padStart(9)}`,
    `  lazy page chunks (${w.lazy.files}, on demand)      ${kb(w.lazy.js.raw).padStart(9)}  ${kb(w.lazy.js.gzip).padStart(9)}`,
  ];
}

if (require.main === module) {
  const weight = consoleWeight();
  process.stdout.write(`${formatConsoleWeight(weight).join('\n')}\n\n`);
  const out = process.argv.indexOf('--out');
  if (out > 0 && process.argv[out + 1]) writeFileSync(process.argv[out + 1]!, `${JSON.stringify(weight, null, 2)}\n`);
  if (!weight.withinBudget) process.exitCode = 1;
}
