/**
 * Git LFS pointer files: what a repo's git tree holds in place of an LFS file's content (spec v1,
 * https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md). The Hub reports such a file with its
 * real size and sha256, so reading a tree means recognising pointers.
 */

export interface LfsPointer {
  /** sha256 of the content, lower-case hex. */
  oid: string
  /** Size of the content in bytes. */
  size: number
}

/** git-lfs never reads a blob larger than this as a pointer. */
export const MAX_POINTER_SIZE = 1024

export const SHA256_HEX = /^[0-9a-f]{64}$/

const VERSION_LINE = 'version https://git-lfs.github.com/spec/v1'

/** The pointer file git stores for an LFS object. */
export function formatPointer(pointer: LfsPointer): string {
  return `${VERSION_LINE}\noid sha256:${pointer.oid}\nsize ${pointer.size}\n`
}

/** The object a blob points at, or undefined when the blob is not an LFS pointer. */
export function parsePointer(content: Buffer): LfsPointer | undefined {
  if (content.length > MAX_POINTER_SIZE) return undefined
  const lines = content.toString('utf8').split('\n')
  if (lines[0] !== VERSION_LINE || lines.at(-1) !== '') return undefined
  let oid: string | undefined
  let size: number | undefined
  // Keys other than oid and size (extensions) may follow the version line; they do not matter here.
  for (const line of lines.slice(1, -1)) {
    const space = line.indexOf(' ')
    const key = line.slice(0, space)
    const value = line.slice(space + 1)
    if (key === 'oid' && value.startsWith('sha256:')) oid = value.slice('sha256:'.length)
    else if (key === 'size' && /^\d+$/.test(value)) size = Number(value)
  }
  if (oid === undefined || !SHA256_HEX.test(oid) || size === undefined) return undefined
  return { oid, size }
}
