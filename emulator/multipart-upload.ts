/**
 * One multipart upload of an LFS object, as the storage keeps it: every part is written straight
 * into its place in one file (part N at (N - 1) × chunk), so completing the upload is a rename,
 * not a copy; and the object's sha256 is computed once, in order, while the parts arrive (see
 * ordered-hash.ts). So a multipart upload costs the storage what a single PUT does: one write
 * and one hash of each byte.
 */
import { randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, open, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { streamToFile } from './file-sink.js'
import { OrderedHash } from './ordered-hash.js'

export interface UploadPlan {
  /** Bytes of the whole object. */
  size: number
  /** Bytes of every part but the last. */
  chunk: number
}

/** A part's body that does not have the part's size (in S3's terms, with the storage's code). */
export class PartSizeError extends Error {
  constructor(
    readonly partNumber: number,
    readonly expected: number,
    readonly received: number
  ) {
    super(`Part ${partNumber} must be ${expected} bytes, got ${received}`)
  }
}

export class MultipartUpload {
  /** Where the parts are written; it becomes the object. */
  readonly file: string
  /** The ETag each stored part got (a part being written, or whose write failed, has none). */
  readonly etags = new Map<number, string>()
  /** The completion under way (a retried completion waits for it). */
  completion?: Promise<void>
  private readonly hash: OrderedHash
  private created?: Promise<void>

  /** An upload of object `oid` whose parts go to a new file in `dir`. */
  constructor(
    private readonly dir: string,
    oid: string,
    readonly plan: UploadPlan,
    /** Bytes of parts that may wait in memory for their turn to be hashed. */
    hashBudget?: number
  ) {
    this.file = join(dir, `${oid}-${randomBytes(6).toString('hex')}`)
    this.hash = new OrderedHash({ read: (n) => this.readPart(n) }, hashBudget)
  }

  get partCount(): number {
    return Math.ceil(this.plan.size / this.plan.chunk)
  }

  /** The size part `n` must have (not positive for a part past the end). */
  partSize(n: number): number {
    return Math.min(this.plan.chunk, this.plan.size - (n - 1) * this.plan.chunk)
  }

  /** Stores part `n` from `source`; answers its ETag. Throws PartSizeError for a wrong size. */
  async putPart(source: AsyncIterable<Buffer>, n: number): Promise<string> {
    const expected = this.partSize(n)
    this.etags.delete(n)
    const feed = this.hash.begin(n)
    let received = 0
    try {
      await (this.created ??= this.createFile())
      await streamToFile(source, this.file, {
        start: (n - 1) * this.plan.chunk,
        inspect: (chunk) => {
          received += chunk.length
          // Never past the part's end: the next part's bytes are there.
          if (received > expected) throw new PartSizeError(n, expected, received)
          feed.push(chunk)
        }
      })
      if (received !== expected) throw new PartSizeError(n, expected, received)
    } catch (error) {
      feed.fail()
      throw error
    }
    const etag = `"${randomBytes(16).toString('hex')}"`
    this.etags.set(n, etag)
    feed.complete()
    return etag
  }

  /** The sha256 and size of parts 1…`partCount`, once each is stored. */
  async digest(): Promise<{ digest: string; bytes: number }> {
    const { digest, parts } = await this.hash.digest(this.partCount)
    return { digest, bytes: Math.min(parts * this.plan.chunk, this.plan.size) }
  }

  private readPart(n: number): AsyncIterable<Buffer> {
    const start = (n - 1) * this.plan.chunk
    const end = start + this.partSize(n) - 1
    return createReadStream(this.file, { start, end, highWaterMark: 1 << 20 })
  }

  private async createFile(): Promise<void> {
    await mkdir(this.dir, { recursive: true })
    await (await open(this.file, 'a')).close()
  }

  async discard(): Promise<void> {
    await rm(this.file, { force: true })
  }
}
