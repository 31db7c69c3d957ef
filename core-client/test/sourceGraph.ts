import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** core-client's source folder. */
export const SRC = join(__dirname, '..', 'src');

const ANY_IMPORT =
  /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;
/** Value imports only: `import type` / `export type` are erased and carry nothing to run time. */
const VALUE_IMPORT = /^(?:import|export)\s+(?!type\b)[^'";]*?from\s+['"]([^'"]+)['"]/gm;

/**
 * Every source file an entry reaches, relative to `src/`, and the bare module names it imports;
 * `valuesOnly` follows only the imports that survive compilation.
 */
export const reachFrom = (entry: string, options: { valuesOnly?: boolean } = {}) => {
  const pattern = options.valuesOnly ? VALUE_IMPORT : ANY_IMPORT;
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
      const target = match[1] ?? match[2] ?? match[3]!;
      if (target.startsWith('.')) visit(join(dirname(file), `${target}.ts`));
      else packages.add(target);
    }
  };
  visit(join(SRC, entry));
  return { files: [...files].map((file) => relative(SRC, file)), packages: [...packages] };
};

/** Source without comments, so words in them are not mistaken for code. */
export const stripComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
