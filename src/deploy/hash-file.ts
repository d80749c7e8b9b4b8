/**
 * Reading local files the way the Hub identifies them: the git blob id (`sha1("blob <size>\0" +
 * bytes)`, the `oid` of regular files), the sha256 (the `oid` of LFS objects), the first 512 bytes
 * (the preupload `sample`), and whether a small file is a Git LFS pointer.
 *
 * Reads are synchronous, into one reused buffer, in large slices: for a tree of small files the
 * cost is the per-file overhead, which a stream per file multiplies. Only the digests asked for
 * are computed (see local-hashes.ts for which one decides). Memory stays at one buffer whatever
 * the file's size.
 */
import * as crypto from 'node:crypto'
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs'
import type { LocalFile } from './select-files.js'

/** One read slice: large enough that a big file costs few system calls. */
export const READ_BUFFER_BYTES = 4 * 1024 * 1024
/** Room before a small file's bytes in the buffer for its blob header (`blob <size>\0`). */
const HEADER_ROOM = 32
/** Bytes of a file the Hub looks at to tell text from binary. */
const SAMPLE_BYTES = 512
/** Git LFS pointer files are small text files that start with this line. */
const LFS_POINTER_PREFIX = 'version https://git-lfs.github.com/spec/v1'
const MAX_LFS_POINTER_SIZE = 1024
/** From this size the Hub stores a file by LFS whatever its content. */
const LFS_SIZE = 10 * 1024 * 1024

export interface Digests {
  /** Git blob id: the `oid` the Hub reports for a regular file. */
  gitSha1?: string
  /** The `oid` of the file as an LFS object. */
  sha256?: string
}

export interface FileHash extends Digests {
  size: number
  /** The first 512 bytes, once read (the preupload needs them for files it is asked about). */
  sample?: Buffer
  /** The file is a Git LFS pointer (a checkout without `lfs: true`), not the real content. */
  isLfsPointer: boolean
}

export type HashedFile = LocalFile & FileHash

export type DigestKind = keyof Digests

const BOTH: readonly DigestKind[] = ['gitSha1', 'sha256']

let shared: Buffer | undefined
/** The read buffer every hash reuses (hashing is synchronous: one user at a time). */
function readBuffer(): Buffer {
  shared ??= Buffer.allocUnsafe(READ_BUFFER_BYTES)
  return shared
}

/**
 * The digest the Hub will most likely identify a file by, from its size and first bytes: the
 * sha256 when it would go by LFS (10 MiB or more, or a NUL byte in the sample, as the Hub's
 * preupload decides), else the git blob id. For hashing before the remote tree is known.
 */
export function likelyDigest(size: number, sample: Buffer): DigestKind {
  return size >= LFS_SIZE || sample.subarray(0, SAMPLE_BYTES).includes(0) ? 'sha256' : 'gitSha1'
}

/**
 * Reads the file once and computes the digests asked for, or the one `likelyDigest` picks from
 * its first bytes; `onBytes` hears of each slice read (progress). Throws when the file's size
 * changes while it is read.
 */
export function digestFile(
  absolutePath: string,
  kinds: readonly DigestKind[] | 'likely',
  onBytes?: (bytes: number) => void
): Digests & { size: number; sample: Buffer } {
  const fd = openSync(absolutePath, 'r')
  try {
    const { size } = fstatSync(fd)
    const buffer = readBuffer()
    if (size < buffer.length - HEADER_ROOM)
      return digestSmall(absolutePath, fd, size, kinds, onBytes)
    let n = readSync(fd, buffer, 0, buffer.length, null)
    const sample = Buffer.from(buffer.subarray(0, Math.min(n, SAMPLE_BYTES)))
    const wanted = kinds === 'likely' ? [likelyDigest(size, sample)] : kinds
    const sha1 = wanted.includes('gitSha1')
      ? crypto.createHash('sha1').update(`blob ${size}\0`)
      : undefined
    const sha256 = wanted.includes('sha256') ? crypto.createHash('sha256') : undefined
    let bytes = 0
    while (n > 0) {
      const slice = buffer.subarray(0, n)
      update(sha1, slice)
      update(sha256, slice)
      bytes += n
      onBytes?.(n)
      n = readSync(fd, buffer, 0, buffer.length, null)
    }
    // The blob id covers the size read first: a file that grew or shrank meanwhile has no id.
    if (bytes !== size) {
      throw new Error(`${absolutePath} changed while it was read (${size} then ${bytes} bytes).`)
    }
    return {
      size,
      sample,
      ...(sha1 && { gitSha1: sha1.digest('hex') }),
      ...(sha256 && { sha256: sha256.digest('hex') })
    }
  } finally {
    closeSync(fd)
  }
}

/**
 * A file that fits the read buffer — nearly every file of a source tree — is read whole, right
 * after room for the git blob header, and each digest is one call over it: no hash object, no
 * copy. This halves the cost per file of a 10,000-file tree.
 */
function digestSmall(
  absolutePath: string,
  fd: number,
  size: number,
  kinds: readonly DigestKind[] | 'likely',
  onBytes?: (bytes: number) => void
): Digests & { size: number; sample: Buffer } {
  const buffer = readBuffer()
  let bytes = 0
  // One byte more than expected is asked for: a file that grew meanwhile shows.
  for (let n = -1; n !== 0 && bytes <= size; bytes += n) {
    n = readSync(fd, buffer, HEADER_ROOM + bytes, size + 1 - bytes, null)
  }
  if (bytes !== size) {
    throw new Error(`${absolutePath} changed while it was read (${size} then ${bytes} bytes).`)
  }
  onBytes?.(bytes)
  const content = buffer.subarray(HEADER_ROOM, HEADER_ROOM + size)
  const sample = Buffer.from(content.subarray(0, SAMPLE_BYTES))
  const wanted = kinds === 'likely' ? [likelyDigest(size, sample)] : kinds
  const digests: Digests = {}
  if (wanted.includes('gitSha1')) {
    const header = `blob ${size}\0`
    const start = HEADER_ROOM - header.length
    buffer.write(header, start, 'latin1')
    digests.gitSha1 = oneShot('sha1', buffer.subarray(start, HEADER_ROOM + size))
  }
  if (wanted.includes('sha256')) digests.sha256 = oneShot('sha256', content)
  return { size, sample, ...digests }
}

/** `crypto.hash` (Node 20.12+), or the same through a hash object on older Nodes. */
function oneShot(algorithm: 'sha1' | 'sha256', data: Buffer): string {
  return typeof crypto.hash === 'function'
    ? crypto.hash(algorithm, data, 'hex')
    : crypto.createHash(algorithm).update(data).digest('hex')
}

function update(hash: crypto.Hash | undefined, slice: Buffer): void {
  hash?.update(slice)
}

/** Both digests, the sample and the pointer test of one file (small files, tests). */
export async function hashFile(absolutePath: string): Promise<Required<FileHash>> {
  const { size, sample, gitSha1, sha256 } = digestFile(absolutePath, BOTH)
  return {
    size,
    sample,
    gitSha1: gitSha1 as string,
    sha256: sha256 as string,
    isLfsPointer: isLfsPointer(size, sample)
  }
}

/** The first 512 bytes of a file (the preupload `sample`). */
export function readSample(absolutePath: string): Buffer {
  const fd = openSync(absolutePath, 'r')
  try {
    const buffer = Buffer.allocUnsafe(SAMPLE_BYTES)
    let read = 0
    for (;;) {
      const n = readSync(fd, buffer, read, SAMPLE_BYTES - read, null)
      if (n === 0 || (read += n) === SAMPLE_BYTES) break
    }
    return buffer.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}

/**
 * The local pre-flight, before any request: each file's size, and whether it is a Git LFS pointer
 * (only files small enough to be one are opened).
 */
export function inspectFiles(files: readonly LocalFile[]): HashedFile[] {
  return files.map((file) => {
    const { size } = statSync(file.absolutePath)
    if (size > MAX_LFS_POINTER_SIZE) return { ...file, size, isLfsPointer: false }
    const sample = readSample(file.absolutePath)
    return { ...file, size, sample, isLfsPointer: isLfsPointer(size, sample) }
  })
}

function isLfsPointer(size: number, sample: Buffer): boolean {
  return size <= MAX_LFS_POINTER_SIZE && sample.toString('latin1').startsWith(LFS_POINTER_PREFIX)
}
