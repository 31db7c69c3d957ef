#!/usr/bin/env bash
# `npm test`: install what the tests need (npm packages, PostgreSQL), type-check, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-node-modules.sh
bash scripts/ensure-system-packages.sh postgresql
npx tsc -b
npx tsc -p tsconfig.tests.json
node --experimental-vm-modules node_modules/jest/bin/jest.js --ci "$@"
