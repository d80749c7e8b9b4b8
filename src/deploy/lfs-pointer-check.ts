/**
 * Pre-flight: a checkout made without Git LFS leaves pointer files where the content should be.
 * Publishing them would replace the real files on the Hub with 130-byte stubs, so the deploy
 * stops before any request, and says how to fix the checkout.
 */
import type { HashedFile } from './hash-file.js'

const LISTED = 5

export class LfsPointerError extends Error {
  constructor(readonly paths: string[]) {
    const listed = paths.slice(0, LISTED).join(', ')
    const more = paths.length > LISTED ? ` and ${paths.length - LISTED} more` : ''
    super(
      `${paths.length} file(s) in 'path' are Git LFS pointers, not their content (${listed}${more}): the repository was checked out without LFS. Check it out with actions/checkout and 'lfs: true' (or run 'git lfs pull' before this step), then deploy again.`
    )
    this.name = 'LfsPointerError'
  }
}

export function assertNoLfsPointers(files: readonly HashedFile[]): void {
  const pointers = files.filter((file) => file.isLfsPointer).map((file) => file.relativePath)
  if (pointers.length > 0) throw new LfsPointerError(pointers)
}
