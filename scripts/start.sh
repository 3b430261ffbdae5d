#!/usr/bin/env bash
# `npm start`: bootstrap (Node 24, npm dependencies, redis-server), build, then run the worker
# in the background and the api in the foreground until it exits or Ctrl-C/SIGTERM arrives.
# Without REDIS_URL a local redis-server daemon is started (data in var/redis, AOF on,
# noeviction) or, when one started by an earlier run is still alive, reused. It keeps running
# after the api stops; stop it with: kill "$(cat var/redis/redis.pid)".
# Everything runs on the project's own Node (node_modules/.bin/node), whatever the system has.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

log() { printf '[start] %s\n' "$*" >&2; }

bash scripts/bootstrap.sh
export PATH="$root/node_modules/.bin:$PATH"
node="$root/node_modules/.bin/node"

log "building (tsc -p tsconfig.build.json)"
"$node" node_modules/typescript/bin/tsc -p tsconfig.build.json
mkdir -p dist && touch dist/.build-ok

# --- Redis -------------------------------------------------------------------------------
redis_dir="$root/var/redis"
redis_pidfile="$redis_dir/redis.pid"
redis_portfile="$redis_dir/redis.port"

redis_ping() { # port
  if command -v redis-cli >/dev/null 2>&1; then
    [ "$(redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" = PONG ]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  "$node" -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

start_local_redis() {
  mkdir -p "$redis_dir"
  if [ -f "$redis_pidfile" ] && [ -f "$redis_portfile" ] && kill -0 "$(cat "$redis_pidfile")" 2>/dev/null \
    && redis_ping "$(cat "$redis_portfile")"; then
    redis_port=$(cat "$redis_portfile")
    log "reusing the local redis-server (pid $(cat "$redis_pidfile"), port $redis_port)"
    return
  fi
  rm -f "$redis_pidfile" "$redis_portfile"
  redis_port=6379
  if port_taken "$redis_port"; then
    redis_port=$(free_port)
    log "port 6379 is taken, using $redis_port"
  fi
  log "starting a local redis-server on 127.0.0.1:$redis_port (data in var/redis)"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$redis_port" --dir "$redis_dir" \
    --appendonly yes --appendfsync everysec --maxmemory-policy noeviction \
    --pidfile "$redis_pidfile" --logfile "$redis_dir/redis.log"
  for _ in $(seq 1 100); do
    if redis_ping "$redis_port"; then
      echo "$redis_port" > "$redis_portfile"
      return
    fi
    sleep 0.1
  done
  log "redis-server did not come up; the end of var/redis/redis.log:"
  tail -n 20 "$redis_dir/redis.log" >&2 || true
  exit 1
}

redis_note="REDIS_URL from the environment"
if [ -z "${REDIS_URL:-}" ]; then
  start_local_redis
  export REDIS_URL="redis://127.0.0.1:$redis_port"
  redis_note="$REDIS_URL (local, stop with: kill \$(cat var/redis/redis.pid))"
fi

# --- Secrets kept in var/ (mode 600) when the environment gives none, so they outlive a restart ---
# keep_secret VAR file: export VAR from var/<file>, creating it with 32 random bytes (hex) first.
keep_secret() {
  local name=$1 file="$root/var/$2"
  [ -n "${!name:-}" ] && return 0
  if [ ! -s "$file" ]; then
    (umask 077; "$node" -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("hex"))' > "$file")
  fi
  export "$name=$(cat "$file")"
}
keep_secret SESSION_SECRET session-secret          # seals the dashboard's session cookies
keep_secret WEBHOOK_SECRET_KEY webhook-secret-key  # seals webhook signing secrets in the event log

# --- First start of the embedded default: an admin key per tenant --------------------------
# Keys are stored only as hashes; on the first start the new keys are also written to
# var/admin-keys.txt (mode 600) so that a new user can try the API at once.
keys_file="$root/var/admin-keys.txt"
if [ -z "${EVENTSTORE_CONNECTION_STRING:-}" ] && [ ! -f "$keys_file" ]; then
  tenants=$( (find seeds -mindepth 1 -maxdepth 1 -type d -printf '%f\n' 2>/dev/null || true) | sort)
  [ -n "$tenants" ] || tenants=demo
  # The operator tenant's admin key opens the queue board (/admin/queues), which shows every tenant's jobs.
  tenants="$tenants ${OPERATOR_TENANT:-ops}"
  umask 077
  : > "$keys_file.tmp"
  for tenant in $tenants; do
    token=$("$node" dist/apps/cli/src/main.js keys create --tenant "$tenant" --role admin --label 'first start' | tail -n 1)
    printf '%s %s\n' "$tenant" "$token" >> "$keys_file.tmp"
  done
  mv "$keys_file.tmp" "$keys_file"
  umask 022
fi

# --- Seeds: imported on the first start, and again whenever they change --------------------
# Each line carries an idempotency key, so importing again appends nothing that is already there.
seeds_marker="$root/var/seeds-imported"
if [ -z "${EVENTSTORE_CONNECTION_STRING:-}" ] && compgen -G 'seeds/*/*.ndjson' >/dev/null; then
  seeds_hash=$(cat seeds/*/*.ndjson | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$seeds_marker" 2>/dev/null)" != "$seeds_hash" ]; then
    log "importing the seeds (seeds/<tenant>/<year>.ndjson)"
    if "$node" dist/apps/cli/src/main.js import seeds >/dev/null; then
      echo "$seeds_hash" > "$seeds_marker"
    else
      log "some seed lines were rejected (listed above); the api starts anyway"
    fi
  fi
fi

# --- Worker and api ----------------------------------------------------------------------
worker_pid=''
api_pid=''

stop_process() { # pid name: SIGTERM, then SIGKILL after 20 s
  local pid=$1 name=$2
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 200); do
    kill -0 "$pid" 2>/dev/null || break # bash reaps its children as they exit
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name did not stop within 20 s, killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}
on_exit() {
  trap - INT TERM
  stop_process "$api_pid" api
  stop_process "$worker_pid" worker
}
trap on_exit EXIT
trap 'log "stopping"; exit 130' INT
trap 'log "stopping"; exit 143' TERM

port=${PORT:-3000}
host=${HOST:-0.0.0.0}
if [ "$port" != 0 ] && port_taken "$port"; then
  log "port $port is already in use (another api running?); set PORT to use another one"
  exit 1
fi

"$node" dist/apps/worker/src/main.js &
worker_pid=$!
"$node" dist/apps/api/src/main.js &
api_pid=$!

case "$host" in 0.0.0.0 | :: | '[::]') host=localhost ;; esac
url="http://$host:$port"
for _ in $(seq 1 300); do
  kill -0 "$api_pid" 2>/dev/null || break
  if [ "$port" != 0 ] && port_taken "$port"; then
    printf '\n  assocflow api   %s\n  dashboard       %s/dashboard (sign in with a tenant key below)\n  docs (OpenAPI)  %s/docs\n  health          %s/health\n  queue board     %s/admin/queues (the %s key)\n  redis           %s\n' \
      "$url" "$url" "$url" "$url" "$url" "${OPERATOR_TENANT:-ops}" "$redis_note" >&2
    if [ -f "$keys_file" ]; then
      printf '  admin keys      (from %s; send as "Authorization: Bearer <key>")\n' "var/admin-keys.txt" >&2
      while read -r tenant token; do printf '    %-14s %s\n' "$tenant" "$token" >&2; done < "$keys_file"
    fi
    printf '\n' >&2
    break
  fi
  sleep 0.1
done

status=0
wait "$api_pid" || status=$?
api_pid=''
exit "$status"
