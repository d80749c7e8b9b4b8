/**
 * Hashing local files the way the Hub identifies them, in one streaming pass per file: the git
 * blob id (`sha1("blob <size>\0" + bytes)`, the `oid` of regular files), the sha256 (the `oid` of
 * LFS objects) and the first 512 bytes (the preupload `sample`). Memory stays at one read buffer
 * per file, whatever its size.
 */
import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { mapWithLimit } from '../concurrency.js'
import type { LocalFile } from './select-files.js'

/** Read size: 1 MiB reads hash a large file about a third faster than the 64 KiB default. */
const READ_BUFFER = 1024 * 1024
/** Bytes of a file the Hub looks at to tell text from binary. */
const SAMPLE_BYTES = 512
/** Files read at once: enough to keep a disk busy, few enough for a runner's file handles. */
const HASH_CONCURRENCY = 8
/** Git LFS pointer files are small text files that start with this line. */
const LFS_POINTER_PREFIX = 'version https://git-lfs.github.com/spec/v1'
const MAX_LFS_POINTER_SIZE = 1024

export interface FileHash {
  size: number
  /** Git blob id: the `oid` the Hub reports for a regular file. */
  gitSha1: string
  /** The `oid` of the file as an LFS object. */
  sha256: string
  sample: Buffer
  /** The file is a Git LFS pointer (a checkout without `lfs: true`), not the real content. */
  isLfsPointer: boolean
}

export type HashedFile = LocalFile & FileHash

export async function hashFile(absolutePath: string): Promise<FileHash> {
  const handle = await open(absolutePath, 'r')
  try {
    const { size } = await handle.stat()
    const sha1 = createHash('sha1').update(`blob ${size}\0`)
    const sha256 = createHash('sha256')
    const head: Buffer[] = []
    let headBytes = 0
    let bytes = 0
    for await (const chunk of handle.createReadStream({
      autoClose: false,
      highWaterMark: READ_BUFFER
    })) {
      const buffer = chunk as Buffer
      sha1.update(buffer)
      sha256.update(buffer)
      bytes += buffer.length
      if (headBytes < SAMPLE_BYTES) {
        head.push(buffer.subarray(0, SAMPLE_BYTES - headBytes))
        headBytes += head[head.length - 1].length
      }
    }
    // The blob id covers the size read first: a file that grew or shrank meanwhile has no id.
    if (bytes !== size) {
      throw new Error(`${absolutePath} changed while it was read (${size} then ${bytes} bytes).`)
    }
    const sample = Buffer.concat(head)
    return {
      size,
      gitSha1: sha1.digest('hex'),
      sha256: sha256.digest('hex'),
      sample,
      isLfsPointer:
        size <= MAX_LFS_POINTER_SIZE && sample.toString('latin1').startsWith(LFS_POINTER_PREFIX)
    }
  } finally {
    await handle.close()
  }
}

/** Hashes every file, a few at a time; results keep the input order. */
export function hashFiles(files: readonly LocalFile[]): Promise<HashedFile[]> {
  return mapWithLimit(files, HASH_CONCURRENCY, async (file) => ({
    ...file,
    ...(await hashFile(file.absolutePath))
  }))
}
