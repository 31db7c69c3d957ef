#!/usr/bin/env bash
# `npm run bench`: build, print the console's first-load weight and the Zendesk sidebar's JS, then measure
# create-verification throughput/latency and webhook delivery latency on 127.0.0.1 against baselines measured
# in the same run (see bench/README.md).
# Flags pass through (`npm run bench -- --duration 5`); DATABASE_URL adds a PostgreSQL target.
# Prints a table and writes bench/results/<UTC timestamp>.json.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-node-modules.sh
npx tsc -b
npx tsc -b bench
out="bench/results/$(date -u +%Y%m%dT%H%M%SZ).json"
# The console's first-load JS/CSS against its 200 KB gzip budget (fails the bench when over).
npm run --silent build:console -w verification-service
mkdir -p bench/results
node bench/dist/consoleWeight.js --out "${out%.json}-console.json"
# The Zendesk sidebar's JS (a CHECK-ONLY build: placeholder domain, never installable).
node zendesk-sidebar-app/scripts/buildApp.mjs --check > /dev/null
node bench/dist/sidebarWeight.js --out "${out%.json}-sidebar.json"
exec node bench/dist/main.js --out "$out" "$@"
