#!/usr/bin/env bash
# Brings the project to a runnable state on a fresh machine: its own Node 24, the npm
# dependencies with native addons built for that Node, and (unless REDIS_URL is set) a
# redis-server binary from the system packages. Idempotent and quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
stamp=node_modules/.assocflow-installed
want=$(sha256sum package-lock.json | cut -d' ' -f1)

log() { printf '[bootstrap] %s\n' "$*" >&2; }

if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -x node_modules/.bin/node ]; then
  log "installing npm dependencies (first run, or package-lock.json changed)"
  # Scripts are skipped on the first pass: native addons must be built for the project's
  # Node 24, whose binary and headers only exist once the `node` package is in place.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  npm rebuild node --loglevel=error >/dev/null
  nodedir=$(dirname "$(dirname "$(ls -d "$root"/node_modules/node/node_modules/*/include/node 2>/dev/null | head -n1)")")
  [ -f "$nodedir/include/node/node.h" ] || { log "the node package did not install its binary"; exit 1; }
  log "building native addons for $("$root/node_modules/.bin/node" --version) (a minute or two on 2 cores)"
  PATH="$root/node_modules/.bin:$PATH" npm_config_nodedir="$nodedir" \
    npm rebuild sqlite3 --loglevel=error >/dev/null
  echo "$want" > "$stamp"
fi

if [ -z "${REDIS_URL:-}" ] && ! command -v redis-server >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing redis-server from the system packages"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  else
    log "redis-server is missing. Install it (Debian/Ubuntu: sudo apt-get install redis-server," \
        "macOS: brew install redis) or point REDIS_URL at a running Redis."
    exit 1
  fi
fi
