/**
 * The body of a commit as the Hub's NDJSON lines, produced lazily: a header line, then one line
 * per operation. A regular file's content is read from disk and base64-encoded chunk by chunk as
 * the line is sent, so a commit never holds more than one chunk of any file in memory.
 */
import { createReadStream } from 'node:fs'

export interface CommitHeader {
  /** The title (one line, not empty). */
  summary: string
  description: string
  /** The commit the branch must still point at, or the Hub answers 412. */
  parentCommit: string
}

export type CommitOperation =
  | { key: 'file'; path: string; absolutePath: string }
  | { key: 'lfsFile'; path: string; oid: string; size: number }
  | { key: 'deletedFile'; path: string }

/** A multiple of 3, so that each chunk base64-encodes on its own, without padding. */
const READ_CHUNK = 3 * 64 * 1024

export async function* commitNdjson(
  header: CommitHeader,
  operations: readonly CommitOperation[]
): AsyncGenerator<Buffer> {
  yield line({ key: 'header', value: header })
  for (const op of operations) {
    switch (op.key) {
      case 'file':
        yield* fileLine(op.path, op.absolutePath)
        break
      case 'lfsFile':
        yield line({
          key: 'lfsFile',
          value: { path: op.path, algo: 'sha256', oid: op.oid, size: op.size }
        })
        break
      case 'deletedFile':
        yield line({ key: 'deletedFile', value: { path: op.path } })
    }
  }
}

function line(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value)}\n`)
}

/** `{"key":"file","value":{"path":…,"encoding":"base64","content":"…"}}`, content streamed last. */
async function* fileLine(path: string, absolutePath: string): AsyncGenerator<Buffer> {
  const head = JSON.stringify({ key: 'file', value: { path, encoding: 'base64', content: '' } })
  // Everything up to the content's closing quote, then the content, then the rest.
  const split = head.length - '"}}'.length
  yield Buffer.from(head.slice(0, split))
  let carry: Buffer = Buffer.alloc(0)
  for await (const chunk of createReadStream(absolutePath, { highWaterMark: READ_CHUNK })) {
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer)
    const whole = bytes.length - (bytes.length % 3)
    if (whole > 0) yield Buffer.from(bytes.subarray(0, whole).toString('base64'))
    carry = bytes.subarray(whole)
  }
  if (carry.length > 0) yield Buffer.from(carry.toString('base64'))
  yield Buffer.from(`${head.slice(split)}\n`)
}
