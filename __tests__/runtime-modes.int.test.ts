/**
 * `status`, `restart` and `pause` end to end: dist/ run as the runner does against the emulator,
 * asserting the requests the Hub got, the outputs, the job summary and the Space's state after.
 */
import { describe, expect, it } from '@jest/globals'
import { request } from 'undici'
import { EMULATOR_TOKENS } from '../emulator/index.js'
import { requestsTo, runAgainst, useEmulator } from './helpers/emulator.js'
import { appEndingIn, seedSpace } from './helpers/spaces.js'

const hub = useEmulator({ serveApps: true })

describe('status', () => {
  it('reads the runtime once, changes nothing, and works without a token', async () => {
    const repo = await seedSpace(hub(), 'user/status-ok')
    const run = await runAgainst(hub(), { repo_id: 'user/status-ok', token: '' })
    expect(run.exitCode).toBe(0)
    expect(
      hub()
        .hubRequests()
        .map((r) => `${r.method} ${r.path}`)
    ).toEqual(['GET /api/spaces/user/status-ok/runtime'])
    expect(hub().hubRequests()[0].headers.authorization).toBeUndefined()
    expect(run.outputs).toMatchObject({
      stage: 'RUNNING',
      hardware: 'cpu-basic',
      requested_hardware: 'cpu-basic',
      sleep_time: '172800',
      space_url: `${hub().url}/spaces/user/status-ok`,
      app_url: `http://${repo.runtime?.domain}`,
      changed: 'false'
    })
    expect(JSON.parse(run.outputs.runtime)).toEqual(repo.runtime?.toJSON())
  })

  it('fails on an error stage, with the tail of the build log in the log and the summary', async () => {
    const log = 'ERROR: No matching distribution found for torch==99.0'
    await seedSpace(hub(), 'user/status-broken', { files: appEndingIn('BUILD_ERROR', [log]) })
    const run = await runAgainst(hub(), { repo_id: 'user/status-broken' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^::error::user\/status-broken is in BUILD_ERROR: Build failed with exit code: 1\.%0AFirst error lines of the build log:%0A {2}ERROR: /
      )
    ])
    expect(run.outputs.stage).toBe('BUILD_ERROR')
    expect(run.stdout).toContain('Last ')
    expect(run.stdout).toContain(`  | ${log}\n`)
    expect(run.summary).toMatch(/<summary>Build log, last \d+ lines<\/summary>/)
    expect(run.summary).toContain(log)
    expect(run.summary).toContain('<strong>Failed:</strong> user/status-broken is in BUILD_ERROR')
    expect(requestsTo(hub(), '/logs/build')).toHaveLength(1)
    expect(requestsTo(hub(), '/logs/build')[0].query).toBe('?tail=30')
  })
})

describe('restart', () => {
  it('sends one restart with the bearer token, waits for RUNNING, and the app serves', async () => {
    const repo = await seedSpace(hub(), 'user/restart-me')
    const run = await runAgainst(hub(), { repo_id: 'user/restart-me', mode: 'restart' })
    expect(run.exitCode).toBe(0)
    const restarts = requestsTo(hub(), '/restart')
    expect(restarts).toHaveLength(1)
    expect(restarts[0].method).toBe('POST')
    expect(restarts[0].headers.authorization).toBe(`Bearer ${EMULATOR_TOKENS.write}`)
    expect(restarts[0].query).toBe('')
    // The restart answered BUILDING; the polls saw the build through to RUNNING.
    expect(requestsTo(hub(), '/runtime').length).toBeGreaterThanOrEqual(3)
    expect(run.stdout).toContain('user/restart-me: BUILDING\n')
    expect(run.stdout).toContain('user/restart-me: RUNNING\n')
    expect(run.outputs).toMatchObject({ stage: 'RUNNING', changed: 'true' })
    expect(repo.runtime?.stage).toBe('RUNNING')
    const app = await request(run.outputs.app_url)
    expect(app.statusCode).toBe(200)
    expect(await app.body.text()).toContain('restart-me')
  })

  it('asks for a factory rebuild with factory_reboot', async () => {
    const repo = await seedSpace(hub(), 'user/factory')
    const run = await runAgainst(hub(), {
      repo_id: 'user/factory',
      mode: 'restart',
      factory_reboot: 'true'
    })
    expect(run.exitCode).toBe(0)
    expect(requestsTo(hub(), '/restart').map((r) => r.query)).toEqual(['?factory=true'])
    expect(run.outputs).toMatchObject({ stage: 'RUNNING', changed: 'true' })
    expect(repo.runtime?.buildLog.map((l) => l.data).join('')).toContain('Factory rebuild')
    expect(run.summary).toContain('Requested a factory rebuild')
  })

  it('does not poll with wait: false', async () => {
    const repo = await seedSpace(hub(), 'user/no-wait')
    const run = await runAgainst(hub(), { repo_id: 'user/no-wait', mode: 'restart', wait: 'false' })
    expect(run.exitCode).toBe(0)
    expect(
      hub()
        .hubRequests()
        .map((r) => `${r.method} ${r.path}`)
    ).toEqual(['GET /api/whoami-v2', 'POST /api/spaces/user/no-wait/restart'])
    expect(run.outputs).toMatchObject({ stage: 'BUILDING', hardware: '', changed: 'true' })
    expect(run.summary).toContain('Not waiting for the Space to settle (wait: false).')
    expect(repo.runtime?.stage).toBe('BUILDING')
  })
})

describe('pause', () => {
  it('pauses a running Space', async () => {
    const repo = await seedSpace(hub(), 'user/pause-me')
    const run = await runAgainst(hub(), { repo_id: 'user/pause-me', mode: 'pause' })
    expect(run.exitCode).toBe(0)
    expect(
      hub()
        .hubRequests()
        .map((r) => `${r.method} ${r.path}`)
    ).toEqual([
      'GET /api/spaces/user/pause-me/runtime',
      'GET /api/whoami-v2',
      'POST /api/spaces/user/pause-me/pause'
    ])
    expect(run.outputs).toMatchObject({ stage: 'PAUSED', hardware: '', changed: 'true' })
    expect(repo.runtime?.stage).toBe('PAUSED')
  })

  it('leaves a paused Space alone and reports no change', async () => {
    await seedSpace(hub(), 'user/paused-already', { stage: 'PAUSED' })
    const run = await runAgainst(hub(), { repo_id: 'user/paused-already', mode: 'pause' })
    expect(run.exitCode).toBe(0)
    expect(requestsTo(hub(), '/pause')).toHaveLength(0)
    expect(run.outputs).toMatchObject({ stage: 'PAUSED', changed: 'false' })
    expect(run.summary).toContain('Already paused: nothing to do.')
  })
})

describe('dry_run', () => {
  // A dry run that would write checks the token as the real run would (whoami-v2).
  it.each([
    ['restart', 'RUNNING', 'would request a restart', true],
    ['pause', 'RUNNING', 'would pause it', true],
    ['wake', 'SLEEPING', 'would restart it to wake it', true],
    ['wake', 'RUNNING', 'would visit the app', false]
  ] as const)(
    '%s on a %s Space only reads it and says what it would do',
    async (mode, stage, says, checksToken) => {
      const id = `user/dry-${mode}-${stage.toLowerCase()}`
      const repo = await seedSpace(hub(), id, { stage })
      const run = await runAgainst(hub(), { repo_id: id, mode, dry_run: 'true' })
      expect(run.exitCode).toBe(0)
      expect(
        hub()
          .hubRequests()
          .map((r) => `${r.method} ${r.path}`)
      ).toEqual([`GET /api/spaces/${id}/runtime`, ...(checksToken ? ['GET /api/whoami-v2'] : [])])
      expect(repo.runtime?.stage).toBe(stage)
      expect(repo.runtime?.appVisits).toEqual([])
      expect(run.outputs.changed).toBe('false')
      expect(run.summary).toContain(`Dry run: `)
      expect(run.summary).toContain(says)
    }
  )
})
