/**
 * The hashing itself: a file read synchronously into one reused buffer, in large slices, and only
 * the digests asked for computed. It is one self-contained function of `crypto` and `fs` so that
 * the same code runs on the main thread and, as its source text, in the hashing worker
 * (hash-worker.ts): nothing in it may refer to anything outside it.
 */
import type * as Crypto from 'node:crypto'
import type * as Fs from 'node:fs'

export interface Digests {
  /** Git blob id: the `oid` the Hub reports for a regular file. */
  gitSha1?: string
  /** The `oid` of the file as an LFS object. */
  sha256?: string
}

export type DigestKind = keyof Digests

export interface DigestResult extends Digests {
  size: number
  /**
   * The first 512 bytes (the preupload `sample`), of a big file only: a tree of 50,000 small files
   * would keep 30 MB of them, for the few that a preupload asks about (it reads them again).
   */
  sample?: Buffer
}

export interface DigestRoutines {
  /**
   * Reads the file once and computes the digests asked for, or the one `likelyDigest` picks from
   * its first bytes; `onBytes` hears of each slice read (progress). Throws when the file's size
   * changes while it is read.
   */
  digestFile(
    absolutePath: string,
    kinds: readonly DigestKind[] | 'likely',
    onBytes?: (bytes: number) => void
  ): DigestResult
  /**
   * The digest the Hub will most likely identify a file by, from its size and first bytes: the
   * sha256 when it likely goes by LFS (1 MiB or more, or a NUL byte in the sample), else the git
   * blob id. For hashing before the remote tree is known: a wrong guess costs a second read.
   */
  likelyDigest(size: number, sample: Buffer): DigestKind
  /**
   * `digestFile` as steps, one per slice read, so that a caller on the main thread can give the
   * event loop a turn inside a big file (requests in flight progress).
   */
  digestSteps(
    absolutePath: string,
    kinds: readonly DigestKind[] | 'likely',
    onBytes?: (bytes: number) => void
  ): Generator<void, DigestResult>
  /** Bytes of one read slice. */
  readBufferBytes: number
}

export function digestRoutines(crypto: typeof Crypto, fs: typeof Fs): DigestRoutines {
  /** One read slice: large enough that a big file costs few system calls. */
  const READ_BUFFER_BYTES = 4 * 1024 * 1024
  /** Room before a small file's bytes in the buffer for its blob header (`blob <size>\0`). */
  const HEADER_ROOM = 32
  /** Bytes of a file the Hub looks at to tell text from binary. */
  const SAMPLE_BYTES = 512
  /**
   * From this size a file is taken for an LFS one: the Hub stores files of 10 MiB and more by LFS
   * whatever their content, and smaller ones too (a 1,000,000-byte ASCII file went by LFS on the
   * Hub's CI); in a Space, files of a megabyte are images, audio and weights. A random binary file
   * has no NUL in its first 512 bytes one time in seven, so the NUL test alone misses some.
   */
  const LIKELY_LFS_FROM = 1024 * 1024
  const BLOB = 'blob'
  // Hashing is synchronous: one user of the buffer at a time (per thread).
  const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES)

  function likelyDigest(size: number, sample: Buffer): DigestKind {
    return size >= LIKELY_LFS_FROM || sample.subarray(0, SAMPLE_BYTES).includes(0)
      ? 'sha256'
      : 'gitSha1'
  }

  /** `crypto.hash` (Node 20.12+), or the same through a hash object on older Nodes. */
  function oneShot(algorithm: 'sha1' | 'sha256', data: Buffer): string {
    return typeof crypto.hash === 'function'
      ? crypto.hash(algorithm, data, 'hex')
      : crypto.createHash(algorithm).update(data).digest('hex')
  }

  function changed(absolutePath: string, size: number, bytes: number): Error {
    return new Error(`${absolutePath} changed while it was read (${size} then ${bytes} bytes).`)
  }

  /**
   * A file that fits the buffer — nearly every file of a source tree — is read whole, right after
   * room for the git blob header, and each digest is one call over it: no hash object, no copy.
   * This halves the cost per file of a 10,000-file tree.
   */
  function digestSmall(
    absolutePath: string,
    fd: number,
    size: number,
    kinds: readonly DigestKind[] | 'likely',
    onBytes?: (bytes: number) => void
  ): DigestResult {
    let bytes = 0
    // One byte more than expected is asked for: a file that grew meanwhile shows.
    for (let n = -1; n !== 0 && bytes <= size; bytes += n) {
      n = fs.readSync(fd, buffer, HEADER_ROOM + bytes, size + 1 - bytes, null)
    }
    if (bytes !== size) throw changed(absolutePath, size, bytes)
    onBytes?.(bytes)
    const content = buffer.subarray(HEADER_ROOM, HEADER_ROOM + size)
    const wanted = kinds === 'likely' ? [likelyDigest(size, content)] : kinds
    const result: DigestResult = { size }
    if (wanted.includes('gitSha1')) {
      const start = writeBlobHeader(size)
      result.gitSha1 = oneShot('sha1', buffer.subarray(start, HEADER_ROOM + size))
    }
    if (wanted.includes('sha256')) result.sha256 = oneShot('sha256', content)
    return result
  }

  /**
   * Writes `blob <size>\0` right before the content in the buffer, byte by byte (a string write
   * costs more than the hash of a small file), and returns where it starts.
   */
  function writeBlobHeader(size: number): number {
    let at = HEADER_ROOM - 1
    buffer[at] = 0
    let rest = size
    do {
      buffer[--at] = 48 + (rest % 10)
      rest = Math.floor(rest / 10)
    } while (rest > 0)
    buffer[--at] = 32
    for (let i = 3; i >= 0; i--) buffer[--at] = BLOB.charCodeAt(i)
    return at
  }

  /** `digestFile`, a step per slice read: the caller may do other work between steps. */
  function* digestSteps(
    absolutePath: string,
    kinds: readonly DigestKind[] | 'likely',
    onBytes?: (bytes: number) => void
  ): Generator<void, DigestResult> {
    const fd = fs.openSync(absolutePath, 'r')
    try {
      const { size } = fs.fstatSync(fd)
      if (size < buffer.length - HEADER_ROOM)
        return digestSmall(absolutePath, fd, size, kinds, onBytes)
      let n = fs.readSync(fd, buffer, 0, buffer.length, null)
      const sample = Buffer.from(buffer.subarray(0, Math.min(n, SAMPLE_BYTES)))
      const wanted = kinds === 'likely' ? [likelyDigest(size, sample)] : kinds
      const sha1 = wanted.includes('gitSha1')
        ? crypto.createHash('sha1').update(`blob ${size}\0`)
        : undefined
      const sha256 = wanted.includes('sha256') ? crypto.createHash('sha256') : undefined
      let bytes = 0
      while (n > 0) {
        const slice = buffer.subarray(0, n)
        sha1?.update(slice)
        sha256?.update(slice)
        bytes += n
        onBytes?.(n)
        // Between slices only: the buffer is not read while the caller has the turn.
        yield
        n = fs.readSync(fd, buffer, 0, buffer.length, null)
      }
      // The blob id covers the size read first: a file that grew or shrank meanwhile has no id.
      if (bytes !== size) throw changed(absolutePath, size, bytes)
      return {
        size,
        sample,
        ...(sha1 && { gitSha1: sha1.digest('hex') }),
        ...(sha256 && { sha256: sha256.digest('hex') })
      }
    } finally {
      fs.closeSync(fd)
    }
  }

  function digestFile(
    absolutePath: string,
    kinds: readonly DigestKind[] | 'likely',
    onBytes?: (bytes: number) => void
  ): DigestResult {
    const steps = digestSteps(absolutePath, kinds, onBytes)
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value
  }

  return { digestFile, digestSteps, likelyDigest, readBufferBytes: READ_BUFFER_BYTES }
}
