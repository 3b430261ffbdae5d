#!/usr/bin/env bash
# `npm test`: set up what the suite needs on a fresh machine, then run every jest project.
# The suite starts its own redis-server (test/support/global-setup.ts) unless REDIS_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
ASSOCFLOW_TEST_TOOLS=1 bash scripts/bootstrap.sh
export PATH="$PWD/node_modules/.bin:$PATH"
# The whole suite (no arguments, as in CI) is linted and type-checked first; a run of chosen
# tests (`npm test -- path`) goes straight to jest.
if [ $# -eq 0 ]; then bash scripts/lint.sh; fi
# On two cores jest runs the files in one process, whose heap grows with every file it loads
# (about 4 GB by the end of the suite): room for it, well within the machine's memory.
exec node --experimental-vm-modules --no-warnings=ExperimentalWarning --max-old-space-size=8192 \
  node_modules/jest/bin/jest.js --ci "$@"
