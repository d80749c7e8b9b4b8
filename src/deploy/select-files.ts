/**
 * The files to publish: a walk of `path` that keeps what the rules accept. Symbolic links are
 * followed only while their target stays inside `path` — a link out of it (to `~/.ssh`, `/etc`)
 * is skipped with a warning, never read — and a link back up the tree is not walked twice.
 */
import * as runner from '../runner/index.js'
import { readdirSync, realpathSync, statSync } from 'node:fs'
import { sep } from 'node:path'
import type { FileRules } from './file-rules.js'
import { isOutside } from './inside-root.js'

export interface LocalFile {
  /** Path relative to `path`, `/`-separated: the path in the repo under `path_in_repo`. */
  relativePath: string
  /** Where to read it (a link's target, for a symbolic link). */
  absolutePath: string
}

/** A file whose name cannot be a path in a Hub repo. */
export class InvalidFileNameError extends Error {
  constructor(path: string, why: string) {
    super(`Cannot publish '${path}': ${why}. Rename it, or leave it out with the 'exclude' input.`)
    this.name = 'InvalidFileNameError'
  }
}

/**
 * Every file under `root` that `rules` accept, sorted by path. The walk is synchronous: nothing
 * else is under way before it ends, and a thousand folders read that way cost a few
 * milliseconds instead of a thread-pool round trip each.
 */
export async function selectFiles(root: string, rules: FileRules): Promise<LocalFile[]> {
  const rootReal = realpathSync(root)
  const files: LocalFile[] = []
  walk(rootReal, '', [rootReal])
  const unmatched = rules.unmatchedIncludes(files.map((file) => file.relativePath))
  for (const pattern of unmatched) {
    runner.warning(`Input 'include' has '${pattern}', which matches no file to publish in 'path'.`)
  }

  function walk(dir: string, dirPath: string, ancestors: string[]): void {
    const entries = readdirSync(dir, { withFileTypes: true })
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    // `dir` is a real path and an entry a bare name: a concatenation is what `join` would give,
    // without normalising the whole path again for each of thousands of files.
    const base = dir.endsWith(sep) ? dir : dir + sep
    for (const entry of entries) {
      const path = dirPath ? `${dirPath}/${entry.name}` : entry.name
      let target = base + entry.name
      let kind = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other'
      if (entry.isSymbolicLink()) {
        const resolved = resolveLink(rootReal, target, path)
        if (!resolved) continue
        ;({ target, kind } = resolved)
      }
      if (kind === 'folder') {
        if (!rules.mayContainFiles(path)) continue
        if (ancestors.includes(target)) {
          runner.warning(`Skipping '${path}': it links back to a folder it is in (a loop).`)
          continue
        }
        walk(target, path, [...ancestors, target])
      } else if (kind === 'file') {
        if (!rules.accepts(path)) continue
        checkName(path)
        files.push({ relativePath: path, absolutePath: target })
      } else if (rules.accepts(path)) {
        runner.warning(`Skipping '${path}': not a regular file (a socket, FIFO or device).`)
      }
    }
  }

  return files
}

/** A link's real target and its kind, or undefined (warned) when it must not be followed. */
function resolveLink(
  rootReal: string,
  link: string,
  path: string
): { target: string; kind: string } | undefined {
  let target: string
  try {
    target = realpathSync(link)
  } catch {
    runner.warning(`Skipping '${path}': a symbolic link to nothing.`)
    return undefined
  }
  if (isOutside(rootReal, target)) {
    runner.warning(
      `Skipping '${path}': a symbolic link out of 'path' (to ${target}); only links inside it are followed.`
    )
    return undefined
  }
  const info = statSync(target)
  return { target, kind: info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other' }
}

/** The Hub refuses backslashes and control characters in paths; say so before any upload. */
function checkName(path: string): void {
  if (path.includes('\\')) throw new InvalidFileNameError(path, 'its name contains a backslash')
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(path))
    throw new InvalidFileNameError(path, 'its name contains a control character')
}
