/**
 * The LFS object store of one repo: one file per sha256 oid in the repo's `lfsDir`. Uploads stream
 * to a temporary file while they are hashed and become objects only once their oid and size are
 * verified, so a multi-GiB object never sits in memory and a wrong upload never becomes an object.
 */
import { createHash, randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { SHA256_HEX } from './lfs-pointer.js'
import { MultipartUpload, PartSizeError, type UploadPlan } from './multipart-upload.js'

const MiB = 1024 * 1024

/** Knobs of the emulator's LFS transfers (`hub.lfsOptions`). */
export interface LfsOptions {
  /** Objects larger than this are sent by `multipart` when the client offers it. */
  multipartThreshold: number
  /** Size of every part of a multipart upload but the last. */
  chunkSize: number
}

export const DEFAULT_LFS_OPTIONS: LfsOptions = { multipartThreshold: 20 * MiB, chunkSize: 16 * MiB }

/** An upload the storage refuses, in S3's terms: the Hub's upload URLs are S3's. */
export class StorageError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

export interface PartRef {
  partNumber: number
  etag: string
}

/** Multipart uploads under way, by the object file they will become. */
const uploads = new Map<string, MultipartUpload>()

export class LfsStore {
  constructor(private readonly dir: string) {}

  static of(repo: { lfsDir: string }): LfsStore {
    return new LfsStore(repo.lfsDir)
  }

  /** The file of an object; the oid is checked, so it can never name a path outside the store. */
  objectPath(oid: string): string {
    if (!SHA256_HEX.test(oid)) throw new StorageError(400, 'InvalidArgument', 'Invalid object id')
    return join(this.dir, oid)
  }

  /** The size of a stored object, undefined when it is not stored. */
  async size(oid: string): Promise<number | undefined> {
    if (!SHA256_HEX.test(oid)) return undefined
    try {
      return (await stat(this.objectPath(oid))).size
    } catch {
      return undefined
    }
  }

  /** Stores `source` as object `oid`, if it is `size` bytes whose sha256 is `oid`. */
  async put(source: AsyncIterable<Buffer>, oid: string, size: number): Promise<void> {
    const target = this.objectPath(oid)
    const temp = await this.tempFile()
    try {
      const written = await writeHashed(source, temp)
      verify(written, oid, size)
      await rename(temp, target)
    } finally {
      await rm(temp, { force: true })
    }
  }

  /**
   * Keeps part `partNumber` of a multipart upload of `plan.size` bytes in parts of `plan.chunk`;
   * answers its ETag (opaque, as S3's are to clients).
   */
  async putPart(
    source: AsyncIterable<Buffer>,
    oid: string,
    partNumber: number,
    plan: UploadPlan
  ): Promise<string> {
    const upload = this.upload(oid, plan)
    try {
      return await upload.putPart(source, partNumber)
    } catch (error) {
      if (!(error instanceof PartSizeError)) throw error
      throw new StorageError(400, 'IncompleteBody', error.message)
    }
  }

  /**
   * Completes a multipart upload: every part 1…`partCount` listed once with the ETag its upload
   * got; the parts, already in place, become the object if they hash to `oid` and sum to `size`.
   */
  async completeMultipart(
    oid: string,
    size: number,
    partCount: number,
    parts: PartRef[]
  ): Promise<void> {
    const upload = uploads.get(this.objectPath(oid))
    // A completion retried while the first is under way waits for it.
    if (upload?.completion) return upload.completion
    // A completion retried after it succeeded (its answer was lost) finds the object in place.
    if ((await this.size(oid)) === size) return
    const numbers = parts.map((p) => p.partNumber).sort((a, b) => a - b)
    if (numbers.length !== partCount || numbers.some((n, i) => n !== i + 1)) {
      throw new StorageError(400, 'InvalidPart', `Expected parts 1 to ${partCount}, each once`)
    }
    for (const part of parts) {
      const stored = upload?.plan.size === size ? upload.etags.get(part.partNumber) : undefined
      if (!stored || unquote(stored) !== unquote(String(part.etag))) {
        throw new StorageError(
          400,
          'InvalidPart',
          `Part ${part.partNumber} was not uploaded with this ETag`
        )
      }
    }
    const current = upload as MultipartUpload
    current.completion = (async () => {
      verify(await current.digest(), oid, size)
      await rename(current.file, this.objectPath(oid))
      uploads.delete(this.objectPath(oid))
    })().finally(() => (current.completion = undefined))
    return current.completion
  }

  /** The upload of `oid` under way, or a new one (when none is, or it had another plan). */
  private upload(oid: string, plan: UploadPlan): MultipartUpload {
    const key = this.objectPath(oid)
    const existing = uploads.get(key)
    if (existing?.plan.size === plan.size && existing.plan.chunk === plan.chunk) return existing
    void existing?.discard()
    const upload = new MultipartUpload(join(this.dir, '.multipart'), oid, plan)
    uploads.set(key, upload)
    return upload
  }

  private async tempFile(): Promise<string> {
    const dir = join(this.dir, '.incoming')
    await mkdir(dir, { recursive: true })
    return join(dir, randomBytes(8).toString('hex'))
  }
}

interface Written {
  digest: string
  bytes: number
}

/** Streams `source` to `file`, hashing on the way: memory stays at one chunk. */
async function writeHashed(source: AsyncIterable<Buffer>, file: string): Promise<Written> {
  const hash = createHash('sha256')
  let bytes = 0
  await pipeline(
    source,
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        hash.update(chunk)
        bytes += chunk.length
        yield chunk
      }
    },
    createWriteStream(file)
  )
  return { digest: hash.digest('hex'), bytes }
}

function verify(written: Written, oid: string, size: number): void {
  if (written.bytes !== size) {
    throw new StorageError(400, 'IncompleteBody', `Expected ${size} bytes, got ${written.bytes}`)
  }
  if (written.digest !== oid) {
    throw new StorageError(
      400,
      'XAmzContentSHA256Mismatch',
      `The provided 'x-amz-content-sha256' header does not match what was computed: sha256 is ${written.digest}, not ${oid}`
    )
  }
}

function unquote(etag: string): string {
  return etag.trim().replace(/^"|"$/g, '')
}
