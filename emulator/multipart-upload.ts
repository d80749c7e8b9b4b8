/**
 * One multipart upload of an LFS object, as the storage keeps it: every part is written straight
 * into its place in one file (part N at (N - 1) × chunk), so completing the upload is a rename,
 * not a copy; and the object's sha256 is computed once, over parts 1, 2, … in order, while they
 * arrive: a part that comes right after those already hashed is hashed as it streams in, the
 * others are hashed from the file (the page cache) as soon as the parts before them are in. So a
 * multipart upload costs the storage what a single PUT does: one write and one hash of each byte.
 */
import { createHash, randomBytes, type Hash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, open, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'

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
  private readonly writing = new Set<number>()
  /** sha256 of parts 1…`hashedParts`; `states[k]` is a copy of it after part k. */
  private hash: Hash = createHash('sha256')
  private hashedParts = 0
  private readonly states: Hash[] = []
  /** Bumped when a part is written again: hashing of it or after it must start over. */
  private generation = 0
  private catchingUp?: Promise<void>
  private created?: Promise<void>

  /** An upload of object `oid` whose parts go to a new file in `dir`. */
  constructor(
    private readonly dir: string,
    oid: string,
    readonly plan: UploadPlan
  ) {
    this.file = join(dir, `${oid}-${randomBytes(6).toString('hex')}`)
    this.states[0] = this.hash.copy()
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
    this.forgetFrom(n)
    this.writing.add(n)
    // Hashed as it streams when the parts before it are hashed already.
    const inline = n === this.hashedParts + 1 ? this.hash.copy() : undefined
    const generation = this.generation
    let received = 0
    try {
      await (this.created ??= this.createFile())
      await pipeline(
        source,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            received += chunk.length
            // Never past the part's end: the next part's bytes are there.
            if (received > expected) throw new PartSizeError(n, expected, received)
            inline?.update(chunk)
            yield chunk
          }
        },
        createWriteStream(this.file, { flags: 'r+', start: (n - 1) * this.plan.chunk })
      )
      if (received !== expected) throw new PartSizeError(n, expected, received)
    } finally {
      this.writing.delete(n)
    }
    const etag = `"${randomBytes(16).toString('hex')}"`
    this.etags.set(n, etag)
    if (inline && generation === this.generation && this.hashedParts === n - 1) {
      this.hash = inline
      this.hashedParts = n
      this.states[n] = inline.copy()
    }
    this.catchUp()
    return etag
  }

  /**
   * The sha256 and size of parts 1…`partCount`, once each is stored (hashing what is left of
   * them from the file).
   */
  async digest(): Promise<{ digest: string; bytes: number }> {
    for (;;) {
      await this.catchingUp
      if (this.hashedParts >= this.partCount || !this.catchUp()) break
    }
    const bytes = Math.min(this.hashedParts * this.plan.chunk, this.plan.size)
    return { digest: this.hash.copy().digest('hex'), bytes }
  }

  /** Part `n` is written again: what was hashed of it and after it no longer holds. */
  private forgetFrom(n: number): void {
    if (n > this.hashedParts + 1) return
    this.generation++
    if (n <= this.hashedParts) {
      this.hash = this.states[n - 1].copy()
      this.hashedParts = n - 1
      this.states.length = n
    }
  }

  /** Hashes, in the background, the stored parts that follow those hashed; false: none to hash. */
  private catchUp(): boolean {
    if (this.catchingUp) return true
    if (!this.readyToHash(this.hashedParts + 1)) return false
    this.catchingUp = this.hashStoredParts().finally(() => (this.catchingUp = undefined))
    return true
  }

  private readyToHash(n: number): boolean {
    return n <= this.partCount && this.etags.has(n) && !this.writing.has(n)
  }

  private async hashStoredParts(): Promise<void> {
    while (this.readyToHash(this.hashedParts + 1)) {
      const n = this.hashedParts + 1
      const generation = this.generation
      const hash = this.hash.copy()
      const start = (n - 1) * this.plan.chunk
      const stream = createReadStream(this.file, {
        start,
        end: start + this.partSize(n) - 1,
        highWaterMark: 1 << 20
      })
      try {
        for await (const chunk of stream) {
          if (generation !== this.generation) break
          hash.update(chunk as Buffer)
        }
      } finally {
        stream.destroy()
      }
      if (generation !== this.generation) continue
      this.hash = hash
      this.hashedParts = n
      this.states[n] = hash.copy()
    }
  }

  private async createFile(): Promise<void> {
    await mkdir(this.dir, { recursive: true })
    await (await open(this.file, 'a')).close()
  }

  async discard(): Promise<void> {
    await rm(this.file, { force: true })
  }
}
