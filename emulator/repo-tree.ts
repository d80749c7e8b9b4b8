/**
 * A commit's tree as the Hub reports it (tree listing, paths-info, preupload): files and folders
 * with their git ids and, for LFS files, the real size and sha256 read from the pointer blob.
 */
import { hubDate, type BareRepo, type TreeEntry } from './git.js'
import { lfsPointers } from './read-cache.js'

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

/** Hub items for tree entries (submodules left out), LFS files with their pointer's object. */
export async function toHubItems(git: BareRepo, entries: RawEntry[]): Promise<HubTreeItem[]> {
  const pointers = await lfsPointers(git, entries)
  const items: HubTreeItem[] = []
  for (const entry of entries) {
    if (entry.type === 'tree') {
      items.push({ type: 'directory', oid: entry.oid, size: 0, path: entry.path })
      continue
    }
    if (entry.type !== 'blob') continue
    const pointer = pointers.get(entry.oid)
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
