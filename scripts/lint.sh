#!/usr/bin/env bash
# `npm run lint`: Prettier, ESLint and the architecture check (scripts/checkArchitecture.js), side by side (two cores,
# and each mostly uses one). Each one's output is printed whole; any failure fails the run.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

npx prettier --check --cache --log-level warn . >"$out/prettier" 2>&1 &
prettier=$!
npx eslint --cache --cache-location node_modules/.cache/eslint/ . >"$out/eslint" 2>&1 &
eslint=$!
node scripts/checkArchitecture.js >"$out/architecture" 2>&1 &
architecture=$!

status=0
report() {
  local name=$1 pid=$2
  if wait "$pid"; then
    echo "lint: $name passed"
  else
    status=1
    cat "$out/$name"
    echo "lint: $name FAILED"
  fi
}
report prettier "$prettier"
report eslint "$eslint"
report architecture "$architecture"
exit "$status"
