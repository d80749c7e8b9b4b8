/**
 * Fault knobs: rules that make matching requests fail the way real networks and the real Hub do —
 * 429 with `Retry-After` and `RateLimit` headers, 5xx, dropped connections, slow answers, a
 * request that is carried out but whose response is lost, a redirect (to another host, say), a
 * server that accepts and never answers, a `Link: rel="next"` that never ends, and a slow link
 * (a throttled request body).
 */
import { drain } from './body-stream.js'
import type { RequestContext } from './http.js'

export type FaultKind =
  'status' | 'drop' | 'slow' | 'lost-response' | 'redirect' | 'hang' | 'next-link' | 'throttle'

export interface FaultRule {
  /** HTTP method to match (any when omitted). */
  method?: string
  /** Matches the request path (a substring, or a regular expression). */
  path?: string | RegExp
  /** Matches the query string (a substring, e.g. `service=git-receive-pack`). */
  query?: string
  kind: FaultKind
  /** For `status`: the status to answer (429, 500, 502, 503, …). */
  status?: number
  /** For 429: `Retry-After` seconds. */
  retryAfter?: number
  /** For 429: adds `RateLimit: "api";r=0;t=<reset>` and its policy header. */
  rateLimitReset?: number
  /**
   * For `redirect`: where the client is sent (`Location`), with the request's path and query
   * appended — a host that moved — unless `exactLocation`. Status: `status`, default 307.
   */
  location?: string
  exactLocation?: boolean
  /**
   * For `next-link`: the request is served as usual, plus `Link: <…>; rel="next"` to the very
   * same URL (`repeat`) or to the same URL with a new `page` parameter each time (`endless`).
   */
  nextLink?: 'repeat' | 'endless'
  /** For `slow`: delay before the request is handled. */
  delayMs?: number
  /** For `throttle`: the request body is read at most this fast (a slow uplink). */
  bytesPerSecond?: number
  /** How many matching requests it hits before it is spent (default: every one). */
  times?: number
  /** Chance (0–1) that a matching request is hit; drawn from the emulator's seeded generator. */
  probability?: number
}

export interface FaultDecision {
  rule: FaultRule
}

/** A small seeded generator (mulberry32) so that "20 % faults" runs are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export class FaultInjector {
  private rules: FaultRule[] = []
  private random: () => number
  /** How many requests each kind of fault has hit. */
  readonly hits: Record<FaultKind, number> = {
    status: 0,
    drop: 0,
    slow: 0,
    'lost-response': 0,
    redirect: 0,
    hang: 0,
    'next-link': 0,
    throttle: 0
  }
  /** Pages an `endless` next link has handed out. */
  private pages = 0

  constructor(seed = 1) {
    this.random = seededRandom(seed)
  }

  add(rule: FaultRule): void {
    this.rules.push({ ...rule })
  }

  clear(seed?: number): void {
    this.rules = []
    this.pages = 0
    if (seed !== undefined) this.random = seededRandom(seed)
  }

  /** The first rule that hits this request, spending one of its `times`. */
  pick(method: string, path: string, query = ''): FaultRule | undefined {
    for (const rule of this.rules) {
      if (rule.method && rule.method !== method) continue
      if (rule.query !== undefined && !query.includes(rule.query)) continue
      if (rule.path !== undefined) {
        const matches =
          typeof rule.path === 'string' ? path.includes(rule.path) : rule.path.test(path)
        if (!matches) continue
      }
      if (rule.times !== undefined && rule.times <= 0) continue
      if (rule.probability !== undefined && this.random() >= rule.probability) continue
      if (rule.times !== undefined) rule.times--
      this.hits[rule.kind]++
      return rule
    }
    return undefined
  }

  /** The next page number an `endless` next link hands out. */
  nextPage(): number {
    return ++this.pages
  }
}

export function faultHeaders(rule: FaultRule): Record<string, string> {
  const headers: Record<string, string> = {}
  if (rule.retryAfter !== undefined) headers['Retry-After'] = String(rule.retryAfter)
  if (rule.rateLimitReset !== undefined) {
    headers['RateLimit'] = `"api";r=0;t=${rule.rateLimitReset}`
    headers['RateLimit-Policy'] = '"fixed window";"api";q=1000;w=300'
  }
  return headers
}

/**
 * Carries out the faults that answer (or withhold) a response themselves: `true` when the request
 * is done with, `false` when the route should still serve it. `hubUrl` is the emulator's origin.
 */
export async function answerFault(
  ctx: RequestContext,
  rule: FaultRule,
  hubUrl: string,
  injector: FaultInjector
): Promise<boolean> {
  switch (rule.kind) {
    case 'redirect': {
      await drain(ctx)
      const tail = `${ctx.url.pathname}${ctx.url.search}`
      const location = rule.exactLocation ? (rule.location ?? '/') : `${rule.location ?? ''}${tail}`
      ctx.res.writeHead(rule.status ?? 307, { Location: location, 'Content-Length': '0' })
      ctx.res.end()
      return true
    }
    case 'hang':
      // Accepted, never answered: the request stays open until the client gives up.
      await new Promise<void>((resolve) => {
        if (ctx.req.socket.destroyed) resolve()
        else ctx.req.socket.once('close', () => resolve())
      })
      return true
    case 'next-link': {
      const next = new URL(`${ctx.url.pathname}${ctx.url.search}`, hubUrl)
      if (rule.nextLink === 'endless') next.searchParams.set('page', String(injector.nextPage()))
      ctx.res.setHeader('Link', `<${next.href}>; rel="next"`)
      return false
    }
    default:
      return false
  }
}
