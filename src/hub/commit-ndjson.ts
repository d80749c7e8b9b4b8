/**
 * The body of a commit as the Hub's NDJSON lines, produced lazily: a header line, then one line
 * per operation. A regular file's content is read from disk and base64-encoded as the line is
 * sent: small files whole, larger ones chunk by chunk, so a commit never holds more than one
 * chunk of a big file in memory. Lines are sent in slices of ~1 MiB: a 10,000-file commit is a
 * few dozen writes, not tens of thousands.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs'

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
/** Files up to this size are read and encoded whole. */
const WHOLE_FILE_BYTES = READ_CHUNK
/** Lines are gathered into slices of about this size before they are sent. */
const SLICE_BYTES = 1024 * 1024

export async function* commitNdjson(
  header: CommitHeader,
  operations: readonly CommitOperation[]
): AsyncGenerator<Buffer> {
  yield line({ key: 'header', value: header })
  let pending: Buffer[] = []
  let pendingBytes = 0
  const take = (): Buffer => {
    const slice = Buffer.concat(pending, pendingBytes)
    pending = []
    pendingBytes = 0
    return slice
  }
  for (const op of operations) {
    if (op.key === 'file' && statSync(op.absolutePath).size > WHOLE_FILE_BYTES) {
      if (pendingBytes > 0) yield take()
      yield* fileLine(op.path, op.absolutePath)
      continue
    }
    const next = smallLine(op)
    pending.push(next)
    pendingBytes += next.length
    if (pendingBytes >= SLICE_BYTES) yield take()
  }
  if (pendingBytes > 0) yield take()
}

/** The line of an operation without a big file's content. */
function smallLine(op: CommitOperation): Buffer {
  switch (op.key) {
    case 'file':
      return line({
        key: 'file',
        value: {
          path: op.path,
          encoding: 'base64',
          content: readFileSync(op.absolutePath).toString('base64')
        }
      })
    case 'lfsFile':
      return line({
        key: 'lfsFile',
        value: { path: op.path, algo: 'sha256', oid: op.oid, size: op.size }
      })
    case 'deletedFile':
      return line({ key: 'deletedFile', value: { path: op.path } })
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
