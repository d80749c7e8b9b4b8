/**
 * Which files of `path` are published: not in `.git/` or `.github/`, matching `include` (when
 * given), not matching `exclude`, not ignored by the root `.gitignore`. The same rules protect
 * remote files from deletion: a file the rules leave out is none of the deploy's business.
 *
 * Globs follow `.gitignore` conventions: a pattern without `/` matches a name at any depth
 * (`*.py`, `node_modules`); one with a `/` matches from the root of `path` (`src/**`, `/notes.md`);
 * a trailing `/` matches folders only; a pattern matching a folder covers everything in it.
 */
import * as runner from '../runner/index.js'
import ignore from 'ignore'
import picomatch from 'picomatch'
import { readFile, realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { isOutside } from './inside-root.js'

/** Folders never published, at any depth: git's own data and GitHub's workflows. */
const ALWAYS_EXCLUDED = new Set(['.git', '.github'])

interface Glob {
  /** The pattern as the user wrote it. */
  source: string
  test: (text: string) => boolean
  /** Matched against the whole relative path (else against each name). */
  anchored: boolean
  /** Only matches folders. */
  folderOnly: boolean
}

export class FileRules {
  private constructor(
    private readonly include: Glob[],
    private readonly exclude: Glob[],
    private readonly gitignore: ignore.Ignore
  ) {}

  /** The rules for `root`: the given globs and the root `.gitignore`, if there is one. */
  static async load(root: string, include: string[], exclude: string[]): Promise<FileRules> {
    return FileRules.of(include, exclude, await readRootGitignore(root))
  }

  static of(include: string[], exclude: string[], gitignore = ''): FileRules {
    return new FileRules(include.map(compile), exclude.map(compile), ignore().add(gitignore))
  }

  /** Whether a file at `path` (relative, `/`-separated) is published. */
  accepts(path: string): boolean {
    const names = path.split('/')
    if (names.some((name) => ALWAYS_EXCLUDED.has(name))) return false
    if (this.include.length > 0 && !matches(this.include, names)) return false
    if (matches(this.exclude, names)) return false
    return !this.gitignore.ignores(path)
  }

  /** The `include` patterns that match none of `paths` (the files selected for publishing). */
  unmatchedIncludes(paths: readonly string[]): string[] {
    const split = paths.map((path) => path.split('/'))
    return this.include
      .filter((glob) => !split.some((names) => matches([glob], names)))
      .map((glob) => glob.source)
  }

  /**
   * Whether the walk may enter folder `path`: false when nothing inside could be published
   * (`include` cannot prune: a file deep inside may still match it).
   */
  mayContainFiles(path: string): boolean {
    const names = path.split('/')
    if (names.some((name) => ALWAYS_EXCLUDED.has(name))) return false
    if (matches(this.exclude, names, true)) return false
    return !this.gitignore.ignores(`${path}/`)
  }
}

function compile(raw: string): Glob {
  let pattern = raw.trim().replace(/^\.\//, '')
  const rooted = pattern.startsWith('/')
  pattern = pattern.replace(/^\/+/, '')
  const folderOnly = pattern.endsWith('/')
  pattern = pattern.replace(/\/+$/, '')
  return {
    source: raw.trim(),
    test: picomatch(pattern, { dot: true }),
    anchored: rooted || pattern.includes('/'),
    folderOnly
  }
}

/**
 * Whether a glob matches the path made of `names` or one of the folders it is in.
 * @param isFolder the path itself is a folder
 */
function matches(globs: Glob[], names: string[], isFolder = false): boolean {
  for (let depth = 1; depth <= names.length; depth++) {
    const folder = depth < names.length || isFolder
    const prefix = names.slice(0, depth).join('/')
    for (const glob of globs) {
      if (glob.folderOnly && !folder) continue
      if (glob.test(glob.anchored ? prefix : names[depth - 1])) return true
    }
  }
  return false
}

/**
 * The root `.gitignore`'s text ('' when there is none). A link to a file outside `root` is not
 * read, as no file outside `path` is: its rules are not the folder's.
 */
async function readRootGitignore(root: string): Promise<string> {
  const file = join(root, '.gitignore')
  let target: string
  try {
    target = await realpath(file)
  } catch {
    return ''
  }
  if (isOutside(await realpath(root), target)) {
    runner.warning(
      "Not reading the root '.gitignore': it is a symbolic link out of 'path'; only files inside it are read."
    )
    return ''
  }
  return readFile(target, 'utf8').catch(() => '')
}
