/**
 * How a request reaches the network, behind one small interface: node:http/https by default (in
 * Node's startup snapshot, so it costs nothing to load), undici when a proxy is set (loaded only
 * then). Both answer with the same shape: status, headers and a streamed body.
 */
import type { Readable } from 'node:stream'

/** What a request can carry; a stream is read as the socket takes it (no more in memory). */
export type TransportBody =
  string | Buffer | Uint8Array | NodeJS.ReadableStream | AsyncIterable<Uint8Array>

export type ResponseHeaders = Record<string, string | string[] | undefined>

export interface TransportRequest {
  method: string
  headers: Record<string, string>
  body?: TransportBody
  signal?: AbortSignal
  /**
   * Longest silence before the response headers: while the body is sent, between two chunks the
   * socket takes; then until the headers arrive.
   */
  headersTimeoutMs: number
  /** Longest silence of the server while the response body is read. */
  bodyTimeoutMs: number
}

export interface TransportResponse {
  statusCode: number
  /** Lower-case names. */
  headers: ResponseHeaders
  /** The answer's body; destroying it closes the connection (it is not reused). */
  body: Readable
}

export interface Transport {
  /** Sends one request; resolves with the answer as soon as its headers are in. */
  request(url: URL, req: TransportRequest): Promise<TransportResponse>
  /** Closes the connections kept alive (idle ones never hold the process open). */
  close(): Promise<void>
  /** Opens `count` connections to `origin` ahead of the first requests (no request sent). */
  preconnect?(origin: URL, count: number): void
}

/** A timeout of ours (the transport's own, not the socket's), named like a network error. */
export class TransportTimeoutError extends Error {
  constructor(
    readonly code: 'CONNECT_TIMEOUT' | 'HEADERS_TIMEOUT' | 'BODY_TIMEOUT',
    message: string
  ) {
    super(message)
    this.name = 'TransportTimeoutError'
  }
}

const REUSED_CONNECTION = Symbol('reusedConnection')

/**
 * Marks an error as a reset of a kept-alive connection before any answer: the server may have
 * closed it, idle, just as the request went out.
 */
export function markReusedConnectionReset<E extends object>(error: E): E {
  return Object.assign(error, { [REUSED_CONNECTION]: true })
}

export function isReusedConnectionReset(error: unknown): boolean {
  return typeof error === 'object' && error !== null && REUSED_CONNECTION in error
}

/** The whole body as UTF-8 text. */
export async function readText(body: Readable): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
  return Buffer.concat(chunks).toString('utf8')
}

/** Longest body read to keep a connection reusable; a longer one is cut (its connection closed). */
const DRAIN_LIMIT = 128 * 1024

/** Reads a body that does not matter (a redirect's, a ping's) so its connection can be reused. */
export async function drain(body: Readable): Promise<void> {
  let read = 0
  for await (const chunk of body) {
    read += (chunk as Buffer).length
    // Leaving the loop destroys the body.
    if (read > DRAIN_LIMIT) break
  }
}
