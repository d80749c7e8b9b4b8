/**
 * A commit's tree as the Hub reports it (tree listing, paths-info, preupload): files and folders
 * with their git ids and, for LFS files, the real size and sha256 read from the pointer blob.
 */
import { hubDate, type BareRepo, type TreeEntry } from './git.js'
import { MAX_POINTER_SIZE, parsePointer } from './lfs-pointer.js'

export interface HubTreeItem {
  type: 'file' | 'directory'
  /** Git blob id (of the pointer, for LFS files) or tree id. */
  oid: string
  /** Bytes of the content (the LFS object's, for LFS files); 0 for folders. */
  size: number
  path: string
  lfs?: { oid: string; size: number; pointerSize: number }
  lastCommit?: { id: string; title: string; date: string }
}

export type RawEntry = TreeEntry

/**
 * The entries of a tree object whose path is `prefix`: one level, or every file and folder below
 * it (`recursive`), in git's order.
 */
export async function listEntries(
  git: BareRepo,
  treeish: string,
  prefix: string,
  recursive: boolean
): Promise<RawEntry[]> {
  const entries = await git.lsTree(treeish, { recursive, withTrees: recursive })
  return entries.map((entry) => ({
    ...entry,
    path: prefix ? `${prefix}/${entry.path}` : entry.path
  }))
}

/** The tree id of folder `dir` of a commit (`''`: the root); undefined when it is no folder. */
export async function folderOid(
  git: BareRepo,
  commit: string,
  dir: string
): Promise<string | undefined> {
  const oid = await git.treeOid(commit, dir)
  if (!oid) return undefined
  const type = (await git.git(['cat-file', '-t', oid])).toString().trim()
  return type === 'tree' ? oid : undefined
}

/** Hub items for tree entries (submodules left out); LFS pointers are read in one batch. */
export async function toHubItems(git: BareRepo, entries: RawEntry[]): Promise<HubTreeItem[]> {
  const small = entries.filter((e) => e.type === 'blob' && e.size > 0 && e.size <= MAX_POINTER_SIZE)
  const blobs = await readBlobs(git, [...new Set(small.map((e) => e.oid))])
  const items: HubTreeItem[] = []
  for (const entry of entries) {
    if (entry.type === 'tree') {
      items.push({ type: 'directory', oid: entry.oid, size: 0, path: entry.path })
      continue
    }
    if (entry.type !== 'blob') continue
    const content = blobs.get(entry.oid)
    const pointer = content && parsePointer(content)
    items.push(
      pointer
        ? {
            type: 'file',
            oid: entry.oid,
            size: pointer.size,
            path: entry.path,
            lfs: { oid: pointer.oid, size: pointer.size, pointerSize: entry.size }
          }
        : { type: 'file', oid: entry.oid, size: entry.size, path: entry.path }
    )
  }
  return items
}

/** Several blobs in one `git cat-file --batch` (meant for small ones: all are held in memory). */
export async function readBlobs(git: BareRepo, oids: string[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>()
  if (oids.length === 0) return blobs
  const out = await git.git(['cat-file', '--batch'], { input: oids.join('\n') + '\n' })
  let pos = 0
  while (pos < out.length) {
    const nl = out.indexOf(0x0a, pos)
    const [oid, type, size] = out.toString('utf8', pos, nl).split(' ')
    pos = nl + 1
    if (type === 'missing') continue
    blobs.set(oid, out.subarray(pos, pos + Number(size)))
    pos += Number(size) + 1
  }
  return blobs
}

/** The content of a file of a commit, or undefined when there is no such file. */
export async function readFileAt(
  git: BareRepo,
  commit: string,
  path: string
): Promise<Buffer | undefined> {
  try {
    return await git.git(['cat-file', 'blob', `${commit}:${path}`])
  } catch {
    return undefined
  }
}

/** The blob at `path` of a commit (its id and size), or undefined when it is no file. */
export async function blobAt(
  git: BareRepo,
  commit: string,
  path: string
): Promise<{ oid: string; size: number } | undefined> {
  if (!path || /[\r\n]/.test(path)) return undefined
  const out = await git.git(['cat-file', '--batch-check'], { input: `${commit}:${path}\n` })
  const match = /^([0-9a-f]{40}) blob (\d+)$/.exec(out.toString('utf8').trim())
  return match ? { oid: match[1], size: Number(match[2]) } : undefined
}

/** The last commit (from `commit` back) that changed `path`: `expand=true` of tree and paths-info. */
export async function lastCommitOf(
  git: BareRepo,
  commit: string,
  path: string
): Promise<HubTreeItem['lastCommit']> {
  const out = (
    await git.git(['log', '-1', '--format=%H%x1f%s%x1f%aI', commit, '--', path], {
      env: { GIT_LITERAL_PATHSPECS: '1' }
    })
  ).toString('utf8')
  const [id, title, date] = out.trim().split('\x1f')
  return id ? { id, title, date: hubDate(date) } : undefined
}
