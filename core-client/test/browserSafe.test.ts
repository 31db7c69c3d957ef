import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as index from '../src/index';
import * as node from '../src/node';
import { reachFrom, SRC, stripComments } from './sourceGraph';

const NODE_GLOBALS = /\b(Buffer|process|__dirname|__filename|require)\b/;

describe('the main entry is safe for browsers and Forge', () => {
  const { files, packages } = reachFrom('index.ts');

  it('imports no package but zod', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'schemas/common.ts',
        'client/createClient.ts',
        'webhooks/verifyWebhookAsync.ts',
        'format/toAdf.ts',
      ]),
    );
    expect(packages).toEqual(['zod']);
    expect(reachFrom('node.ts').packages).toEqual(['node:crypto']); // the walk does see Node imports
  });

  it('uses no Node globals', () => {
    const offenders = files.filter((file) =>
      NODE_GLOBALS.test(stripComments(readFileSync(join(SRC, file), 'utf8')).replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '')),
    );
    expect(offenders).toEqual([]);
  });

  it('leaves the node:crypto helpers to the ./node entry', () => {
    expect(files).not.toContain('webhooks/nodeHmac.ts');
    expect(files).not.toContain('webhooks/generateWebhookSecret.ts');
    expect('nodeHmacSha256' in index).toBe(false);
    expect(Object.keys(node).sort()).toEqual(['generateWebhookSecret', 'nodeHmacSha256']);
  });

  it('is published with "." and "./node" entry points built from these files', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as {
      exports: Record<string, { types: string; default: string }>;
    };
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(pkg.exports['./node']).toEqual({ types: './dist/node.d.ts', default: './dist/node.js' });
  });
});
