#!/usr/bin/env bash
# Installs the npm dependencies exactly as locked, once per lock file change.
set -euo pipefail
cd "$(dirname "$0")/.."
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 20 ]; then
  echo "Helpdesk Verify needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi
stamp=node_modules/.helpdesk-verify-lock
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Installing npm dependencies (npm ci)…"
  # The registry sometimes stalls mid-download (EIDLETIMEOUT); a fresh attempt then goes through.
  for attempt in 1 2 3; do
    npm ci --no-audit --no-fund --loglevel=error --fetch-retries=5 --fetch-timeout=120000 && break
    if [ "$attempt" = 3 ]; then echo "npm ci failed three times; see the errors above." >&2; exit 1; fi
    echo "npm ci failed (attempt $attempt); trying again…" >&2
  done
  echo "$want" > "$stamp"
fi
