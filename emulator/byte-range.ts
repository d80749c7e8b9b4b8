/**
 * `Range: bytes=…` requests, as the Hub's file routes and its storage answer them: one range
 * (`a-b`, `a-`, `-n`) gets 206 with `Content-Range`; one that starts past the end gets 416. Other
 * forms (several ranges, other units) are ignored and the whole content is sent, as HTTP allows.
 * huggingface.js probes a file's size with `bytes=0-0`; huggingface_hub resumes with `bytes=n-`.
 */
import type { RequestContext } from './http.js'

export type RangeAnswer =
  { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' }

export function readRange(header: string | undefined, size: number): RangeAnswer {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '')
  // An empty file has no byte to name: the whole (empty) content it is.
  if (!match || size === 0 || (match[1] === '' && match[2] === '')) return { kind: 'full' }
  if (match[1] === '') {
    const suffix = Number(match[2])
    if (suffix === 0) return { kind: 'unsatisfiable' }
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(match[1])
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  if (start >= size || end < start) return { kind: 'unsatisfiable' }
  return { kind: 'partial', start, end }
}

/**
 * Writes the status and headers of an answer to `ctx`'s range request for `size` bytes, and
 * returns the slice to send (undefined: nothing, for a 416).
 */
export function writeRangeHead(
  ctx: RequestContext,
  size: number,
  headers: Record<string, string>
): { start: number; end: number } | undefined {
  const range = readRange(ctx.req.headers.range, size)
  const common = { ...headers, 'Accept-Ranges': 'bytes' }
  if (range.kind === 'unsatisfiable') {
    ctx.res.writeHead(416, { ...common, 'Content-Range': `bytes */${size}`, 'Content-Length': '0' })
    return undefined
  }
  if (range.kind === 'full') {
    ctx.res.writeHead(200, { ...common, 'Content-Length': String(size) })
    return { start: 0, end: size - 1 }
  }
  ctx.res.writeHead(206, {
    ...common,
    'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
    'Content-Length': String(range.end - range.start + 1)
  })
  return range
}
