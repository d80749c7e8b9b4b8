/**
 * The LFS object store of one repo: one file per sha256 oid in the repo's `lfsDir`. Uploads stream
 * to a temporary file while they are hashed and become objects only once their oid and size are
 * verified, so a multi-GiB object never sits in memory and a wrong upload never becomes an object.
 */
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { SHA256_HEX } from './lfs-pointer.js'

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
      const written = await writeHashed(source, temp, 'sha256')
      verify(written, oid, size)
      await rename(temp, target)
    } finally {
      await rm(temp, { force: true })
    }
  }

  /** Keeps part `partNumber` of a multipart upload; answers its ETag (quoted md5, as S3 does). */
  async putPart(
    source: AsyncIterable<Buffer>,
    oid: string,
    partNumber: number,
    expectedSize: number
  ): Promise<string> {
    const dir = this.partsDir(oid)
    await mkdir(dir, { recursive: true })
    const temp = await this.tempFile()
    try {
      const written = await writeHashed(source, temp, 'md5')
      if (written.bytes !== expectedSize) {
        throw new StorageError(
          400,
          'IncompleteBody',
          `Part ${partNumber} must be ${expectedSize} bytes, got ${written.bytes}`
        )
      }
      const etag = `"${written.digest}"`
      await rename(temp, join(dir, String(partNumber)))
      await writeFile(join(dir, `${partNumber}.etag`), etag)
      return etag
    } finally {
      await rm(temp, { force: true })
    }
  }

  /**
   * Completes a multipart upload: every part 1…`partCount` listed once with the ETag its upload
   * got; the parts are concatenated (streamed) and kept if they hash to `oid` and sum to `size`.
   */
  async completeMultipart(
    oid: string,
    size: number,
    partCount: number,
    parts: PartRef[]
  ): Promise<void> {
    // A completion retried after it succeeded (its answer was lost) finds the object in place.
    if ((await this.size(oid)) === size) return
    const dir = this.partsDir(oid)
    const numbers = parts.map((p) => p.partNumber).sort((a, b) => a - b)
    if (numbers.length !== partCount || numbers.some((n, i) => n !== i + 1)) {
      throw new StorageError(400, 'InvalidPart', `Expected parts 1 to ${partCount}, each once`)
    }
    for (const part of parts) {
      const stored = await readFile(join(dir, `${part.partNumber}.etag`), 'utf8').catch(() => '')
      if (!stored || unquote(stored) !== unquote(String(part.etag))) {
        throw new StorageError(
          400,
          'InvalidPart',
          `Part ${part.partNumber} was not uploaded with this ETag`
        )
      }
    }
    const temp = await this.tempFile()
    try {
      const written = await writeHashed(
        concatFiles(numbers.map((n) => join(dir, String(n)))),
        temp,
        'sha256'
      )
      verify(written, oid, size)
      await rename(temp, this.objectPath(oid))
      await rm(dir, { recursive: true, force: true })
    } finally {
      await rm(temp, { force: true })
    }
  }

  private partsDir(oid: string): string {
    this.objectPath(oid)
    return join(this.dir, '.multipart', oid)
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
async function writeHashed(
  source: AsyncIterable<Buffer>,
  file: string,
  algorithm: 'sha256' | 'md5'
): Promise<Written> {
  const hash = createHash(algorithm)
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

async function* concatFiles(files: string[]): AsyncGenerator<Buffer> {
  for (const file of files) {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }))
      yield chunk as Buffer
  }
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
