/**
 * Request bodies streamed into files (LFS uploads of several GiB): each chunk is looked at (hashed,
 * counted) and written on; chunks that arrive while a write is under way are written together
 * (one `writev` instead of a write per 64 KiB socket read), and the body is read no faster than
 * the disk takes it, so memory stays at a few MiB.
 */
import { createWriteStream, type WriteStream } from 'node:fs'
import { finished } from 'node:stream/promises'

const WRITE_BATCH = 4 * 1024 * 1024

/**
 * Writes `source` to `file` (from byte `start`, into an existing file, or else as a new file),
 * calling `inspect` on each chunk before it is written (a throw stops there, unwritten).
 */
export async function streamToFile(
  source: AsyncIterable<Buffer>,
  file: string,
  options: { start?: number; inspect?: (chunk: Buffer) => void } = {}
): Promise<void> {
  const out = createWriteStream(file, {
    flags: options.start === undefined ? 'w' : 'r+',
    start: options.start,
    highWaterMark: WRITE_BATCH
  })
  let failure: Error | undefined
  out.on('error', (error) => (failure ??= error))
  try {
    for await (const chunk of source) {
      if (failure) throw failure
      options.inspect?.(chunk)
      if (!out.write(chunk)) await drained(out)
    }
    out.end()
    await finished(out)
  } catch (error) {
    out.destroy()
    throw failure ?? error
  }
}

/** Resolves when `out` takes more (or is closed, by an error). */
function drained(out: WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      out.off('drain', done)
      out.off('close', done)
      resolve()
    }
    out.on('drain', done)
    out.on('close', done)
  })
}
