/**
 * Request context and response helpers shared by every emulator route: the Hub's error shape
 * (`{"error": …}` body mirrored in `X-Error-Message`, plus `X-Error-Code`), request ids, bodies.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

export type RepoType = 'model' | 'dataset' | 'space'

/** An error a route throws; the server turns it into the Hub's error response. */
export class HubHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errorCode?: string,
    readonly extraBody: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
    /** Whether the text is mirrored in `X-Error-Message` (the Hub omits it on some answers, e.g. 409 on create). */
    readonly mirrorMessage = true
  ) {
    super(message)
  }
}

export const repoNotFound = (): HubHttpError =>
  new HubHttpError(404, 'Repository not found', 'RepoNotFound')
export const revisionNotFound = (rev: string): HubHttpError =>
  new HubHttpError(404, `Invalid rev id: ${rev}`, 'RevisionNotFound')
export const entryNotFound = (path: string): HubHttpError =>
  new HubHttpError(404, `Entry not found: ${path}`, 'EntryNotFound')
export const badRequest = (message: string): HubHttpError => new HubHttpError(400, message)

export interface RequestContext {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  method: string
  /** Path parameters from the route pattern, already percent-decoded. */
  params: Record<string, string>
  requestId: string
  /** The bearer token sent, if any. */
  token?: string
  /** Reads the whole body (at most `limit` bytes, else 413). Memoised. */
  body(limit?: number): Promise<Buffer>
  json<T = unknown>(limit?: number): Promise<T>
  /**
   * The body as a stream of chunks, counted like `body()`, for bodies too large to hold in memory
   * (commits, LFS objects, git pushes). Read it once and to its end (not with `body()`): leaving
   * the loop early destroys the request, and its socket with it.
   */
  stream(): AsyncIterable<Buffer>
  /** When set, `stream()` reads the body at most this fast (the `throttle` fault). */
  throttleBytesPerSecond?: number
  /** Set by the preupload route: the paths asked about, for the request record. */
  askedPaths?: string[]
}

const DEFAULT_BODY_LIMIT = 64 * 1024 * 1024

export function createContext(
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  onBodyBytes: (n: number) => void
): RequestContext {
  const url = new URL(req.url ?? '/', 'http://emulator.invalid')
  const authorization = req.headers['authorization']
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')
  const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '')
  let token = match?.[1]
  if (!token && basic) {
    // git sends the token as the password of HTTP Basic auth.
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8')
    token = decoded.slice(decoded.indexOf(':') + 1) || undefined
  }
  let cached: Promise<Buffer> | undefined
  const body = (limit = DEFAULT_BODY_LIMIT): Promise<Buffer> =>
    (cached ??= readBody(req, limit, onBodyBytes))
  const context: RequestContext = {
    req,
    res,
    url,
    method: (req.method ?? 'GET').toUpperCase(),
    params: {},
    requestId,
    token,
    body,
    stream: () => countedChunks(req, onBodyBytes, context),
    async json<T>(limit?: number): Promise<T> {
      const raw = await body(limit)
      const type = String(req.headers['content-type'] ?? '')
      if (type.includes('application/x-www-form-urlencoded')) {
        return formToObject(raw.toString('utf8')) as T
      }
      try {
        return JSON.parse(raw.toString('utf8') || 'null') as T
      } catch {
        throw badRequest('Invalid JSON body')
      }
    }
  }
  return context
}

async function* countedChunks(
  req: IncomingMessage,
  onBodyBytes: (n: number) => void,
  throttle: { throttleBytesPerSecond?: number }
): AsyncGenerator<Buffer> {
  const startedAt = Date.now()
  let read = 0
  for await (const chunk of req) {
    onBodyBytes((chunk as Buffer).length)
    read += (chunk as Buffer).length
    const rate = throttle.throttleBytesPerSecond
    // Ahead of the allowed rate: stop reading for a while, so TCP slows the sender down.
    const aheadMs = rate ? (read / rate) * 1000 - (Date.now() - startedAt) : 0
    if (aheadMs > 0) await new Promise((resolve) => setTimeout(resolve, aheadMs))
    yield chunk as Buffer
  }
}

function formToObject(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of new URLSearchParams(text)) {
    const existing = out[key]
    if (existing === undefined) out[key] = value
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value]
  }
  return out
}

function readBody(
  req: IncomingMessage,
  limit: number,
  onBodyBytes: (n: number) => void
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      onBodyBytes(chunk.length)
      if (size > limit) {
        reject(new HubHttpError(413, 'Payload Too Large'))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export function sendJson(
  ctx: RequestContext,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  sendJsonText(ctx, status, JSON.stringify(body), headers)
}

/** `sendJson` of a body already serialised. */
export function sendJsonText(
  ctx: RequestContext,
  status: number,
  text: string,
  headers: Record<string, string> = {}
): void {
  const payload = Buffer.from(text)
  ctx.res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(payload.length),
    ...headers
  })
  ctx.res.end(payload)
}

export function sendText(
  ctx: RequestContext,
  status: number,
  text: string,
  type = 'text/plain'
): void {
  const payload = Buffer.from(text)
  ctx.res.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Content-Length': String(payload.length)
  })
  ctx.res.end(payload)
}

/** The Hub's error answer: JSON `{"error": message}` and the same text in `X-Error-Message`. */
export function sendError(ctx: RequestContext, error: HubHttpError): void {
  const headers: Record<string, string> = { ...error.headers }
  if (error.mirrorMessage) headers['X-Error-Message'] = error.message.replace(/[\r\n]+/g, ' ')
  if (error.errorCode) headers['X-Error-Code'] = error.errorCode
  sendJson(ctx, error.status, { error: error.message, ...error.extraBody }, headers)
}
