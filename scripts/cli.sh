#!/usr/bin/env bash
# `npm run cli -- <command>`: the assocflow command line on the project's Node 24. Bootstraps,
# rebuilds dist/ when it is missing or older than the sources, then runs the compiled cli.
# Without REDIS_URL it uses the local redis-server that `npm start` leaves running, if any.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
log() { printf '[cli] %s\n' "$*" >&2; }

if [ -z "${REDIS_URL:-}" ] && [ -f var/redis/redis.pid ] && [ -f var/redis/redis.port ] \
  && kill -0 "$(cat var/redis/redis.pid)" 2>/dev/null; then
  export REDIS_URL="redis://127.0.0.1:$(cat var/redis/redis.port)"
fi

bash scripts/bootstrap.sh
node="$root/node_modules/.bin/node"

# dist/.build-ok is touched after every successful build (here and in scripts/start.sh).
stamp=dist/.build-ok
if [ ! -f "$stamp" ] || [ ! -f dist/apps/cli/src/main.js ] || [ -n "$(find apps libs \
  tsconfig.json tsconfig.build.json package-lock.json -newer "$stamp" \( -name '*.ts' -o -name '*.json' \) \
  ! -name '*.spec.ts' -print -quit 2>/dev/null)" ]; then
  log "building (tsc -p tsconfig.build.json)"
  PATH="$root/node_modules/.bin:$PATH" "$node" node_modules/typescript/bin/tsc -p tsconfig.build.json >&2
  touch "$stamp"
fi

exec "$node" dist/apps/cli/src/main.js "$@"
