/**
 * The Hub's refusals as a user meets them: 401 (no token, an unknown token, an OAuth login token),
 * 403 (a read token, someone else's Space) and 404, each failing the step with a message that says
 * what to do, and without changing the Space.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS } from '../emulator/index.js'
import { requestsTo, runAgainst, useEmulator } from './helpers/emulator.js'
import { seedSpace } from './helpers/spaces.js'

const hub = useEmulator()
const UNKNOWN_TOKEN = 'hf_thisTokenWasRevokedLongAgo000000'

beforeAll(async () => {
  await seedSpace(hub(), 'user/private', { private: true })
  await seedSpace(hub(), 'user/public')
  await seedSpace(hub(), 'other/theirs')
})

function stageOf(id: string): string | undefined {
  return hub().repos.get('space', id)?.runtime?.stage
}

describe('401', () => {
  it('no token on a private Space: the error says to set one', async () => {
    const run = await runAgainst(hub(), { repo_id: 'user/private', token: '' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('Hub answered 401 to GET /api/spaces/user/private/runtime')
    expect(run.errors[0]).toContain('No token was sent: set the `token` input')
    expect(hub().hubRequests()).toHaveLength(1)
    expect(hub().hubRequests()[0].headers.authorization).toBeUndefined()
  })

  it('an unknown token: the error says the token is invalid', async () => {
    const secrets = [...Object.values(EMULATOR_TOKENS), UNKNOWN_TOKEN]
    const run = await runAgainst(
      hub(),
      { repo_id: 'user/public', mode: 'restart', token: UNKNOWN_TOKEN },
      { secrets }
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('Invalid credentials in Authorization header')
    expect(run.errors[0]).toContain('The token is invalid, expired or revoked')
    // The pre-flight whoami-v2 finds out, before any restart.
    expect(requestsTo(hub(), '/api/whoami-v2')).toHaveLength(1)
    expect(requestsTo(hub(), '/restart')).toHaveLength(0)
    expect(stageOf('user/public')).toBe('RUNNING')
  })

  it('an OAuth login token on restart: the error says to use an access token', async () => {
    const run = await runAgainst(hub(), {
      repo_id: 'user/public',
      mode: 'restart',
      token: EMULATOR_TOKENS.oauth
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('OAuth tokens from `hf auth login` are refused')
    expect(stageOf('user/public')).toBe('RUNNING')
  })
})

describe('403', () => {
  it('a read token cannot restart: the pre-flight says write access is missing', async () => {
    const run = await runAgainst(hub(), {
      repo_id: 'user/public',
      mode: 'restart',
      token: EMULATOR_TOKENS.read
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('is read-only: it cannot change the space user/public')
    expect(requestsTo(hub(), '/restart')).toHaveLength(0)
    expect(stageOf('user/public')).toBe('RUNNING')
  })

  it("another user's public Space cannot be paused", async () => {
    const run = await runAgainst(hub(), { repo_id: 'other/theirs', mode: 'pause' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('Hub answered 403 to POST /api/spaces/other/theirs/pause')
    expect(run.errors[0]).toContain('lacks write access to the space repo other/theirs')
    expect(stageOf('other/theirs')).toBe('RUNNING')
  })
})

describe('404', () => {
  it.each(['status', 'restart', 'wake', 'pause'])(
    'a missing Space (%s): the message tells to check repo_id',
    async (mode) => {
      const run = await runAgainst(hub(), { repo_id: 'user/does-not-exist', mode })
      expect(run.exitCode).toBe(1)
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).toContain('Hub answered 404')
      expect(run.errors[0]).toContain(': Repository not found.')
      expect(run.errors[0]).toContain('Check `repo_id` and `repo_type`')
      expect(run.errors[0]).toMatch(/\(request id Root=1-[0-9a-f]{8}-[0-9a-f]{24};[^)]*\)$/)
      // Besides the pre-flight whoami-v2 of a mode that writes, one request.
      expect(
        hub()
          .hubRequests()
          .filter((r) => r.path !== '/api/whoami-v2')
      ).toHaveLength(1)
      expect(run.summary).toContain('❌ user/does-not-exist')
    }
  )
})
