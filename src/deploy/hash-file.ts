/**
 * Reading local files the way the Hub identifies them: the git blob id (`sha1("blob <size>\0" +
 * bytes)`, the `oid` of regular files), the sha256 (the `oid` of LFS objects), the first 512 bytes
 * (the preupload `sample`), and whether a small file is a Git LFS pointer. The hashing itself is
 * in digest-routines.ts (see local-hashes.ts for which digest decides). Memory stays at one
 * buffer whatever the file's size.
 */
import * as crypto from 'node:crypto'
import * as fs from 'node:fs'
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { digestRoutines, type DigestKind, type Digests } from './digest-routines.js'
import type { LocalFile } from './select-files.js'

export type { DigestKind, Digests } from './digest-routines.js'

/** Bytes of a file the Hub looks at to tell text from binary. */
const SAMPLE_BYTES = 512
/** Git LFS pointer files are small text files that start with this line. */
const LFS_POINTER_PREFIX = 'version https://git-lfs.github.com/spec/v1'
const MAX_LFS_POINTER_SIZE = 1024

export interface FileHash extends Digests {
  size: number
  /** The first 512 bytes, once read (the preupload needs them for files it is asked about). */
  sample?: Buffer
  /** The file is a Git LFS pointer (a checkout without `lfs: true`), not the real content. */
  isLfsPointer: boolean
}

export type HashedFile = LocalFile & FileHash

const BOTH: readonly DigestKind[] = ['gitSha1', 'sha256']

export const {
  digestFile,
  digestSteps,
  likelyDigest,
  readBufferBytes: READ_BUFFER_BYTES
} = digestRoutines(crypto, fs)

/** Both digests, the sample and the pointer test of one file (small files, tests). */
export async function hashFile(absolutePath: string): Promise<Required<FileHash>> {
  const {
    size,
    gitSha1,
    sha256,
    sample = readSample(absolutePath)
  } = digestFile(absolutePath, BOTH)
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
    // A literal, not a spread of `file`: 50,000 of these are a few MB smaller at the peak.
    const hashed: HashedFile = {
      relativePath: file.relativePath,
      absolutePath: file.absolutePath,
      size,
      isLfsPointer: false
    }
    if (size > MAX_LFS_POINTER_SIZE) return hashed
    hashed.sample = readSample(file.absolutePath)
    hashed.isLfsPointer = isLfsPointer(size, hashed.sample)
    return hashed
  })
}

function isLfsPointer(size: number, sample: Buffer): boolean {
  return size <= MAX_LFS_POINTER_SIZE && sample.toString('latin1').startsWith(LFS_POINTER_PREFIX)
}
