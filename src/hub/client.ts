/**
 * The HTTP client every Hub operation goes through (over a `Transport`: node:http, or undici
 * behind a proxy): base URL and bearer token, timeouts, retries of idempotent calls with backoff
 * that honours the Hub's `Retry-After` and `RateLimit`, redirects followed here (so that a
 * streamed body is re-made and a 3xx is never taken for an answer), and error answers turned into
 * `HubApiError`. The token goes to the endpoint's origin only, whatever the path or a redirect
 * says.
 */
import { ACTION_VERSION } from '../version.js'
import { HubApiError, HubNetworkError, hubMessageOf } from './error.js'
import { followRedirect } from './redirect.js'
import {
  DEFAULT_RETRY_POLICY,
  RETRYABLE_STATUSES,
  backoffDelayMs,
  isNetworkError,
  serverRequestedDelayMs,
  type RetryPolicy
} from './retry.js'
import {
  createTransport,
  drain,
  isReusedConnectionReset,
  readText,
  type Transport,
  type TransportBody,
  type TransportResponse
} from './transport/index.js'

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
export type RequestBody = TransportBody
export type Headers = Record<string, string | string[] | undefined>

export interface HubRequest {
  method: HttpMethod
  /** A path on the endpoint (`/api/…`) or an absolute URL (LFS upload URLs). */
  path: string
  query?: Record<string, string | number | boolean | string[] | undefined>
  /** Sent as JSON (and makes the call idempotent only if `idempotent` says so). */
  json?: unknown
  /** A raw body, or a factory of one so that a retry can send it again. */
  body?: RequestBody | (() => RequestBody)
  headers?: Record<string, string>
  /** May the call be sent again after a failure? Default: true for GET, HEAD, PUT, DELETE. */
  idempotent?: boolean
  /**
   * Send the token (default true; false for presigned upload URLs, which must not get it). It is
   * sent only to the endpoint's origin in any case.
   */
  auth?: boolean
  /** Statuses that are answers, not errors (e.g. 404 for "does it exist?"). */
  acceptStatuses?: number[]
  /** Longest wait for the response headers (default 60 s). */
  headersTimeoutMs?: number
  /** Aborts the call (a log stream followed until the Space settles); never retried. */
  signal?: AbortSignal
}

export interface HubResponse {
  status: number
  headers: Headers
  text: string
}

export interface RetryNotice {
  method: string
  path: string
  attempt: number
  delayMs: number
  reason: string
}

export interface HubClientOptions {
  endpoint: string
  token?: string
  retry?: Partial<RetryPolicy>
  /** Told about each retry (the action logs it). */
  onRetry?: (notice: RetryNotice) => void
  /** Waits between retries; tests may speed it up. */
  sleep?: (ms: number) => Promise<void>
  /** Default: `createTransport()` (node:http, or undici when a proxy variable is set). */
  transport?: Transport
}

/** Longest silence of the server while an answer's body is read. */
const BODY_TIMEOUT_MS = 120_000
/**
 * Resends, at once, of a call that met a kept-alive connection the server had just closed (more
 * than one may be pooled); after these it is retried like any network error.
 */
const MAX_STALE_RESENDS = 3

export class HubClient {
  readonly endpoint: string
  private readonly origin: string
  private readonly token?: string
  private readonly policy: RetryPolicy
  private readonly onRetry?: (notice: RetryNotice) => void
  private readonly sleep: (ms: number) => Promise<void>
  /** Connections are kept alive and reused: a new one costs a round trip or more (TCP, TLS). */
  readonly transport: Transport

  constructor(options: HubClientOptions) {
    this.endpoint = options.endpoint.replace(/\/+$/, '')
    this.origin = new URL(this.endpoint).origin
    this.token = options.token
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry }
    this.onRetry = options.onRetry
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
    // Self-hosted runners often sit behind a proxy: the transport honours the usual variables.
    this.transport = options.transport ?? createTransport()
  }
  /**
   * Opens connections to the endpoint ahead of the first requests (two: a mode's first reads go
   * side by side), so their handshakes pass while the action still works locally.
   */
  preconnect(count = 2): void {
    this.transport.preconnect?.(new URL(this.origin), count)
  }

  get hasToken(): boolean {
    return Boolean(this.token)
  }

  /** Sends a request and parses the JSON answer. */
  async json<T>(req: HubRequest): Promise<T> {
    const res = await this.send(req)
    return (res.text ? JSON.parse(res.text) : undefined) as T
  }

  /** Sends a request and reads the whole answer as text; throws `HubApiError` on an error status. */
  async send(req: HubRequest): Promise<HubResponse> {
    return this.withRetries(req, async (res) => ({
      status: res.statusCode,
      headers: res.headers,
      text: await readText(res.body)
    }))
  }

  /**
   * Sends a request and hands the streaming answer to `consume` (large downloads, server-sent
   * events). Error statuses still throw before `consume` runs; what `consume` leaves unread when
   * it settles is closed.
   */
  async stream<T>(req: HubRequest, consume: (res: TransportResponse) => Promise<T>): Promise<T> {
    return this.withRetries(req, async (res) => {
      try {
        return await consume(res)
      } finally {
        if (!res.body.readableEnded) res.body.destroy()
      }
    })
  }

  url(path: string, query?: HubRequest['query']): URL {
    const url = /^https?:\/\//.test(path) ? new URL(path) : new URL(this.endpoint + path)
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined) continue
      for (const item of Array.isArray(value) ? value : [value])
        url.searchParams.append(key, String(item))
    }
    return url
  }

  private async withRetries<T>(
    req: HubRequest,
    consume: (res: TransportResponse) => Promise<T>
  ): Promise<T> {
    const idempotent = req.idempotent ?? req.method !== 'POST'
    let url = this.url(req.path, req.query)
    let redirects = 0
    let staleResends = 0
    for (let attempt = 1; ; attempt++) {
      const sendsToken = this.sendsTokenTo(req, url)
      let res: TransportResponse
      try {
        res = await this.transport.request(url, {
          method: req.method,
          headers: this.headers(req, sendsToken),
          body: this.body(req),
          signal: req.signal,
          headersTimeoutMs: req.headersTimeoutMs ?? 60_000,
          bodyTimeoutMs: BODY_TIMEOUT_MS
        })
      } catch (error) {
        if (req.signal?.aborted) throw error
        // A kept-alive connection reset before any answer: most likely the server closed it,
        // idle, as the request went out. Sent again at once, without counting an attempt — but
        // only a call that may be repeated: the server may also have read the request and died,
        // so a commit or a restart is never sent twice on that guess (Go's net/http rule).
        if (idempotent && isReusedConnectionReset(error) && staleResends < MAX_STALE_RESENDS) {
          staleResends++
          attempt--
          continue
        }
        // A refused connection never reached the Hub: even a commit may be sent again.
        const retryable = idempotent
          ? isNetworkError(error)
          : (error as { code?: string }).code === 'ECONNREFUSED'
        if (!retryable || attempt > this.policy.maxRetries) {
          if (isNetworkError(error)) throw new HubNetworkError(req.method, url.href, error, attempt)
          throw error
        }
        await this.pause(
          req,
          url,
          attempt,
          backoffDelayMs(attempt, this.policy),
          describeNetworkError(error)
        )
        continue
      }
      if (
        (res.statusCode >= 200 && res.statusCode < 300) ||
        req.acceptStatuses?.includes(res.statusCode)
      ) {
        return consume(res)
      }
      if (res.statusCode >= 300 && res.statusCode < 400) {
        await drain(res.body).catch(() => undefined)
        // A renamed repo answers 307 to its new id. A redirect is not an attempt: it does not
        // count against the retries.
        url = followRedirect(res.statusCode, header(res.headers, 'location'), {
          method: req.method,
          url,
          resendable: this.resendable(req),
          redirects: redirects++
        })
        attempt--
        continue
      }
      const text = await readText(res.body).catch(() => '')
      const error = new HubApiError({
        status: res.statusCode,
        method: req.method,
        url: url.href,
        hubMessage: hubMessageOf(
          text,
          header(res.headers, 'content-type'),
          header(res.headers, 'x-error-message')
        ),
        errorCode: header(res.headers, 'x-error-code'),
        requestId: header(res.headers, 'x-request-id'),
        sentToken: sendsToken,
        attempts: attempt
      })
      // A 429 comes from the rate limiter, before the Hub acts: safe to repeat even for a POST.
      const retryable = idempotent ? RETRYABLE_STATUSES.has(res.statusCode) : res.statusCode === 429
      if (!retryable || attempt > this.policy.maxRetries) throw error
      const asked = serverRequestedDelayMs(res.headers)
      if (asked !== undefined && asked > this.policy.maxServerDelayMs) throw error
      await this.pause(
        req,
        url,
        attempt,
        asked ?? backoffDelayMs(attempt, this.policy),
        `HTTP ${res.statusCode}`
      )
    }
  }

  /** The token goes along only when asked for, and only to the endpoint's own origin. */
  private sendsTokenTo(req: HubRequest, url: URL): boolean {
    return (req.auth ?? true) && this.token !== undefined && url.origin === this.origin
  }

  /** Whether the body can be sent again: text, bytes, JSON, or a factory of a fresh stream. */
  private resendable(req: HubRequest): boolean {
    const body = req.body
    return (
      req.json !== undefined ||
      body === undefined ||
      typeof body === 'function' ||
      typeof body === 'string' ||
      body instanceof Uint8Array
    )
  }

  private async pause(
    req: HubRequest,
    url: URL,
    attempt: number,
    delayMs: number,
    reason: string
  ): Promise<void> {
    this.onRetry?.({ method: req.method, path: url.pathname, attempt, delayMs, reason })
    await this.sleep(delayMs)
  }

  private headers(req: HubRequest, sendsToken: boolean): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': `hf-space-action/${ACTION_VERSION}; node/${process.versions.node}`,
      ...req.headers
    }
    if (sendsToken) headers.authorization = `Bearer ${this.token}`
    if (req.json !== undefined) headers['content-type'] ??= 'application/json'
    return headers
  }

  private body(req: HubRequest): TransportBody | undefined {
    if (req.json !== undefined) return JSON.stringify(req.json)
    return typeof req.body === 'function' ? req.body() : req.body
  }
}

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

function describeNetworkError(error: unknown): string {
  const code = (error as { code?: string }).code
  return code ? `network error ${code}` : `network error: ${(error as Error).message}`
}
