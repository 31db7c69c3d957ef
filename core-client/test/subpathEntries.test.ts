import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reachFrom, SRC } from './sourceGraph';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as {
  exports: Record<string, { types: string; default: string } | string>;
  typesVersions: { '*': Record<string, string[]> };
};
const subpaths = Object.keys(pkg.exports)
  .filter((key) => key.startsWith('./') && key !== './package.json')
  .map((key) => key.slice(2));

describe('the subpath entries (@helpdesk-verify/core-client/<name>)', () => {
  it('are each built from src/<name>.ts, which the jest mapper, tsconfig paths and Vite aliases rely on', () => {
    expect(subpaths).toEqual(expect.arrayContaining(['schemas', 'api', 'client', 'webhooks', 'templates', 'receiver']));
    for (const name of subpaths) {
      expect(existsSync(join(SRC, `${name}.ts`))).toBe(true);
      expect(pkg.exports[`./${name}`]).toEqual({
        types: `./dist/${name}.d.ts`,
        default: name === 'receiver' ? './dist/es5/receiver.js' : `./dist/${name}.js`,
      });
      expect(pkg.typesVersions['*'][name]).toEqual([`dist/${name}.d.ts`]);
    }
  });

  it('keep the browser entries free of Node: zod is their only package', () => {
    for (const name of ['schemas', 'api', 'client', 'webhooks', 'format', 'openapi', 'templates']) {
      expect(reachFrom(`${name}.ts`).packages.filter((p) => p !== 'zod')).toEqual([]);
    }
  });
});
