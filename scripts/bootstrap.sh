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

# System packages from Debian/Ubuntu, installed with apt-get when run as root: redis-server (unless
# REDIS_URL points at one), Chromium and the Noto CJK fonts that render the PDF report (unless
# CHROMIUM_PATH names a browser), and, for the test suite (ASSOCFLOW_TEST_TOOLS=1), poppler-utils
# whose pdftotext reads the PDFs back.
missing=()
if [ -z "${REDIS_URL:-}" ] && ! command -v redis-server >/dev/null 2>&1; then missing+=(redis-server); fi
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  missing+=(chromium)
fi
# The font files themselves: fc-list (package fontconfig) need not be installed, and without it
# every run would install the fonts again.
if ! compgen -G '/usr/share/fonts/opentype/noto/NotoSansCJK*' >/dev/null \
  && ! { command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh family 2>/dev/null | grep -qi 'cjk'; }; then
  missing+=(fonts-noto-cjk)
fi
if [ "${ASSOCFLOW_TEST_TOOLS:-}" = 1 ] && ! command -v pdftotext >/dev/null 2>&1; then missing+=(poppler-utils); fi

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing ${missing[*]} from the system packages"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    log "missing system packages: ${missing[*]}. Install them (Debian/Ubuntu: sudo apt-get install ${missing[*]};" \
        "macOS: brew install redis poppler and a Chromium) or set REDIS_URL to a running Redis and CHROMIUM_PATH" \
        "to a Chromium or Chrome binary."
    case " ${missing[*]} " in
      *" redis-server "*) exit 1 ;;
      *) log "going on without them: the PDF report (and its tests) need Chromium and CJK fonts" ;;
    esac
  fi
fi
