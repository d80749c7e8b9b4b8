/**
 * Messages read as written by a person: a Hub message that ends its own sentence is not followed
 * by a second full stop, retry counts are the requests the Hub received, and no bare owner/name
 * line stands before an error.
 */
import { describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS } from '../emulator/index.js'
import { requestsTo, runAgainst, useEmulator } from './helpers/emulator.js'
import type { ActionRun } from './helpers/run-action.js'
import { seedSpace } from './helpers/spaces.js'

const hub = useEmulator()

/** Two sentence ends in a row (`access.. The`, `possible!. The`), an ellipsis aside. */
const DOUBLED = /[.!?][.:;,](?!\.)|(?<!\.)\.\.(?!\.)/

/** What the log shows a person: no workflow commands but the annotations. */
function plainLines(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::debug') && !l.startsWith('::add-mask'))
}

describe('messages', () => {
  it('quote the Hub without doubling its full stop, and name the repo without a bare line', async () => {
    await seedSpace(hub(), 'user/read-only')
    // The token check before writes would stop a read token before the Hub is asked: an answer
    // it cannot read (404) lets the run go on to the restart, which the Hub itself refuses.
    hub().addFault({ kind: 'status', status: 404, path: '/api/whoami-v2', times: 1 })
    const run = await runAgainst(hub(), {
      repo_id: 'user/read-only',
      mode: 'restart',
      token: EMULATOR_TOKENS.read
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(
      'Your token only has read access. The token lacks write access to the space repo user/read-only:'
    )
    expect(run.errors[0]).not.toMatch(DOUBLED)
    expect(plainLines(run)).not.toContain('user/read-only')
  })

  it('end an error stage whose Hub message has its own full stop with one', async () => {
    await seedSpace(hub(), 'user/crashed', {
      stage: 'RUNTIME_ERROR',
      errorMessage: 'Exit code: 1. Check the logs.'
    })
    const run = await runAgainst(hub(), { repo_id: 'user/crashed' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(
      /^::error::user\/crashed is in RUNTIME_ERROR: Exit code: 1\. Check the logs\.(%0A|$)/
    )
    expect(run.stdout).toMatch(/^ {2}Last \d+ lines of the run log:$/m)
  })

  it('count the attempts the Hub received', async () => {
    await seedSpace(hub(), 'user/limited')
    hub().addFault({ kind: 'status', status: 429, retryAfter: 0, path: '/runtime' })
    try {
      const run = await runAgainst(hub(), { repo_id: 'user/limited' })
      expect(run.exitCode).toBe(1)
      const requests = requestsTo(hub(), '/runtime').length
      const retries = plainLines(run).filter((l) => l.startsWith('Retrying GET')).length
      expect(retries).toBe(requests - 1)
      expect(run.errors[0]).toContain(`The Hub rate-limited the action after ${requests} attempts:`)
      expect(run.errors[0]).not.toMatch(DOUBLED)
    } finally {
      hub().faults.clear()
    }
  })

  it('do not repeat the repo of a missing Space on a line of its own', async () => {
    const run = await runAgainst(hub(), { repo_id: 'user/nowhere' })
    expect(run.exitCode).toBe(1)
    expect(plainLines(run)).not.toContain('user/nowhere')
    expect(run.errors[0]).not.toMatch(DOUBLED)
  })
})
