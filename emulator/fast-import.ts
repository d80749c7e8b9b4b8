/**
 * A commit written by one `git fast-import`: it builds the trees that change from the parent's
 * and the commit, all in one pack, where `read-tree`, `update-index`, `write-tree` and
 * `commit-tree` on a temporary index take four processes and write a loose object per folder
 * (each a few file-system calls, slow on some file systems).
 */
import { randomBytes } from 'node:crypto'
import type { CommitAuthor, IndexChange } from './git.js'

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

/**
 * fast-import's input for `commit`; its output is the commit's id. The commit is built on a
 * scratch ref, deleted again at the end, so no ref moves.
 */
export function fastImportCommit(commit: NewCommit): Buffer {
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
        `\nget-mark :1\nreset ${ref}\n`
    )
  ])
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
