/**
 * Hashing a deploy's local files while the remote tree is still on its way, computing only the
 * digest that decides whether a file changed:
 * - a file the remote tree does not have, or has with another size, is added or changed without
 *   any hash;
 * - a file the remote holds as a regular git blob is compared by git blob id, one held by LFS by
 *   sha256 — never both.
 * Until the tree arrives, each file gets the digest its size and first bytes suggest (sha256 for
 * what the Hub would store by LFS, else the blob id: see `likelyDigest`); once it is there, files
 * hashed with the wrong one get the other. The event loop gets a turn every few milliseconds, so the remote reads progress
 * meanwhile. A progress line goes to the log at most every 10 s of hashing.
 */
import type { TreeItem } from '../hub/list-repo-tree.js'
import { digestFile, type DigestKind, type HashedFile } from './hash-file.js'
import { formatBytes } from './plan-report.js'

/** Longest stretch of hashing before the event loop gets a turn (pending requests progress). */
const YIELD_EVERY_MS = 4
export const PROGRESS_EVERY_MS = 10_000

export interface HashOptions {
  /** `path_in_repo` ('' for the root): the remote path of a local file is this + its path. */
  pathInRepo: string
  /** Told of the hashing at most every `PROGRESS_EVERY_MS` (a log line). */
  progress?: (line: string) => void
  /** The clock of the progress lines (tests move it). */
  now?: () => number
}

/** Remote files by full path. */
export type RemoteFiles = ReadonlyMap<string, TreeItem>

/** The digest that tells whether `file` equals `remote`, or undefined when none is needed. */
export function decidingDigest(
  file: { size: number },
  remote: TreeItem | undefined
): DigestKind | undefined {
  if (!remote || remote.type !== 'file' || remote.size !== file.size) return undefined
  return remote.lfs ? 'sha256' : 'gitSha1'
}

/**
 * Fills in, on each of `files`, the digest the comparison with the remote file needs; `remote`
 * settles with the remote files (it may still be pending when hashing starts).
 * @returns the remote files, once both are done
 */
export async function hashAgainstRemote(
  files: HashedFile[],
  remote: Promise<RemoteFiles>,
  options: HashOptions
): Promise<RemoteFiles> {
  let known: RemoteFiles | undefined
  // Hashing goes on while the tree is read; its failure is awaited (and thrown) below.
  remote.then(
    (value) => (known = value),
    () => undefined
  )
  const prefix = options.pathInRepo ? `${options.pathInRepo}/` : ''
  const hasher = new Hasher(files, options)
  // One turn of the event loop first: a tree already read is used from the first file on.
  await new Promise((resolve) => setImmediate(resolve))
  for (const file of files) {
    const kind = known ? decidingDigest(file, known.get(prefix + file.relativePath)) : 'likely'
    if (kind) await hasher.hash(file, kind)
  }
  const tree = await remote
  for (const file of files) {
    const kind = decidingDigest(file, tree.get(prefix + file.relativePath))
    if (kind) await hasher.hash(file, kind)
  }
  return tree
}

/** Gives each of `files` the `kind` digest (LFS uploads need the sha256 of what they send). */
export async function hashAll(
  files: HashedFile[],
  kind: DigestKind,
  options: Omit<HashOptions, 'pathInRepo'> = {}
): Promise<void> {
  const hasher = new Hasher(files, options)
  for (const file of files) await hasher.hash(file, kind)
}

class Hasher {
  private readonly progress: HashProgress
  private turn = Date.now()

  constructor(files: readonly HashedFile[], options: Omit<HashOptions, 'pathInRepo'>) {
    this.progress = new HashProgress(files, options)
  }

  async hash(file: HashedFile, kind: DigestKind | 'likely'): Promise<void> {
    if (kind === 'likely' ? file.gitSha1 || file.sha256 : file[kind]) return
    Object.assign(
      file,
      digestFile(file.absolutePath, kind === 'likely' ? kind : [kind], (n) =>
        this.progress.bytes(n)
      )
    )
    this.progress.file()
    if (Date.now() - this.turn >= YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve))
      this.turn = Date.now()
    }
  }
}

/** `Hashing: 1,200 file(s) (310 MB) so far, of 5,000 (1.2 GB) to publish.`, now and then. */
class HashProgress {
  private readonly now: () => number
  private readonly totalBytes: number
  private last: number
  private hashedFiles = 0
  private hashedBytes = 0

  constructor(
    private readonly files: readonly HashedFile[],
    private readonly options: Omit<HashOptions, 'pathInRepo'>
  ) {
    this.now = options.now ?? Date.now
    this.last = this.now()
    this.totalBytes = files.reduce((n, f) => n + f.size, 0)
  }

  bytes(n: number): void {
    this.hashedBytes += n
    this.maybeReport()
  }

  file(): void {
    this.hashedFiles++
  }

  private maybeReport(): void {
    if (!this.options.progress) return
    const now = this.now()
    if (now - this.last < PROGRESS_EVERY_MS) return
    this.last = now
    this.options.progress(
      `Hashing: ${this.hashedFiles.toLocaleString('en-US')} file(s) (${formatBytes(this.hashedBytes)}) so far, of ${this.files.length.toLocaleString('en-US')} (${formatBytes(this.totalBytes)}) to publish.`
    )
  }
}
