/**
 * Several Spaces in one step: `results` has one object per Space in input order, and one failing
 * Space fails the step without hiding the others' results.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { requestsTo, resultsOf, runAgainst, useEmulator } from './helpers/emulator.js'
import { seedSpace } from './helpers/spaces.js'

const hub = useEmulator()

beforeAll(async () => {
  await seedSpace(hub(), 'user/fleet-a')
  await seedSpace(hub(), 'acme/fleet-b', { stage: 'SLEEPING' })
  await seedSpace(hub(), 'user/fleet-c', { stage: 'PAUSED' })
})

describe('several Spaces', () => {
  it('takes comma-separated ids and reports each, in input order', async () => {
    const run = await runAgainst(hub(), { repo_id: 'user/fleet-c, user/fleet-a,acme/fleet-b' })
    expect(run.exitCode).toBe(0)
    expect(requestsTo(hub(), '/runtime')).toHaveLength(3)
    const results = resultsOf(run)
    expect(results.map((r) => [r.repo_id, r.stage, r.changed])).toEqual([
      ['user/fleet-c', 'PAUSED', false],
      ['user/fleet-a', 'RUNNING', false],
      ['acme/fleet-b', 'SLEEPING', false]
    ])
    expect(results[1].space_url).toBe(`${hub().url}/spaces/user/fleet-a`)
    // The single-value outputs describe the first Space.
    expect(run.outputs.stage).toBe('PAUSED')
    expect(run.outputs.space_url).toBe(`${hub().url}/spaces/user/fleet-c`)
  })

  it('takes newline-separated ids, and restarts each once', async () => {
    const run = await runAgainst(hub(), {
      repo_id: 'user/fleet-a\nacme/fleet-b\n',
      mode: 'restart'
    })
    expect(run.exitCode).toBe(0)
    expect(requestsTo(hub(), '/restart').map((r) => r.path)).toEqual(
      expect.arrayContaining([
        '/api/spaces/user/fleet-a/restart',
        '/api/spaces/acme/fleet-b/restart'
      ])
    )
    expect(requestsTo(hub(), '/restart')).toHaveLength(2)
    expect(resultsOf(run).map((r) => [r.repo_id, r.stage, r.changed])).toEqual([
      ['user/fleet-a', 'RUNNING', true],
      ['acme/fleet-b', 'RUNNING', true]
    ])
    expect(run.outputs.changed).toBe('true')
  })

  it('fails the step when one Space is missing, and still reports the others', async () => {
    const run = await runAgainst(hub(), {
      repo_id: 'user/fleet-a\nuser/fleet-missing\nuser/fleet-c'
    })
    expect(run.exitCode).toBe(1)
    const results = resultsOf(run)
    expect(results.map((r) => [r.repo_id, r.stage])).toEqual([
      ['user/fleet-a', 'RUNNING'],
      ['user/fleet-missing', ''],
      ['user/fleet-c', 'PAUSED']
    ])
    expect(results[0].error).toBeUndefined()
    expect(results[2].error).toBeUndefined()
    expect(results[1].error).toContain('Check `repo_id`')
    expect(run.errors).toHaveLength(2)
    // The message names the repo already: no "user/fleet-missing: " in front of it.
    expect(run.errors[0]).toMatch(
      /^::error::Hub answered 404 .* the space repo user\/fleet-missing does/
    )
    expect(run.errors[1]).toBe('::error::1 of 3 repos failed: user/fleet-missing.')
    expect(run.summary).toContain('✅ user/fleet-a')
    expect(run.summary).toContain('❌ user/fleet-missing')
    expect(run.summary).toContain('✅ user/fleet-c')
  })
})
