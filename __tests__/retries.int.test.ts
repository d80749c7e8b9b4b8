/**
 * Transient Hub failures met by dist/: rate limits, 5xx and dropped connections are retried after
 * the delay the Hub asks for (or a backoff), and the step succeeds; a restart that may have
 * reached the Hub is never sent twice.
 */
import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { FaultRule } from '../emulator/index.js'
import { requestsTo, runAgainst, useEmulator } from './helpers/emulator.js'
import { seedSpace } from './helpers/spaces.js'

const hub = useEmulator()
const SPACE = 'user/flaky'
const RUNTIME_PATH = `/api/spaces/${SPACE}/runtime`

beforeAll(async () => {
  await seedSpace(hub(), SPACE)
})

beforeEach(() => {
  hub().faults.clear()
  hub().repos.get('space', SPACE)?.runtime?.force('RUNNING')
})

/** Runs `status` once after one fault on the runtime route; returns the run and its requests. */
async function statusAfter(fault: Omit<FaultRule, 'times' | 'path'>) {
  hub().addFault({ ...fault, path: '/runtime', times: 1 })
  const run = await runAgainst(hub(), { repo_id: SPACE })
  return { run, runtime: requestsTo(hub(), '/runtime') }
}

describe('status retried after a transient failure', () => {
  it('429 with Retry-After: waits that long, then succeeds', async () => {
    const { run, runtime } = await statusAfter({ kind: 'status', status: 429, retryAfter: 1 })
    expect(run.exitCode).toBe(0)
    expect(runtime.map((r) => r.status)).toEqual([429, 200])
    expect(run.stdout).toContain(`Retrying GET ${RUNTIME_PATH} in 1.0 s (HTTP 429, attempt 2)`)
    expect(run.outputs.stage).toBe('RUNNING')
  })

  it('429 with RateLimit: waits for the reset (over Retry-After), then succeeds', async () => {
    const fault = { kind: 'status', status: 429, retryAfter: 300, rateLimitReset: 0 } as const
    const { run, runtime } = await statusAfter(fault)
    expect(run.exitCode).toBe(0)
    expect(runtime.map((r) => r.status)).toEqual([429, 200])
    expect(run.stdout).toContain(`Retrying GET ${RUNTIME_PATH} in 1.0 s (HTTP 429, attempt 2)`)
  })

  it('503: backs off, then succeeds', async () => {
    const { run, runtime } = await statusAfter({ kind: 'status', status: 503 })
    expect(run.exitCode).toBe(0)
    expect(runtime.map((r) => r.status)).toEqual([503, 200])
    expect(run.stdout).toMatch(/Retrying GET \S+ in [01]\.\d s \(HTTP 503, attempt 2\)/)
  })

  it('a dropped connection: reconnects, then succeeds', async () => {
    const { run, runtime } = await statusAfter({ kind: 'drop' })
    expect(run.exitCode).toBe(0)
    expect(runtime.map((r) => r.fault)).toEqual(['drop', undefined])
    expect(run.stdout).toMatch(/Retrying GET \S+ in [01]\.\d s \(network error/)
    expect(run.outputs.stage).toBe('RUNNING')
  })
})

describe('restart under failures', () => {
  it('a 503 to the restart fails the step after exactly one restart request', async () => {
    hub().addFault({ kind: 'status', status: 503, path: '/restart', times: 1 })
    const run = await runAgainst(hub(), { repo_id: SPACE, mode: 'restart' })
    expect(run.exitCode).toBe(1)
    expect(requestsTo(hub(), '/restart')).toHaveLength(1)
    expect(run.errors[0]).toContain('Hub answered 503 to POST')
    expect(run.stdout).not.toContain('Retrying')
  })

  it('a 429 to the restart is retried, and the Space restarts once', async () => {
    hub().addFault({ kind: 'status', status: 429, retryAfter: 0, path: '/restart', times: 1 })
    const run = await runAgainst(hub(), { repo_id: SPACE, mode: 'restart' })
    expect(run.exitCode).toBe(0)
    expect(requestsTo(hub(), '/restart').map((r) => r.status)).toEqual([429, 200])
    expect(run.outputs).toMatchObject({ stage: 'RUNNING', changed: 'true' })
  })

  it('a 502 while polling is retried and the wait goes on', async () => {
    hub().addFault({ kind: 'status', status: 502, path: '/runtime', times: 1 })
    const run = await runAgainst(hub(), { repo_id: SPACE, mode: 'restart' })
    expect(run.exitCode).toBe(0)
    expect(requestsTo(hub(), '/runtime')[0].status).toBe(502)
    expect(run.outputs.stage).toBe('RUNNING')
  })
})
