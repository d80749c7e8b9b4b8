/**
 * What the Hub refuses in a git push, checked by a `pre-receive` hook in every emulated repo (git
 * prints what a hook writes as `remote:` lines and reports `pre-receive hook declined`):
 * - a file over 10 MiB stored in git rather than LFS;
 * - a binary file (a NUL byte in its first 8000 bytes, git's own test) over 1 MiB outside LFS.
 * The messages are the Hub's as users have quoted them (huggingface_hub#91, #1404; the binary one
 * with the 2026 link to the Xet docs, qdonnars/ohmywind#289). The 1 MiB threshold for binary files
 * is the one the Hub announced in 2022 (huggingface_hub#657, #687). LFS pointers are small text,
 * so an LFS-tracked file always passes. Commits over HTTP are checked by the commit route instead.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MAX_REGULAR_FILE } from './commit-request.js'

const MAX_GIT_BINARY_FILE = 1024 * 1024

const RULE = '-'.repeat(73)

const HOOK = `#!/bin/sh
# Written by the Hub emulator (emulator/push-rules.ts): the Hub's checks of pushed files.
zero=0000000000000000000000000000000000000000
found=$(
  while read -r old new ref; do
    [ "$new" = "$zero" ] && continue
    git rev-list --objects "$new" --not --all |
      git cat-file --batch-check='%(objecttype) %(objectname) %(objectsize) %(rest)' |
      while read -r type oid size path; do
        [ "$type" = blob ] || continue
        if [ "$size" -gt ${MAX_REGULAR_FILE} ]; then
          echo "large  - $path (ref: $ref)"
        elif [ "$size" -gt ${MAX_GIT_BINARY_FILE} ] &&
          [ "$(git cat-file blob "$oid" | head -c 8000 | tr -cd '\\000' | wc -c)" -gt 0 ]; then
          echo "binary  - $path (ref: $ref)"
        fi
      done
  done
)
[ -z "$found" ] && exit 0
large=$(printf '%s\\n' "$found" | sed -n 's/^large //p')
binary=$(printf '%s\\n' "$found" | sed -n 's/^binary //p')
if [ -n "$large" ]; then
  printf '%s\\n' '${RULE}' \\
    'Your push was rejected because it contains files larger than 10M.' \\
    'Please use https://git-lfs.github.com/ to store larger files.' \\
    '${RULE}' 'Offending files:' "$large" >&2
fi
if [ -n "$binary" ]; then
  printf '%s\\n' '${RULE}' \\
    'Your push was rejected because it contains binary files.' \\
    'Please use https://huggingface.co/docs/hub/xet to store binary files.' \\
    'See also: https://hf.co/docs/hub/repositories-getting-started#terminal' \\
    '${RULE}' 'Offending files:' "$binary" >&2
fi
exit 1
`

/** Installs the Hub's push checks in the bare repo at `gitDir`. */
export async function installPushRules(gitDir: string): Promise<void> {
  await mkdir(join(gitDir, 'hooks'), { recursive: true })
  const hook = join(gitDir, 'hooks', 'pre-receive')
  await writeFile(hook, HOOK)
  await chmod(hook, 0o755)
}
