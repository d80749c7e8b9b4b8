/**
 * A commit written by one `git fast-import`: it builds the trees that change from the parent's
 * and the commit, all in one pack, where `read-tree`, `update-index`, `write-tree` and
 * `commit-tree` on a temporary index take four processes and write a loose object per folder
 * (each a few file-system calls, slow on some file systems).
 */
import { randomBytes } from 'node:crypto'
import { GitError, type CommitAuthor, type IndexChange } from './git.js'

export interface NewCommit {
  /** Undefined: a root commit. */
  parent?: string
  /** Paths to set (`oid`, whose blob the repo holds) or remove, relative to the parent's tree. */
  changes: IndexChange[]
  message: string
  author: CommitAuthor
  date?: Date
}

/** `git fast-import` and its options: no deltas, light compression, few loose objects. */
export const FAST_IMPORT_ARGS = ['-c', 'pack.compression=1', 'fast-import', '--quiet', '--depth=0']

/** A commit written, and the tree id of each folder asked about (undefined: no folder there). */
export interface WrittenCommit {
  sha: string
  folderTrees: Map<string, string | undefined>
}

/**
 * fast-import's input for `commit`, asking too for the tree ids of `folders` (`''`: the root) in
 * it. The commit is built on a scratch ref, deleted again at the end, so no ref moves.
 */
export function fastImportCommit(commit: NewCommit, folders: string[] = []): Buffer {
  const ref = `refs/emulator/import-${randomBytes(8).toString('hex')}`
  const seconds = Math.floor((commit.date ?? new Date()).getTime() / 1000)
  const who = `${commit.author.name} <${commit.author.email}> ${seconds} +0000`
  const message = Buffer.from(commit.message)
  // Removals first: a file replaced by a folder (or the reverse) is removed, then written.
  const removals = commit.changes.filter((c) => !c.oid).map((c) => `D ${quote(c.path)}\n`)
  const writes = commit.changes
    .filter((c) => c.oid)
    .map((c) => `M ${c.mode ?? '100644'} ${c.oid} ${quote(c.path)}\n`)
  return Buffer.concat([
    Buffer.from(`commit ${ref}\nmark :1\nauthor ${who}\ncommitter ${who}\n`),
    Buffer.from(`data ${message.length}\n`),
    message,
    Buffer.from(
      `\n${commit.parent ? `from ${commit.parent}\n` : ''}${removals.join('')}${writes.join('')}` +
        `\nget-mark :1\n${folders.map((folder) => `ls :1 ${quote(folder)}\n`).join('')}` +
        `reset ${ref}\n`
    )
  ])
}

/** What fast-import answered to `fastImportCommit(…, folders)`; throws on anything else. */
export function readFastImportAnswer(out: Buffer, folders: string[]): WrittenCommit {
  const lines = out.toString('utf8').split('\n')
  const sha = lines[0]
  if (!/^[0-9a-f]{40}$/.test(sha) || lines.length < folders.length + 1) {
    throw new GitError(`git fast-import answered ${out.toString('utf8').slice(0, 200)}`)
  }
  // One line a folder: `040000 tree <id>\t<path>`, or `missing <path>` (or a file in its place).
  const folderTrees = new Map(
    folders.map((folder, i) => [folder, /^040000 tree ([0-9a-f]{40})\t/.exec(lines[i + 1])?.[1]])
  )
  return { sha, folderTrees }
}

/** A path as fast-import reads it: C-style quoted, so that no byte of it is special. */
function quote(path: string): string {
  // eslint-disable-next-line no-control-regex
  const escaped = path.replace(/[\\"\x00-\x1f\x7f]/g, (c) =>
    c === '\\' || c === '"'
      ? `\\${c}`
      : c === '\n'
        ? '\\n'
        : `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`
  )
  return `"${escaped}"`
}
