#!/usr/bin/env bash
# Rebuilds the bundle into a temporary folder and fails when it differs from the committed dist/:
# the runner executes dist/index.js and the chunks it imports (one per mode), so a stale bundle
# would ship code that no test has seen. `diff -r` covers every file, chunks included.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
npx ncc build src/index.ts -o "$out/dist" --stats-out "$out/stats.json" >/dev/null
node scripts/write-licenses.mjs "$out/dist" "$out/stats.json"
if ! diff -r --brief dist "$out/dist"; then
  echo "dist/ does not match src/: run 'npm run build' and commit dist/." >&2
  exit 1
fi
echo "dist/ matches src/"
