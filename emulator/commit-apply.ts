/**
 * Applying a commit's operations: the new tree (with `.gitattributes` tracking every LFS path),
 * the commit, and the atomic move of the branch — or a new `refs/pr/N` for a pull request.
 */
import type { CommitRequest, CommitOp } from './commit-request.js'
import { LfsAttributes, lfsTrackLine } from './gitattributes.js'
import type { CommitAuthor, IndexChange } from './git.js'
import { GitError } from './git.js'
import { HubHttpError, revisionNotFound } from './http.js'
import { blobContent, commitTree, rememberTree, type CommitTree } from './read-cache.js'
import { foldersAbove, nextTree } from './tree-update.js'
import type { EmulatedRepo } from './repos.js'

export const STALE_PARENT_MESSAGE =
  'The branch was updated since you opened this page. Please refresh and try again.'

/** Where a commit goes: onto branch `ref` (`refs/heads/x` or `refs/pr/N`), or into a new PR. */
export type CommitTarget = { kind: 'ref'; ref: string } | { kind: 'pr'; branch: string }

export interface AppliedCommit {
  sha: string
  ref: string
  pullRequest?: number
}

interface FileEntry {
  oid: string
  mode: string
  /** Bytes of the blob (undefined: not known). */
  size?: number
}

/** How often a commit without `parentCommit` is rebased onto a branch that moved meanwhile. */
const MAX_ATTEMPTS = 10

/**
 * Commits `request` to `target`, authored by `author`. 412 when `parentCommit` is not the
 * branch head (or the branch moves under a commit that names one), 404 for a deleted or renamed
 * path that does not exist, 422 for a path that would be both a file and a folder.
 *
 * A request with no operation (header only) makes a commit with its parent's tree. Whether the
 * real Hub accepts that is an open question (hub-api.md §9.1: both official clients avoid it);
 * it does make commits that change nothing (huggingface_hub#1411), and the action's
 * `empty-commit` mode needs one, so the emulator accepts it.
 */
export async function applyCommit(
  repo: EmulatedRepo,
  request: CommitRequest,
  target: CommitTarget,
  author: CommitAuthor
): Promise<AppliedCommit> {
  const { header, ops } = request
  const message = header.description ? `${header.summary}\n\n${header.description}` : header.summary
  const commitOn = async (parent: string): Promise<string> => {
    const tree = await commitTree(repo.git, parent)
    const changes = await buildChanges(repo, tree, ops)
    const { sha, folderTrees } = await repo.git.writeCommit(
      { parent, changes, message, author },
      foldersAbove(changes)
    )
    // The next requests read the new commit: its listing follows from its parent's.
    const next = nextTree(tree, changes, folderTrees)
    if (next) rememberTree(sha, next)
    return sha
  }

  if (target.kind === 'pr') {
    // A pull request starts from `parentCommit` when given, else from the branch's head.
    const base = await repo.git.resolve(header.parentCommit ?? target.branch)
    if (!base) throw revisionNotFound(header.parentCommit ?? target.branch)
    const sha = await commitOn(base)
    return { sha, ...(await openPullRequest(repo, sha)) }
  }

  for (let attempt = 1; ; attempt++) {
    const head = await repo.git.ref(target.ref)
    if (!head) throw revisionNotFound(target.ref)
    if (header.parentCommit && !head.startsWith(header.parentCommit.toLowerCase())) {
      throw new HubHttpError(412, STALE_PARENT_MESSAGE)
    }
    const sha = await commitOn(head)
    try {
      // Compare-and-swap: a concurrent commit that moved the branch makes this one fail.
      await repo.git.updateRef(target.ref, sha, head)
      return { sha, ref: target.ref }
    } catch (error) {
      if (!(error instanceof GitError)) throw error
      if (header.parentCommit || attempt >= MAX_ATTEMPTS) {
        throw new HubHttpError(412, STALE_PARENT_MESSAGE)
      }
      // Without parentCommit the operations apply to whatever the branch now is: try again on it.
    }
  }
}

/** Points the next free `refs/pr/N` at `sha`. */
async function openPullRequest(
  repo: EmulatedRepo,
  sha: string
): Promise<Omit<AppliedCommit, 'sha'>> {
  for (;;) {
    const number = ++repo.pullRequests
    const ref = `refs/pr/${number}`
    try {
      await repo.git.updateRef(ref, sha)
      return { ref, pullRequest: number }
    } catch (error) {
      // Taken already (e.g. by a push): take the next number.
      if (!(error instanceof GitError)) throw error
    }
  }
}

/** The index changes that turn `parent`'s tree into the tree after `ops`. */
async function buildChanges(
  repo: EmulatedRepo,
  parent: CommitTree,
  ops: CommitOp[]
): Promise<IndexChange[]> {
  const before = new Map<string, FileEntry>()
  for (const entry of parent.files()) {
    before.set(entry.path, { oid: entry.oid, mode: entry.mode, size: entry.size })
  }
  const files = new Map(before)
  const lfsPaths: string[] = []
  for (const op of ops) {
    if (op.kind === 'delete') deleteEntry(files, op)
    else if (writeEntry(files, op)) lfsPaths.push(op.path)
  }
  await trackLfsPaths(repo, files, lfsPaths)
  checkFoldersAndFiles(files)

  const changes: IndexChange[] = []
  for (const [path, entry] of files) {
    const old = before.get(path)
    if (old?.oid !== entry.oid || old.mode !== entry.mode) changes.push({ path, ...entry })
  }
  for (const path of before.keys()) if (!files.has(path)) changes.push({ path })
  return changes
}

function deleteEntry(
  files: Map<string, FileEntry>,
  op: Extract<CommitOp, { kind: 'delete' }>
): void {
  if (op.target !== 'folder' && files.delete(op.path)) return
  const prefix = `${op.path}/`
  const inside = op.target === 'file' ? [] : [...files.keys()].filter((p) => p.startsWith(prefix))
  if (inside.length === 0) {
    const what = op.target === 'folder' ? 'folder' : 'file'
    throw new HubHttpError(
      404,
      `A ${what} with this name doesn't exist: ${op.path}`,
      'EntryNotFound'
    )
  }
  for (const path of inside) files.delete(path)
}

/** Writes one file; true when it is an LFS file. */
function writeEntry(
  files: Map<string, FileEntry>,
  op: Extract<CommitOp, { kind: 'write' }>
): boolean {
  let oid = op.blob
  let mode = '100644'
  let size = op.size
  if (op.oldPath !== undefined) {
    const old = files.get(op.oldPath)
    if (!old) {
      throw new HubHttpError(
        404,
        `A file with this name doesn't exist: ${op.oldPath}`,
        'EntryNotFound'
      )
    }
    files.delete(op.oldPath)
    if (oid === undefined) ({ oid, mode, size } = old)
  }
  files.set(op.path, { oid: oid as string, mode, size })
  return op.lfs !== undefined
}

/** Adds a `.gitattributes` line for every LFS path it does not already track. */
async function trackLfsPaths(
  repo: EmulatedRepo,
  files: Map<string, FileEntry>,
  lfsPaths: string[]
): Promise<void> {
  if (lfsPaths.length === 0) return
  const current = files.get('.gitattributes')
  const text = current ? (await blobContent(repo.git, current.oid)).toString('utf8') : ''
  const attributes = LfsAttributes.parse(text)
  const missing = [...new Set(lfsPaths)].filter(
    (path) => files.has(path) && !attributes.isLfs(path)
  )
  if (missing.length === 0) return
  const separator = text === '' || text.endsWith('\n') ? '' : '\n'
  const updated = text + separator + missing.map(lfsTrackLine).join('')
  files.set('.gitattributes', {
    oid: await repo.git.writeBlob(updated),
    mode: current?.mode ?? '100644',
    size: Buffer.byteLength(updated)
  })
}

/** A path cannot be a file and a folder at once (`a` and `a/b`): 422, as for other bad paths. */
function checkFoldersAndFiles(files: Map<string, FileEntry>): void {
  for (const path of files.keys()) {
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      const folder = path.slice(0, slash)
      if (files.has(folder)) {
        throw new HubHttpError(
          422,
          `Invalid path: ${path} would be inside ${folder}, which is a file`
        )
      }
    }
  }
}
