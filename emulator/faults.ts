/**
 * Fault knobs: rules that make matching requests fail the way real networks and the real Hub do —
 * 429 with `Retry-After` and `RateLimit` headers, 5xx, dropped connections, slow answers, a
 * request that is carried out but whose response is lost, and a slow link (a throttled body).
 */

export type FaultKind = 'status' | 'drop' | 'slow' | 'lost-response' | 'throttle'

export interface FaultRule {
  /** HTTP method to match (any when omitted). */
  method?: string
  /** Matches the request path (a substring, or a regular expression). */
  path?: string | RegExp
  kind: FaultKind
  /** For `status`: the status to answer (429, 500, 502, 503, …). */
  status?: number
  /** For 429: `Retry-After` seconds. */
  retryAfter?: number
  /** For 429: adds `RateLimit: "api";r=0;t=<reset>` and its policy header. */
  rateLimitReset?: number
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
    throttle: 0
  }

  constructor(seed = 1) {
    this.random = seededRandom(seed)
  }

  add(rule: FaultRule): void {
    this.rules.push({ ...rule })
  }

  clear(seed?: number): void {
    this.rules = []
    if (seed !== undefined) this.random = seededRandom(seed)
  }

  /** The first rule that hits this request, spending one of its `times`. */
  pick(method: string, path: string): FaultRule | undefined {
    for (const rule of this.rules) {
      if (rule.method && rule.method !== method) continue
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
