/**
 * When to retry a Hub call and how long to wait: the official client's policy (408/429/5xx and
 * network errors; 1 s doubling to 8 s), honouring `Retry-After` and the `RateLimit` header.
 */

export const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504])

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number
  /** First backoff; doubles each retry up to `maxDelayMs`. */
  baseDelayMs: number
  maxDelayMs: number
  /** Longest wait a server may ask for (Retry-After, RateLimit reset) before we give up instead. */
  maxServerDelayMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 5,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  maxServerDelayMs: 300_000
}

/**
 * Seconds to wait before the next attempt as the server asked, or undefined when it did not say.
 * `RateLimit: "api";r=0;t=42` (IETF draft, the Hub's form) wins over `Retry-After`, which may be
 * seconds or an HTTP date.
 */
export function serverRequestedDelayMs(
  headers: Record<string, string | string[] | undefined>,
  now: number = Date.now()
): number | undefined {
  const rateLimit = headerValue(headers, 'ratelimit')
  if (rateLimit) {
    const match = /"?\w+"?\s*;\s*r\s*=\s*(\d+)\s*;\s*t\s*=\s*(\d+)/.exec(rateLimit)
    if (match && Number(match[1]) === 0) return (Number(match[2]) + 1) * 1000
  }
  const retryAfter = headerValue(headers, 'retry-after')?.trim()
  if (!retryAfter) return undefined
  if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.ceil(Number(retryAfter) * 1000)
  const date = Date.parse(retryAfter)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** Exponential backoff for attempt `retry` (1-based), with ±20 % jitter so parallel jobs spread. */
export function backoffDelayMs(
  retry: number,
  policy: RetryPolicy,
  random: () => number = Math.random
): number {
  const base = Math.min(policy.baseDelayMs * 2 ** (retry - 1), policy.maxDelayMs)
  return Math.round(base * (0.8 + 0.4 * random()))
}

/**
 * Errors from the socket layer that mean "the request may not have arrived": retry if idempotent.
 * undici's (`UND_ERR_*`, behind a proxy), node's, and the transport's own timeouts.
 */
export function isNetworkError(error: unknown): boolean {
  const code = (error as { code?: string })?.code ?? ''
  return (
    code.startsWith('UND_ERR_') ||
    [
      'CONNECT_TIMEOUT',
      'HEADERS_TIMEOUT',
      'BODY_TIMEOUT',
      'ERR_SOCKET_CONNECTION_TIMEOUT',
      'ECONNRESET',
      'ECONNREFUSED',
      'EPIPE',
      'ETIMEDOUT',
      'EAI_AGAIN',
      'ENETUNREACH',
      'EHOSTUNREACH',
      'ECONNABORTED'
    ].includes(code) ||
    (error instanceof TypeError && /fetch failed|terminated|other side closed/i.test(error.message))
  )
}

function headerValue(
  headers: Record<string, string | string[] | undefined>,
  name: string
): string | undefined {
  const value = headers[name] ?? headers[name.toLowerCase()]
  return Array.isArray(value) ? value[0] : value
}
