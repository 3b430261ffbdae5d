#!/usr/bin/env bash
# `npm run lint`: Prettier's check of the code (`npm run format` mends it), ESLint over apps, libs,
# test and bench (eslint.config.mjs), then the type check of everything tsconfig.json includes,
# tests and benchmarks too. `npm test` runs it first.
set -euo pipefail
cd "$(dirname "$0")/.."
node=node_modules/.bin/node
[ -x "$node" ] || node=node
echo '[lint] prettier --check (npm run format mends)' >&2
"$node" node_modules/prettier/bin/prettier.cjs --check --log-level warn "**/*.{ts,mts,mjs,cjs,js}"
echo '[lint] eslint' >&2
"$node" node_modules/eslint/bin/eslint.js --max-warnings=0 .
echo '[lint] tsc --noEmit' >&2
"$node" node_modules/typescript/bin/tsc -p tsconfig.json --noEmit
