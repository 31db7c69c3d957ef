#!/usr/bin/env bash
# `npm test`: install what the tests need (npm packages, PostgreSQL, Chromium, OpenLDAP, Rhino), type-check, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-node-modules.sh
bash scripts/ensure-system-packages.sh postgresql chromium slapd ldap-utils rhino
npx tsc -b
npx tsc -p tsconfig.tests.json
# Formatting, ESLint and the import boundaries (cycles, floors, who may import the service): scripts/lint.sh.
npm run lint
# Each ticketing app builds, type-checks and validates itself (now-sdk build, manifest validation, app package).
npm run check --workspaces --if-present
results=$(mktemp)
# Two workers: jest's default on two cores is one, and most suites wait on PostgreSQL, PGlite or Chromium
# rather than compute (1 385 s serial, 960 s with two on the 2-core machine).
status=0
node --experimental-vm-modules node_modules/jest/bin/jest.js --ci --maxWorkers=2 --json --outputFile="$results" "$@" || status=$?
# The plain closing line CI reads.
node -e 'const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8")); console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""))' "$results" || true
rm -f "$results"
exit "$status"
