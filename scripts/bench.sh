#!/usr/bin/env bash
# `npm run bench:<name>`: bring the machine up (bootstrap), compile if any source is newer
# than the last build, then run dist/bench/<name>/main.js with the project's Node 24.
# Extra arguments go to node, e.g. `npm run bench:eventstore -- --cpu-prof`.
# The benchmark prints its table on stdout and ends with one line `RESULT <json>`.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/bench.sh <name> [node options...]}
shift
[ -f "bench/$name/main.ts" ] || { echo "[bench] no bench/$name/main.ts" >&2; exit 2; }
bash scripts/bootstrap.sh
export PATH="$PWD/node_modules/.bin:$PATH"

entry="dist/bench/$name/main.js"
if [ ! -f "$entry" ] || [ -n "$(find apps libs bench tsconfig.json tsconfig.build.json package-lock.json \
      -newer "$entry" \( -name '*.ts' -o -name '*.json' \) -print -quit 2>/dev/null)" ]; then
  echo "[bench] compiling (tsc -p tsconfig.build.json)" >&2
  log=$(mktemp)
  if ! tsc -p tsconfig.build.json >"$log" 2>&1; then
    # tsc still emits on type errors. Errors elsewhere in a tree being worked on must not
    # stop a benchmark, errors in bench/ must.
    cat "$log" >&2
    if grep -q '^bench/' "$log" || [ ! -f "$entry" ]; then rm -f "$log"; echo "[bench] build failed" >&2; exit 1; fi
    echo "[bench] tsc reported errors outside bench/; running what it emitted" >&2
  fi
  rm -f "$log"
  touch "$entry"
fi
exec node "$@" "$entry"
