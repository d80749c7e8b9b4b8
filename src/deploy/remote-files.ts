/**
 * The remote files under `path_in_repo`. A repo of fewer than 1,000 files gives them with its info
 * (`siblings` with `?blobs=true`): no listing at all. Otherwise they are listed, in parallel when
 * the tree is big. A recursive
 * listing comes in pages of 1,000 entries, each asked for only after the previous one arrived:
 * 50,000 files are 50 round trips in a row. Here a folder expected to be big (from the local
 * files in it) is split instead: its own entries in one request, and each of its sub-folders
 * (those the local tree has, and those only the remote has) listed the same way, several at once.
 * Small folders still take one recursive listing, so a small tree costs one request as before.
 */
import type { HubClient } from '../hub/client.js'
import { listFolderPage, listRepoFiles, type TreeItem } from '../hub/list-repo-tree.js'
import type { RepoInfo } from '../hub/types.js'
import type { RepoType } from '../settings.js'

/**
 * A repo info's `siblings` are complete below this many files. huggingface_hub trusts them only
 * there (`snapshot_download` lists the tree from 1,000 files on: "the Hub may truncate the siblings
 * list well before 50k files when server-side caching issues happen", its PR #3565).
 */
export const SIBLINGS_TRUSTED_BELOW = 1000

/**
 * The files under `folder` ('' for the root) as the info's siblings give them, or undefined when
 * they cannot be trusted to be all (too many, or without their metadata).
 */
export function filesFromInfo(info: RepoInfo, folder: string): TreeItem[] | undefined {
  const siblings = info.siblings
  if (!siblings || siblings.length >= SIBLINGS_TRUSTED_BELOW) return undefined
  const prefix = folder ? `${folder}/` : ''
  const files: TreeItem[] = []
  for (const sibling of siblings) {
    const { rfilename: path, size, blobId, lfs } = sibling
    if (typeof size !== 'number' || typeof blobId !== 'string') return undefined
    if (!path.startsWith(prefix)) continue
    files.push({
      type: 'file',
      oid: blobId,
      size,
      path,
      ...(lfs && { lfs: { oid: lfs.sha256, size: lfs.size, pointerSize: lfs.pointerSize } })
    })
  }
  return files
}

/** Local files from which a folder is split rather than listed recursively (≥ 4 pages). */
const SPLIT_FROM_FILES = 4000
/** Listings in flight at once: the request count (the rate-limit quota used) is the same at any concurrency. */
const LISTING_CONCURRENCY = 16

export interface RemoteListing {
  type: RepoType
  id: string
  /** A commit id: every listing reads the same tree. */
  revision: string
  /** '' for the repo root. */
  folder: string
  /** The local files' paths, relative to `folder`. */
  localPaths: readonly string[]
  /** Local files from which a folder is split (default 4,000; tests use small trees). */
  splitFrom?: number
}

export async function listRemoteFiles(
  client: HubClient,
  listing: RemoteListing
): Promise<TreeItem[]> {
  const slots = new Slots(LISTING_CONCURRENCY)
  const { type, id, revision, splitFrom = SPLIT_FROM_FILES } = listing
  const recursive = (folder: string) =>
    slots.run(() => listRepoFiles(client, type, id, revision, folder))

  async function list(folder: string, localPaths: readonly string[]): Promise<TreeItem[]> {
    const localDirs = new Map<string, string[]>()
    for (const path of localPaths) {
      const slash = path.indexOf('/')
      if (slash === -1) continue
      const dir = path.slice(0, slash)
      const under = localDirs.get(dir) ?? []
      under.push(path.slice(slash + 1))
      localDirs.set(dir, under)
    }
    if (localPaths.length < splitFrom || localDirs.size < 2) return recursive(folder)
    const child = (name: string) => (folder ? `${folder}/${name}` : name)
    const own = slots.run(() => listFolderPage(client, type, id, revision, folder))
    const fromLocal = [...localDirs].map(([dir, paths]) => list(child(dir), paths))
    const entries = await own
    // Over a page of entries right in this folder: one recursive listing after all.
    if (entries === undefined) {
      await Promise.allSettled(fromLocal)
      return recursive(folder)
    }
    const remoteOnly = entries
      .filter(
        (e) => e.type === 'directory' && !localDirs.has(e.path.slice(e.path.lastIndexOf('/') + 1))
      )
      .map((e) => list(e.path, []))
    const nested = await Promise.all([...fromLocal, ...remoteOnly])
    return [...entries.filter((e) => e.type === 'file'), ...nested.flat()]
  }

  return list(listing.folder, listing.localPaths)
}

/** At most `limit` tasks at once; the others wait their turn. */
class Slots {
  private running = 0
  private readonly waiting: (() => void)[] = []

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    // A finished task hands its slot straight to the next one waiting.
    if (this.running >= this.limit) await new Promise<void>((go) => this.waiting.push(go))
    else this.running++
    try {
      return await task()
    } finally {
      const next = this.waiting.shift()
      if (next) next()
      else this.running--
    }
  }
}
