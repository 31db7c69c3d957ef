#!/usr/bin/env bash
# `npm test`: install what the tests need (npm packages, PostgreSQL, Chromium, OpenLDAP, Rhino), type-check, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
# Each step's wall time, so the fixed cost before jest is visible in CI's log.
step() {
  local started=$SECONDS
  "$@"
  echo "npm test: \`$*\` took $((SECONDS - started)) s"
}
step bash scripts/ensure-node-modules.sh
step bash scripts/ensure-system-packages.sh postgresql chromium slapd ldap-utils rhino
step npx tsc -b
step npx tsc -p tsconfig.tests.json
# Formatting, ESLint and the import boundaries (cycles, floors, who may import the service): scripts/lint.sh.
step npm run lint
# Each ticketing app builds, type-checks and validates itself (now-sdk build, manifest validation, app package).
step npm run check --workspaces --if-present
results=$(mktemp)
# Two workers: jest's default on two cores is one, and most suites wait on PostgreSQL, PGlite or Chromium
# rather than compute (1 385 s serial, 960 s with two on the 2-core machine).
status=0
jest_started=$SECONDS
node --experimental-vm-modules node_modules/jest/bin/jest.js --ci --maxWorkers=2 --json --outputFile="$results" "$@" || status=$?
# The slowest suites and the plain closing line CI reads.
echo "npm test: jest took $((SECONDS - jest_started)) s; all of npm test $SECONDS s"
node scripts/printJestSummary.js "$results" || true
rm -f "$results"
exit "$status"
