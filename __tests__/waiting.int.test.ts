/**
 * Waiting after a restart: the timeout names the last stage, and a build or start that fails while
 * the action waits fails the step with the log that shows why.
 */
import { describe, expect, it } from '@jest/globals'
import { OUTCOME_MARKER } from '../emulator/index.js'
import { requestsTo, runAgainst, useEmulator } from './helpers/emulator.js'
import { commitFiles, seedSpace } from './helpers/spaces.js'

const hub = useEmulator()

describe('wait_timeout', () => {
  it('fails naming the last stage when the Space never settles', async () => {
    const repo = await seedSpace(hub(), 'user/stuck')
    if (repo.runtime) repo.runtime.hold = true
    const started = Date.now()
    const run = await runAgainst(hub(), {
      repo_id: 'user/stuck',
      mode: 'restart',
      wait_timeout: '1'
    })
    const elapsed = Date.now() - started
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      '::error::Gave up waiting for user/stuck after 1 s (wait_timeout): its last stage was BUILDING.'
    ])
    expect(elapsed).toBeGreaterThanOrEqual(1000)
    expect(elapsed).toBeLessThan(5000)
    expect(requestsTo(hub(), '/runtime').length).toBeGreaterThan(2)
    expect(run.outputs).toMatchObject({ stage: 'BUILDING', changed: 'true' })
    expect(run.summary).toContain('<strong>Failed:</strong> Gave up waiting for user/stuck')
  })
})

describe('an error stage reached while waiting', () => {
  it('fails the restart with the tail of the build log', async () => {
    const repo = await seedSpace(hub(), 'user/breaks-on-restart')
    const failure = "ERROR: Could not open requirements file: 'requirements.txt'"
    await commitFiles(repo, { [OUTCOME_MARKER]: `BUILD_ERROR\n${failure}\n` }, 'Break the build')
    const run = await runAgainst(hub(), { repo_id: 'user/breaks-on-restart', mode: 'restart' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^::error::user\/breaks-on-restart is in BUILD_ERROR: Build failed with exit code: 1\.%0AFirst error lines of the build log:%0A {2}ERROR: /
      )
    ])
    expect(requestsTo(hub(), '/restart')).toHaveLength(1)
    expect(run.stdout).toContain('user/breaks-on-restart: BUILDING\n')
    expect(run.stdout).toContain(`  | ${failure}\n`)
    expect(run.summary).toContain(failure.replace(/'/g, '&#39;'))
    expect(run.outputs).toMatchObject({ stage: 'BUILD_ERROR', changed: 'true' })
    expect(repo.runtime?.stage).toBe('BUILD_ERROR')
  })

  it('fails the restart with the tail of the run log when the app crashes', async () => {
    const repo = await seedSpace(hub(), 'user/crashes-on-restart')
    const failure = 'RuntimeError: CUDA is not available'
    await commitFiles(repo, { [OUTCOME_MARKER]: `RUNTIME_ERROR\n${failure}\n` }, 'Crash')
    const run = await runAgainst(hub(), { repo_id: 'user/crashes-on-restart', mode: 'restart' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('is in RUNTIME_ERROR: Space failed to start. Exit code: 1.')
    expect(requestsTo(hub(), '/logs/run')).toHaveLength(1)
    expect(run.summary).toContain('Run log, last')
    expect(run.summary).toContain(failure)
  })
})
