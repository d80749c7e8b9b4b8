/**
 * `wake` on every stage a Space can be found in: it restarts only sleeping or stopped Spaces,
 * visits running apps, waits for builds, leaves paused Spaces alone and fails on error stages.
 */
import { describe, expect, it } from '@jest/globals'
import type { Stage } from '../emulator/index.js'
import { annotations, requestsTo, runAgainst, useEmulator } from './helpers/emulator.js'
import { nonLoopbackAddress, startOtherHost } from './helpers/other-host.js'
import { useProxy } from './helpers/proxy.js'
import { appEndingIn, seedSpace } from './helpers/spaces.js'

const hub = useEmulator({ serveApps: true })
const proxy = useProxy()

describe('wake a RUNNING Space', () => {
  it('does not restart it, and visits its app once with the token', async () => {
    const repo = await seedSpace(hub(), 'user/awake', { private: true })
    const run = await runAgainst(hub(), { repo_id: 'user/awake', mode: 'wake' })
    expect(run.exitCode).toBe(0)
    expect(requestsTo(hub(), '/restart')).toHaveLength(0)
    expect(repo.runtime?.appVisits).toHaveLength(1)
    expect(repo.runtime?.appVisits[0].authorized).toBe(true)
    expect(run.outputs).toMatchObject({ stage: 'RUNNING', changed: 'false' })
    expect(run.summary).toContain('Pinged the app (200).')
  })

  it('visits a public Space’s app without the token', async () => {
    const repo = await seedSpace(hub(), 'user/public-awake')
    const run = await runAgainst(hub(), { repo_id: 'user/public-awake', mode: 'wake' })
    expect(run.exitCode).toBe(0)
    expect(repo.runtime?.appVisits).toHaveLength(1)
    expect(repo.runtime?.appVisits[0].authorized).toBe(false)
    expect(run.summary).toContain('Pinged the app (200).')
  })

  it('behind a proxy, reads the runtime and visits the app through it', async () => {
    const repo = await seedSpace(hub(), 'user/proxied-awake')
    const run = await runAgainst(
      hub(),
      { repo_id: 'user/proxied-awake', mode: 'wake' },
      { env: { HTTP_PROXY: proxy().url } }
    )
    expect(run.exitCode).toBe(0)
    expect(repo.runtime?.appVisits).toHaveLength(1)
    expect(run.summary).toContain('Pinged the app (200).')
    expect(new Set(proxy().tunnels)).toEqual(
      new Set([new URL(hub().url).host, repo.runtime?.domain])
    )
  })

  const remote = nonLoopbackAddress()
  const onLan = remote ? it : it.skip
  onLan(
    `never sends the token over plain http to another machine${remote ? '' : ' (skipped: this machine has no non-loopback IPv4 address)'}`,
    async () => {
      const far = await startOtherHost({ listen: remote })
      try {
        const repo = await seedSpace(hub(), 'user/private-far', { private: true })
        if (repo.runtime) repo.runtime.domain = new URL(far.url).host
        const run = await runAgainst(hub(), { repo_id: 'user/private-far', mode: 'wake' })
        expect(run.exitCode).toBe(0)
        expect(far.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /'])
        expect(far.authorized()).toEqual([])
        expect(run.summary).toContain(
          `Pinged the app without the token: ${far.url} is plain http to another machine.`
        )
      } finally {
        await far.close()
      }
    }
  )

  it('does not visit the app with ping_app: false', async () => {
    const repo = await seedSpace(hub(), 'user/no-ping')
    const run = await runAgainst(hub(), {
      repo_id: 'user/no-ping',
      mode: 'wake',
      ping_app: 'false'
    })
    expect(run.exitCode).toBe(0)
    expect(repo.runtime?.appVisits).toEqual([])
    expect(
      hub()
        .hubRequests()
        .map((r) => `${r.method} ${r.path}`)
    ).toEqual(['GET /api/spaces/user/no-ping/runtime'])
  })

  it('only warns when the app cannot be reached', async () => {
    const repo = await seedSpace(hub(), 'user/dead-app')
    if (repo.runtime) repo.runtime.domain = '127.0.0.1:9' // nothing listens on the discard port
    const run = await runAgainst(hub(), { repo_id: 'user/dead-app', mode: 'wake' })
    expect(run.exitCode).toBe(0)
    expect(run.errors).toEqual([])
    const warnings = annotations(run, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('Could not ping http://127.0.0.1:9')
    expect(run.outputs).toMatchObject({ stage: 'RUNNING', changed: 'false' })
  })
})

describe.each<Stage>(['SLEEPING', 'STOPPED'])('wake a %s Space', (stage) => {
  it('restarts it once and waits until it runs', async () => {
    const id = `user/wake-${stage.toLowerCase()}`
    const repo = await seedSpace(hub(), id, { stage })
    const run = await runAgainst(hub(), { repo_id: id, mode: 'wake' })
    expect(run.exitCode).toBe(0)
    expect(requestsTo(hub(), '/restart', 'POST')).toHaveLength(1)
    expect(repo.runtime?.stage).toBe('RUNNING')
    expect(run.outputs).toMatchObject({ stage: 'RUNNING', hardware: 'cpu-basic', changed: 'true' })
    expect(run.summary).toContain(`Was ${stage}: restarted to wake it.`)
  })
})

describe('wake a PAUSED Space', () => {
  it('leaves it paused, with a notice, and succeeds', async () => {
    const repo = await seedSpace(hub(), 'user/paused', { stage: 'PAUSED' })
    const run = await runAgainst(hub(), { repo_id: 'user/paused', mode: 'wake' })
    expect(run.exitCode).toBe(0)
    expect(requestsTo(hub(), '/restart')).toHaveLength(0)
    expect(annotations(run, 'notice')).toEqual([
      '::notice::user/paused is PAUSED: wake leaves paused Spaces alone (use mode: restart to start it).'
    ])
    expect(repo.runtime?.stage).toBe('PAUSED')
    expect(repo.runtime?.appVisits).toEqual([])
    expect(run.outputs).toMatchObject({ stage: 'PAUSED', changed: 'false' })
  })
})

describe('wake a BUILDING Space', () => {
  it('does not restart it, and waits for the build', async () => {
    const repo = await seedSpace(hub(), 'user/building')
    const head = (await repo.git.resolve('main')) as string
    await hub().repos.startSpaceBuild(repo, head, { restart: true })
    expect(repo.runtime?.stage).toBe('BUILDING')
    const run = await runAgainst(hub(), { repo_id: 'user/building', mode: 'wake' })
    expect(run.exitCode).toBe(0)
    expect(requestsTo(hub(), '/restart')).toHaveLength(0)
    expect(requestsTo(hub(), '/runtime').length).toBeGreaterThan(1)
    expect(run.outputs).toMatchObject({ stage: 'RUNNING', changed: 'false' })
    expect(run.summary).toContain('Already BUILDING: not restarted.')
  })
})

describe('wake a Space in an error stage', () => {
  it.each([
    ['BUILD_ERROR', 'build', 'ERROR: Could not find a version that satisfies torch==99'],
    ['RUNTIME_ERROR', 'run', 'KeyError: OPENAI_API_KEY']
  ] as const)('fails on %s, with the %s log tail in the summary', async (stage, kind, log) => {
    const id = `user/wake-${stage.toLowerCase()}`
    await seedSpace(hub(), id, { files: appEndingIn(stage, [log]) })
    const run = await runAgainst(hub(), { repo_id: id, mode: 'wake' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(`${id} is in ${stage}`)
    expect(requestsTo(hub(), '/restart')).toHaveLength(0)
    expect(requestsTo(hub(), `/logs/${kind}`)).toHaveLength(1)
    expect(run.summary).toContain(`${kind === 'build' ? 'Build' : 'Run'} log, last`)
    expect(run.summary).toContain(log)
    expect(run.outputs.stage).toBe(stage)
  })

  it('fails on NO_APP_FILE, saying what file is missing', async () => {
    await seedSpace(hub(), 'user/no-app', { files: { 'notes.txt': 'no app here\n' } })
    const run = await runAgainst(hub(), { repo_id: 'user/no-app', mode: 'wake' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('user/no-app is in NO_APP_FILE')
    expect(run.errors[0]).toContain('app.py for Gradio')
    expect(requestsTo(hub(), '/restart')).toHaveLength(0)
    expect(run.outputs.stage).toBe('NO_APP_FILE')
  })
})
