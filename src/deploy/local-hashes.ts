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
import {
  READ_BUFFER_BYTES,
  digestFile,
  digestSteps,
  type DigestKind,
  type HashedFile
} from './hash-file.js'
import { Need, type HashQueue, type HashWorker, type QueuedResult } from './hash-worker.js'
import { formatBytes } from './plan-report.js'

/** One array per digest kind, not one per file hashed. */
const KINDS: Record<DigestKind, readonly DigestKind[]> = {
  gitSha1: ['gitSha1'],
  sha256: ['sha256']
}

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
  /** A thread that hashes big files beside the main one. */
  worker?: HashWorker
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
  const prefix = options.pathInRepo ? `${options.pathInRepo}/` : ''
  const deciding = (file: HashedFile, tree: RemoteFiles) =>
    decidingDigest(file, tree.get(prefix + file.relativePath))
  const hasher = new Hasher(files, options)
  const big = files.filter((file) => file.size >= QUEUED_FROM_BYTES)
  const queue = startQueue(big, hasher, options.worker, (file) =>
    known ? needOf(deciding(file, known)) : Need.Likely
  )
  // Hashing goes on while the tree is read; its failure is awaited (and thrown) below.
  remote.then(
    (tree) => {
      known = tree
      big.forEach((file, index) => queue?.setNeed(index, needOf(deciding(file, tree))))
    },
    () => undefined
  )
  // One turn of the event loop first: a tree already read is used from the first file on.
  await new Promise((resolve) => setImmediate(resolve))
  for (const file of files) {
    if (queue && file.size >= QUEUED_FROM_BYTES) continue
    const kind = known ? deciding(file, known) : 'likely'
    if (kind) await hasher.hash(file, kind)
  }
  if (queue) {
    // The main thread's own files are done: it takes big files beside the worker.
    for (let index = queue.take(); index !== undefined; index = queue.take()) {
      const kind = kindOf(queue.need(index))
      if (kind) await hasher.hash(big[index], kind)
    }
    await queue.drained()
    hasher.throwWorkerFailure()
  }
  const tree = await remote
  // Files hashed with the digest that turned out not to decide (or left by a worker that died).
  for (const file of files) {
    const kind = deciding(file, tree)
    if (kind) await hasher.hash(file, kind)
  }
  return tree
}

/** Files from this size are hashed from the queue that the worker shares (hash-worker.ts). */
const QUEUED_FROM_BYTES = 1024 * 1024
/** Bytes of such files from which the worker takes part (below, posting them costs as much). */
const WORKER_FROM_BYTES = 8 * 1024 * 1024

/** Whether a worker would take part in hashing these files (otherwise it may stop at once). */
export function worthAWorker(files: readonly HashedFile[]): boolean {
  let bytes = 0
  for (const file of files) if (file.size >= QUEUED_FROM_BYTES) bytes += file.size
  return bytes >= WORKER_FROM_BYTES
}

function startQueue(
  big: HashedFile[],
  hasher: Hasher,
  worker: HashWorker | undefined,
  needNow: (file: HashedFile) => Need
): HashQueue | undefined {
  if (!worker || !worthAWorker(big)) return undefined
  return worker.queue(
    big.map((file) => file.absolutePath),
    (result) => hasher.fromWorker(big[result.index], result),
    big.map(needNow)
  )
}

function needOf(kind: DigestKind | undefined): Need {
  return kind === 'gitSha1' ? Need.GitSha1 : kind === 'sha256' ? Need.Sha256 : Need.Nothing
}

function kindOf(need: Need): DigestKind | 'likely' | undefined {
  return need === Need.Likely
    ? 'likely'
    : need === Need.GitSha1
      ? 'gitSha1'
      : need === Need.Sha256
        ? 'sha256'
        : undefined
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
  private workerFailure?: string
  private readonly onBytes = (bytes: number) => this.progress.bytes(bytes)

  constructor(files: readonly HashedFile[], options: Omit<HashOptions, 'pathInRepo'>) {
    this.progress = new HashProgress(files, options)
  }

  async hash(file: HashedFile, kind: DigestKind | 'likely'): Promise<void> {
    if (kind === 'likely' ? file.gitSha1 || file.sha256 : file[kind]) return
    const kinds = kind === 'likely' ? kind : KINDS[kind]
    if (file.size < READ_BUFFER_BYTES / 2) {
      Object.assign(file, digestFile(file.absolutePath, kinds, this.onBytes))
    } else {
      // A big file gives the event loop turns too: a 2 GB file would hold requests for a second.
      const steps = digestSteps(file.absolutePath, kinds, this.onBytes)
      let step = steps.next()
      for (; !step.done; step = steps.next()) await this.yieldNow()
      Object.assign(file, step.value)
    }
    this.progress.file()
    await this.yieldNow()
  }

  /** A file the worker hashed (its sample comes back as a plain Uint8Array). */
  fromWorker(file: HashedFile, result: QueuedResult): void {
    if ('error' in result) {
      this.workerFailure ??= result.error
      return
    }
    const { sample } = result.digests
    Object.assign(
      file,
      result.digests,
      sample && { sample: Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength) }
    )
    this.progress.bytes(result.digests.size)
    this.progress.file()
  }

  /** A file the worker could not read fails the deploy as it would have on the main thread. */
  throwWorkerFailure(): void {
    if (this.workerFailure) throw new Error(this.workerFailure)
  }

  private async yieldNow(): Promise<void> {
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
