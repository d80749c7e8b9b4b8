#!/usr/bin/env bash
# Can this commit be released as VERSION? The checks the release workflow makes before it tags,
# runnable locally (after `npm ci`) on a clean checkout:
#   scripts/release-check.sh 1.2.0     (or v1.2.0)
# - VERSION is MAJOR.MINOR.PATCH, and package.json and src/version.ts say the same;
# - CHANGELOG.md has a dated, non-empty section for it (its release notes);
# - dist/ is committed as it is (no local change), and rebuilding it from src/ gives the same bundle:
#   a tag whose dist/ is stale would run code no test has seen.
# Exits 1 naming every check that failed; the rebuild is skipped when a cheaper check failed.
set -euo pipefail
cd "$(dirname "$0")/.."

version="${1:-}"
version="${version#v}"
if [[ ! "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "Usage: scripts/release-check.sh VERSION, with VERSION as MAJOR.MINOR.PATCH (e.g. 1.2.0); got '${1:-}'." >&2
  exit 2
fi

failures=()
package_version=$(node -p "require('./package.json').version")
if [ "$package_version" != "$version" ]; then
  failures+=("package.json's version is $package_version, not $version: set it with 'npm version $version --no-git-tag-version' and commit.")
fi
source_version=$(sed -n "s/^export const ACTION_VERSION = '\(.*\)'$/\1/p" src/version.ts)
if [ "$source_version" != "$version" ]; then
  failures+=("src/version.ts says '$source_version', not $version: keep ACTION_VERSION equal to package.json's version.")
fi
if ! notes_error=$(npx --no-install tsx scripts/release-notes.ts "$version" 2>&1 >/dev/null); then
  failures+=("$notes_error")
fi
if [ -n "$(git status --porcelain -- dist)" ]; then
  failures+=("dist/ has changes that are not committed: a tag holds only what is committed.")
fi

if [ ${#failures[@]} -eq 0 ]; then
  if ! dist_report=$(scripts/check-dist.sh 2>&1); then
    failures+=("dist/ is stale: rebuilding it from src/ gives another bundle. Run 'npm run build' and commit dist/. ($dist_report)")
  fi
fi

if [ ${#failures[@]} -gt 0 ]; then
  echo "Not releasable as $version:" >&2
  for failure in "${failures[@]}"; do echo "- $failure" >&2; done
  exit 1
fi
echo "Releasable as $version: versions agree, CHANGELOG.md has its notes, dist/ is committed and fresh."
