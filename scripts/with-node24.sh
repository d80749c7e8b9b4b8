#!/usr/bin/env bash
# Runs a command with Node 24 (the runner's Node, `runs.using: node24`) first on PATH.
# Node 24 comes from the npm registry's `node` package, installed once into .cache/node24 so it
# never shadows the machine's Node in node_modules/.bin.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=.cache/node24
bin="$prefix/node_modules/node/bin"
if [ ! -x "$bin/node" ]; then
  mkdir -p "$prefix"
  echo '{"private":true}' > "$prefix/package.json"
  npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error node@24 >&2
fi
export PATH="$PWD/$bin:$PATH"
echo "with-node24: $(node --version)" >&2
exec "$@"
