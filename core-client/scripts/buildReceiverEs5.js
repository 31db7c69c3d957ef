#!/usr/bin/env node
// Builds dist/es5/: the zod-free receiver entry lowered to ES5 as ES modules, for ServiceNow's
// now-sdk, which bundles a dependency's JavaScript as it is (see tsconfig.receiver-es5.json).
const { execFileSync } = require('node:child_process');
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
execFileSync(
  process.execPath,
  [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.receiver-es5.json')],
  { stdio: 'inherit' },
);
mkdirSync(join(root, 'dist', 'es5'), { recursive: true });
writeFileSync(join(root, 'dist', 'es5', 'package.json'), '{ "type": "module" }\n');
