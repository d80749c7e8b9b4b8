/**
 * The retry policy's arithmetic: how long the Hub asks us to wait (`RateLimit`, `Retry-After`),
 * the backoff when it does not say, and which failures count as network errors.
 */
import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_RETRY_POLICY,
  RETRYABLE_STATUSES,
  backoffDelayMs,
  isNetworkError,
  serverRequestedDelayMs
} from '../src/hub/retry.js'

describe('serverRequestedDelayMs', () => {
  it('waits for the reset of an exhausted RateLimit bucket, plus one second', () => {
    expect(serverRequestedDelayMs({ ratelimit: '"api";r=0;t=42' })).toBe(43_000)
    expect(serverRequestedDelayMs({ ratelimit: '"api";r=0;t=0' })).toBe(1_000)
    expect(serverRequestedDelayMs({ ratelimit: '"resolvers" ; r = 0 ; t = 9' })).toBe(10_000)
  })

  it('ignores a RateLimit header with requests remaining', () => {
    expect(serverRequestedDelayMs({ ratelimit: '"api";r=12;t=42' })).toBeUndefined()
    expect(serverRequestedDelayMs({ ratelimit: '"api";r=1;t=42', 'retry-after': '3' })).toBe(3_000)
  })

  it('prefers an exhausted RateLimit over Retry-After', () => {
    expect(serverRequestedDelayMs({ ratelimit: '"api";r=0;t=5', 'retry-after': '120' })).toBe(6_000)
  })

  it('reads Retry-After as seconds', () => {
    expect(serverRequestedDelayMs({ 'retry-after': '7' })).toBe(7_000)
    expect(serverRequestedDelayMs({ 'retry-after': ' 2.5 ' })).toBe(2_500)
    expect(serverRequestedDelayMs({ 'retry-after': '0' })).toBe(0)
  })

  it('reads Retry-After as an HTTP date, relative to now', () => {
    const now = Date.parse('Sat, 21 Nov 2026 10:00:00 GMT')
    const headers = { 'retry-after': 'Sat, 21 Nov 2026 10:00:30 GMT' }
    expect(serverRequestedDelayMs(headers, now)).toBe(30_000)
    expect(serverRequestedDelayMs(headers, now + 60_000)).toBe(0)
  })

  it('reads the first of repeated headers', () => {
    expect(serverRequestedDelayMs({ 'retry-after': ['4', '9'] })).toBe(4_000)
  })

  it('says nothing when the server said nothing usable', () => {
    expect(serverRequestedDelayMs({})).toBeUndefined()
    expect(serverRequestedDelayMs({ 'retry-after': 'soon' })).toBeUndefined()
    expect(serverRequestedDelayMs({ ratelimit: 'garbage' })).toBeUndefined()
  })
})

describe('backoffDelayMs', () => {
  const middle = () => 0.5

  it('doubles from the base delay up to the maximum', () => {
    const delays = [1, 2, 3, 4, 5, 6].map((n) => backoffDelayMs(n, DEFAULT_RETRY_POLICY, middle))
    expect(delays).toEqual([1000, 2000, 4000, 8000, 8000, 8000])
  })

  it('spreads each delay by ±20 % of jitter', () => {
    expect(backoffDelayMs(2, DEFAULT_RETRY_POLICY, () => 0)).toBe(1600)
    expect(backoffDelayMs(2, DEFAULT_RETRY_POLICY, () => 0.999999)).toBe(2400)
    const random = Array.from({ length: 50 }, () => backoffDelayMs(1, DEFAULT_RETRY_POLICY))
    expect(Math.min(...random)).toBeGreaterThanOrEqual(800)
    expect(Math.max(...random)).toBeLessThanOrEqual(1200)
  })

  it('follows a custom policy', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 10, maxDelayMs: 25 }
    expect([1, 2, 3].map((n) => backoffDelayMs(n, policy, middle))).toEqual([10, 20, 25])
  })
})

describe('what is retried', () => {
  it('retries 408, 429 and the 5xx a gateway answers, not other client errors', () => {
    expect([...RETRYABLE_STATUSES].sort()).toEqual([408, 429, 500, 502, 503, 504])
  })

  it.each([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'CONNECT_TIMEOUT',
    'HEADERS_TIMEOUT',
    'BODY_TIMEOUT'
  ])('treats %s as a network error', (code) => {
    expect(isNetworkError(Object.assign(new Error('x'), { code }))).toBe(true)
  })

  it('treats fetch failures as network errors, but not programming errors', () => {
    expect(isNetworkError(new TypeError('fetch failed'))).toBe(true)
    expect(isNetworkError(new TypeError('x is not a function'))).toBe(false)
    expect(isNetworkError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe(false)
    expect(isNetworkError(undefined)).toBe(false)
  })
})
