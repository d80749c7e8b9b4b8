/**
 * The Hub's choice, at preupload, between a regular git blob and LFS for a file. The real rule is
 * not public (hub-api.md §5.1, §9.4); this one follows what is known of it.
 */
import type { LfsAttributes } from './gitattributes.js'

export type UploadMode = 'lfs' | 'regular'

/** Files this large always go by LFS (regular files over 10 MiB are refused at commit). */
export const LFS_SIZE_THRESHOLD = 10 * 1024 * 1024

export interface UploadCandidate {
  path: string
  size: number
  /** The first bytes of the file (the clients send 512). */
  sample: Buffer
}

/**
 * Empty files are always regular (object storage refuses 0-byte LFS uploads); otherwise LFS for
 * large files, binary ones (a NUL byte in the sample) and paths `.gitattributes` marks `filter=lfs`.
 */
export function uploadMode(file: UploadCandidate, attributes: LfsAttributes[]): UploadMode {
  if (file.size === 0) return 'regular'
  if (file.size >= LFS_SIZE_THRESHOLD) return 'lfs'
  if (file.sample.includes(0)) return 'lfs'
  return attributes.some((a) => a.isLfs(file.path)) ? 'lfs' : 'regular'
}
