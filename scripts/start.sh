#!/usr/bin/env bash
# `npm start`: install, build, and run the service on the embedded PGlite database with a demo
# organisation and local mail/SMS capture. Settings: see README (environment variables).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-node-modules.sh
npx tsc -b
npm run build:console --silent -w verification-service
export HV_DEMO="${HV_DEMO:-true}"
export HV_ALLOW_PRIVATE_WEBHOOK_TARGETS="${HV_ALLOW_PRIVATE_WEBHOOK_TARGETS:-true}"
exec node verification-service/dist/main.js
