/**
 * Request bodies read as streams: NDJSON split into lines without holding the body, and draining
 * what is left of a body before an early error answer (a client still sending a large body would
 * otherwise see a reset connection instead of the error).
 */
import type { RequestContext } from './http.js'

/** A line too long to keep: its start and end (enough to find small fields) and its length. */
export interface LongLine {
  head: string
  tail: string
  length: number
}

export type BodyLine = { text: string } | { long: LongLine }

const KEPT_EDGE = 64 * 1024

/**
 * Splits a stream into `\n`-terminated lines (the last may lack its `\n`; blank lines are
 * skipped). A line longer than `maxLine` bytes is not kept: only its edges are, as a `LongLine`.
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer>,
  maxLine: number
): AsyncGenerator<BodyLine> {
  let parts: Buffer[] = []
  let length = 0
  let long: { head: Buffer; tail: Buffer } | undefined

  const append = (piece: Buffer): void => {
    length += piece.length
    if (long) {
      long.tail = keepTail(Buffer.concat([long.tail, piece]))
      return
    }
    parts.push(piece)
    if (length > maxLine) {
      const all = Buffer.concat(parts)
      // Copies: a view would keep the whole line's buffer alive.
      long = { head: Buffer.from(all.subarray(0, KEPT_EDGE)), tail: keepTail(all) }
      parts = []
    }
  }
  const finish = (): BodyLine | undefined => {
    const line: BodyLine | undefined = long
      ? { long: { head: long.head.toString('utf8'), tail: long.tail.toString('utf8'), length } }
      : length > 0
        ? { text: Buffer.concat(parts).toString('utf8') }
        : undefined
    parts = []
    length = 0
    long = undefined
    return line && 'text' in line && line.text.trim() === '' ? undefined : line
  }

  for await (const chunk of chunks) {
    let start = 0
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      append(chunk.subarray(start, nl))
      start = nl + 1
      const line = finish()
      if (line) yield line
    }
    if (start < chunk.length) append(chunk.subarray(start))
  }
  const last = finish()
  if (last) yield last
}

function keepTail(buffer: Buffer): Buffer {
  return buffer.length > KEPT_EDGE
    ? Buffer.from(buffer.subarray(buffer.length - KEPT_EDGE))
    : buffer
}

/** Reads and discards what is left of the request body. */
export async function drain(ctx: RequestContext): Promise<void> {
  if (ctx.req.complete || ctx.req.destroyed || ctx.req.readableEnded) return
  for await (const _chunk of ctx.stream()) {
    // discard
  }
}
