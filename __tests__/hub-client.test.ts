/**
 * `HubClient` against a real emulator with injected faults: which calls are retried, after how
 * long (a fake `sleep` records the delays instead of waiting), and what a failure looks like.
 */
import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS, HubEmulator } from '../emulator/index.js'
import { HubClient, type HubClientOptions, type RetryNotice } from '../src/hub/client.js'
import { HubApiError, HubNetworkError } from '../src/hub/error.js'
import { restartSpace } from '../src/hub/restart-space.js'
import { getSpaceRuntime } from '../src/hub/space-runtime.js'
import { requestsTo, useEmulator } from './helpers/emulator.js'
import { failure } from './helpers/failure.js'
import { seedSpace } from './helpers/spaces.js'

const hub = useEmulator()
const SPACE = 'user/client-space'

beforeAll(async () => {
  await seedSpace(hub(), SPACE)
  await seedSpace(hub(), 'user/private-space', { private: true })
})

beforeEach(() => {
  hub().faults.clear()
  hub().clearRequests()
  hub().repos.get('space', SPACE)?.runtime?.force('RUNNING')
})

/** A client whose sleeps are recorded, not waited. */
function fakeClient(options: Partial<HubClientOptions> = {}) {
  const sleeps: number[] = []
  const notices: RetryNotice[] = []
  const client = new HubClient({
    endpoint: hub().url,
    token: EMULATOR_TOKENS.write,
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    onRetry: (notice) => notices.push(notice),
    ...options
  })
  return { client, sleeps, notices }
}

describe('retries of idempotent calls', () => {
  it('retries 503 with growing backoff until the runtime answers', async () => {
    hub().addFault({ kind: 'status', status: 503, times: 2, path: '/runtime' })
    const { client, sleeps, notices } = fakeClient()
    const runtime = await getSpaceRuntime(client, SPACE)
    expect(runtime.stage).toBe('RUNNING')
    expect(requestsTo(hub(), '/runtime').map((r) => r.status)).toEqual([503, 503, 200])
    expect(sleeps).toHaveLength(2)
    expect(sleeps[0]).toBeGreaterThanOrEqual(800)
    expect(sleeps[0]).toBeLessThanOrEqual(1200)
    expect(sleeps[1]).toBeGreaterThanOrEqual(1600)
    expect(sleeps[1]).toBeLessThanOrEqual(2400)
    expect(notices.map((n) => [n.attempt, n.reason, n.path])).toEqual([
      [1, 'HTTP 503', `/api/spaces/${SPACE}/runtime`],
      [2, 'HTTP 503', `/api/spaces/${SPACE}/runtime`]
    ])
  })

  it('waits as long as Retry-After says on a 429', async () => {
    hub().addFault({ kind: 'status', status: 429, times: 1, retryAfter: 7, path: '/runtime' })
    const { client, sleeps } = fakeClient()
    await getSpaceRuntime(client, SPACE)
    expect(sleeps).toEqual([7000])
    expect(requestsTo(hub(), '/runtime')).toHaveLength(2)
  })

  it('waits for the RateLimit reset (plus one second) rather than Retry-After', async () => {
    const fault = { kind: 'status', status: 429, times: 1, path: '/runtime' } as const
    hub().addFault({ ...fault, retryAfter: 3, rateLimitReset: 41 })
    const { client, sleeps } = fakeClient()
    await getSpaceRuntime(client, SPACE)
    expect(sleeps).toEqual([42_000])
  })

  it('retries a dropped connection', async () => {
    hub().addFault({ kind: 'drop', times: 1, path: '/runtime' })
    const { client, sleeps, notices } = fakeClient()
    expect((await getSpaceRuntime(client, SPACE)).stage).toBe('RUNNING')
    expect(requestsTo(hub(), '/runtime').map((r) => r.fault)).toEqual(['drop', undefined])
    expect(sleeps).toHaveLength(1)
    expect(notices[0].reason).toMatch(/^network error/)
  })

  it('gives up on answers slower than headersTimeoutMs, and retries', async () => {
    hub().addFault({ kind: 'slow', delayMs: 4000, times: 1, path: '/runtime' })
    const { client, notices } = fakeClient()
    const started = Date.now()
    const res = await client.send({
      method: 'GET',
      path: `/api/spaces/${SPACE}/runtime`,
      headersTimeoutMs: 100
    })
    expect(res.status).toBe(200)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(notices.map((n) => n.reason)).toEqual(['network error HEADERS_TIMEOUT'])
    expect(requestsTo(hub(), '/runtime')).toHaveLength(2)
  })

  it('stops after maxRetries and reports the attempts', async () => {
    hub().addFault({ kind: 'status', status: 502, path: '/runtime' })
    const { client, sleeps } = fakeClient({ retry: { maxRetries: 2 } })
    const error = await failure(getSpaceRuntime(client, SPACE))
    expect(error).toBeInstanceOf(HubApiError)
    expect((error as HubApiError).attempts).toBe(3)
    expect(error.message).toContain('The Hub failed after 3 attempts')
    expect(requestsTo(hub(), '/runtime')).toHaveLength(3)
    expect(sleeps).toHaveLength(2)
  })

  it('gives up at once when the server asks for a longer wait than maxServerDelayMs', async () => {
    hub().addFault({ kind: 'status', status: 429, retryAfter: 3600, path: '/runtime' })
    const { client, sleeps } = fakeClient()
    const error = (await failure(getSpaceRuntime(client, SPACE))) as HubApiError
    expect(error.status).toBe(429)
    expect(sleeps).toEqual([])
    expect(requestsTo(hub(), '/runtime')).toHaveLength(1)
  })

  it('does not retry a 404', async () => {
    const { client, sleeps } = fakeClient()
    const error = (await failure(getSpaceRuntime(client, 'user/missing'))) as HubApiError
    expect(error.status).toBe(404)
    expect(error.errorCode).toBe('RepoNotFound')
    expect(error.hubMessage).toBe('Repository not found')
    expect(error.requestId).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24};/)
    expect(sleeps).toEqual([])
    expect(hub().hubRequests()).toHaveLength(1)
  })
})

describe('POST calls (restart)', () => {
  it('are not retried on 503: the restart may have happened', async () => {
    hub().addFault({ kind: 'status', status: 503, times: 1, path: '/restart' })
    const { client, sleeps } = fakeClient()
    const error = (await failure(restartSpace(client, SPACE, { factory: false }))) as HubApiError
    expect(error.status).toBe(503)
    expect(error.attempts).toBe(1)
    expect(sleeps).toEqual([])
    expect(requestsTo(hub(), '/restart')).toHaveLength(1)
  })

  it('are not retried after a dropped connection', async () => {
    hub().addFault({ kind: 'drop', times: 1, path: '/restart' })
    const { client } = fakeClient()
    const error = await failure(restartSpace(client, SPACE, { factory: false }))
    expect(error).toBeInstanceOf(HubNetworkError)
    expect(requestsTo(hub(), '/restart')).toHaveLength(1)
  })

  it('are retried on 429: the rate limiter answered before the Hub acted', async () => {
    hub().addFault({ kind: 'status', status: 429, times: 1, retryAfter: 2, path: '/restart' })
    const { client, sleeps } = fakeClient()
    const runtime = await restartSpace(client, SPACE, { factory: true })
    expect(runtime.stage).toBe('BUILDING')
    expect(sleeps).toEqual([2000])
    const restarts = requestsTo(hub(), '/restart', 'POST')
    expect(restarts.map((r) => [r.status, r.query])).toEqual([
      [429, '?factory=true'],
      [200, '?factory=true']
    ])
  })

  it('are retried when the connection is refused: nothing reached the Hub', async () => {
    const closed = await HubEmulator.start()
    await closed.close()
    const { client, sleeps } = fakeClient({ endpoint: closed.url, retry: { maxRetries: 2 } })
    const error = await failure(restartSpace(client, SPACE, { factory: false }))
    expect(error).toBeInstanceOf(HubNetworkError)
    expect(error.message).toContain('3 attempts')
    expect(error.message).toContain('ECONNREFUSED')
    expect(sleeps).toHaveLength(2)
  })
})

describe('requests', () => {
  it('send the token as a bearer and name the action in the user agent', async () => {
    await getSpaceRuntime(fakeClient().client, SPACE)
    const [sent] = hub().hubRequests()
    expect(sent.headers.authorization).toBe(`Bearer ${EMULATOR_TOKENS.write}`)
    expect(sent.headers['user-agent']).toMatch(/^hf-space-action\/\S+; node\/\d+/)
  })

  it('leave the token out when told (presigned URLs)', async () => {
    const { client } = fakeClient()
    await client.send({ method: 'GET', path: `/api/spaces/${SPACE}/runtime`, auth: false })
    expect(hub().hubRequests()[0].headers.authorization).toBeUndefined()
  })

  it('take accepted error statuses as answers', async () => {
    const { client } = fakeClient()
    const res = await client.send({
      method: 'GET',
      path: '/api/spaces/user/missing/runtime',
      acceptStatuses: [404]
    })
    expect(res.status).toBe(404)
    expect(JSON.parse(res.text)).toEqual({ error: 'Repository not found' })
  })

  it('without a token, a private Space answers 401 and the error says to set one', async () => {
    const { client } = fakeClient({ token: undefined })
    const error = (await failure(getSpaceRuntime(client, 'user/private-space'))) as HubApiError
    expect(error.status).toBe(401)
    expect(error.sentToken).toBe(false)
    expect(error.message).toContain('No token was sent')
    expect(hub().hubRequests()[0].headers.authorization).toBeUndefined()
  })
})

describe('renamed repos', () => {
  it('follows the Hub’s redirect from the old id, for reads and for a restart sent once', async () => {
    const moved = await seedSpace(hub(), 'user/old-name')
    hub().repos.move(moved, 'user', 'new-name')
    hub().clearRequests()
    const { client } = fakeClient()
    expect((await getSpaceRuntime(client, 'user/old-name')).stage).toBe('RUNNING')
    await restartSpace(client, 'user/old-name', { factory: false })
    const seen = hub()
      .hubRequests()
      .map((r) => `${r.method} ${r.path} ${r.status}`)
    expect(seen).toEqual([
      'GET /api/spaces/user/old-name/runtime 307',
      'GET /api/spaces/user/new-name/runtime 200',
      'POST /api/spaces/user/old-name/restart 307',
      'POST /api/spaces/user/new-name/restart 200'
    ])
    expect(requestsTo(hub(), '/new-name/restart')[0].headers.authorization).toBe(
      `Bearer ${EMULATOR_TOKENS.write}`
    )
  })
})
