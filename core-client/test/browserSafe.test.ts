import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as index from '../src/index';
import * as node from '../src/node';

const SRC = join(__dirname, '..', 'src');
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const NODE_GLOBALS = /\b(Buffer|process|__dirname|__filename|require)\b/;

/** Every source file the given entry reaches, with the bare module names it imports. */
const reach = (entry: string) => {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const target = match[1] ?? match[2] ?? match[3]!;
      if (target.startsWith('.')) visit(join(dirname(file), `${target}.ts`));
      else packages.add(target);
    }
  };
  visit(entry);
  return { files: [...files].map((file) => relative(SRC, file)), packages: [...packages] };
};

const stripComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('the main entry is safe for browsers and Forge', () => {
  const { files, packages } = reach(join(SRC, 'index.ts'));

  it('imports no package but zod', () => {
    expect(files).toEqual(expect.arrayContaining(['schemas/common.ts', 'client/createClient.ts', 'webhooks/verifyWebhookAsync.ts', 'format/toAdf.ts']));
    expect(packages).toEqual(['zod']);
    expect(reach(join(SRC, 'node.ts')).packages).toEqual(['node:crypto']); // the walk does see Node imports
  });

  it('uses no Node globals', () => {
    const offenders = files.filter((file) => NODE_GLOBALS.test(stripComments(readFileSync(join(SRC, file), 'utf8')).replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '')));
    expect(offenders).toEqual([]);
  });

  it('leaves the node:crypto helpers to the ./node entry', () => {
    expect(files).not.toContain('webhooks/nodeHmac.ts');
    expect(files).not.toContain('webhooks/generateWebhookSecret.ts');
    expect('nodeHmacSha256' in index).toBe(false);
    expect(Object.keys(node).sort()).toEqual(['generateWebhookSecret', 'nodeHmacSha256']);
  });

  it('is published with "." and "./node" entry points built from these files', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { exports: Record<string, { types: string; default: string }> };
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(pkg.exports['./node']).toEqual({ types: './dist/node.d.ts', default: './dist/node.js' });
  });
});
