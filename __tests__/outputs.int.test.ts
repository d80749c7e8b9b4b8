/**
 * The step's public surface: outputs named exactly as CONTRACT.md, the job summary's content, and
 * the token never printed, even with step debug logging on and a failing call.
 */
import { describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS } from '../emulator/index.js'
import { resultsOf, runAgainst, useEmulator } from './helpers/emulator.js'
import { seedSpace } from './helpers/spaces.js'

const hub = useEmulator()

const CONTRACT_OUTPUTS = [
  'stage',
  'hardware',
  'requested_hardware',
  'sleep_time',
  'space_url',
  'app_url',
  'commit_sha',
  'commit_url',
  'pr_url',
  'changed',
  'runtime',
  'results'
]

describe('outputs', () => {
  it('are exactly the ones CONTRACT.md names, with the runtime as JSON', async () => {
    const repo = await seedSpace(hub(), 'user/outputs')
    const run = await runAgainst(hub(), { repo_id: 'user/outputs' })
    expect(run.exitCode).toBe(0)
    expect(Object.keys(run.outputs).sort()).toEqual([...CONTRACT_OUTPUTS].sort())
    expect(run.outputs).toMatchObject({
      stage: 'RUNNING',
      hardware: 'cpu-basic',
      requested_hardware: 'cpu-basic',
      sleep_time: '172800',
      space_url: `${hub().url}/spaces/user/outputs`,
      app_url: 'http://user-outputs.hf.space',
      commit_sha: '',
      commit_url: '',
      pr_url: '',
      changed: 'false'
    })
    expect(JSON.parse(run.outputs.runtime)).toEqual(repo.runtime?.toJSON())
    const { runtime: _runtime, results: _results, ...single } = run.outputs
    expect(resultsOf(run)).toEqual([
      { repo_id: 'user/outputs', repo_type: 'space', ...single, changed: false }
    ])
  })

  it('are empty rather than "null" for a paused Space', async () => {
    await seedSpace(hub(), 'user/outputs-paused', { stage: 'PAUSED' })
    const run = await runAgainst(hub(), { repo_id: 'user/outputs-paused' })
    expect(run.outputs).toMatchObject({
      stage: 'PAUSED',
      hardware: '',
      requested_hardware: 'cpu-basic'
    })
  })
})

describe('job summary', () => {
  it('is a table of the outputs', async () => {
    await seedSpace(hub(), 'user/summary')
    const run = await runAgainst(hub(), { repo_id: 'user/summary' })
    const summary = run.summary
    expect(summary).toContain('<h2>Hugging Face Space: status</h2>')
    expect(summary).toContain('<h3>✅ user/summary</h3>')
    const rows = [...summary.matchAll(/<tr><td>([^<]+)<\/td><td>(.*?)<\/td><\/tr>/g)].map(
      ([, field, value]) => [field, value]
    )
    expect(rows).toEqual([
      ['Stage', '<code>RUNNING</code>'],
      ['Hardware', 'cpu-basic'],
      ['Sleep time', '172800 s (48 h)'],
      ['Space', `<a href="${hub().url}/spaces/user/summary">${hub().url}/spaces/user/summary</a>`],
      ['App', '<a href="http://user-summary.hf.space">http://user-summary.hf.space</a>'],
      ['Changed', 'no']
    ])
  })
})

describe('the token', () => {
  it('is never printed, even with step debug logging and a failing call', async () => {
    await seedSpace(hub(), 'user/debugged')
    hub().addFault({ kind: 'status', status: 500, path: '/restart', times: 1 })
    const token = EMULATOR_TOKENS.write
    const run = await runAgainst(
      hub(),
      { repo_id: 'user/debugged', mode: 'restart', token },
      { env: { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' } }
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('Hub answered 500 to POST /api/spaces/user/debugged/restart')
    // Debug lines were printed, so this is the verbose log a user would share.
    expect(run.stdout).toContain('::debug::mode: "restart"')
    const lines = run.stdout.split('\n')
    // The only line with the token masks it, and comes before anything else.
    expect(lines.filter((line) => line.includes(token))).toEqual([`::add-mask::${token}`])
    expect(lines[0]).toBe(`::add-mask::${token}`)
    expect(run.stderr).not.toContain(token)
    expect(run.summary).not.toContain(token)
    expect(JSON.stringify(run.outputs)).not.toContain(token)
  })
})
