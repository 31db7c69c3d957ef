import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const SRC = join(__dirname, '..', 'src');
/** Value imports only: `import type` and `export type` are erased and carry nothing to the engine. */
const VALUE_IMPORT = /^(?:import|export)\s+(?!type\b)[^'";]*?from\s+['"]([^'"]+)['"]/gm;

/** Every source file the entry reaches through value imports, and the packages it needs at run time. */
const reach = (entry: string) => {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)) {
      const target = match[1]!;
      if (target.startsWith('.')) visit(join(dirname(file), `${target}.ts`));
      else packages.add(target);
    }
  };
  visit(entry);
  return { files: [...files].map((file) => relative(SRC, file)).sort(), packages: [...packages] };
};

const stripComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('the receiver entry (@helpdesk-verify/core-client/receiver) runs on engines without zod', () => {
  const { files, packages } = reach(join(SRC, 'receiver.ts'));

  it('reaches no package at run time: no zod, no Node', () => {
    expect(files).toEqual(expect.arrayContaining(['receiver/receiveWebhookSync.ts', 'checks/checkJsonSchema.ts', 'format/formatVerificationResult.ts']));
    expect(packages).toEqual([]);
    expect(files.filter((file) => file.startsWith('schemas/'))).toEqual([]);
  });

  it('uses none of what ServiceNow documents as missing before Zurich: globalThis, WeakMap, Promise, async, classes', () => {
    const offenders = files
      .filter((file) => /\b(globalThis|WeakMap|WeakRef|Promise|async|await|class)\b/.test(stripComments(readFileSync(join(SRC, file), 'utf8')).replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '')));
    expect(offenders).toEqual([]);
  });
});
