/**
 * Invalid inputs, run through dist/ as the runner does: each fails the step with one `::error::`
 * line naming the input, before a single request reaches the Hub.
 */
import { describe, expect, it } from '@jest/globals'
import { runAgainst, useEmulator } from './helpers/emulator.js'

const hub = useEmulator()

/** [what is wrong, inputs on top of a valid status call, the input the error must name] */
const BAD_INPUTS: [string, Record<string, string>, string][] = [
  ['an unknown mode', { mode: 'reboot' }, 'mode'],
  ['an unknown repo_type', { repo_type: 'spaces' }, 'repo_type'],
  ['a model with mode restart', { repo_type: 'model', mode: 'restart' }, 'repo_type'],
  ['an empty repo_id', { repo_id: '' }, 'repo_id'],
  ['a repo_id with a spaces/ prefix', { repo_id: 'spaces/user/x' }, 'repo_id'],
  ['a repo_id with three parts', { repo_id: 'a/b/c' }, 'repo_id'],
  ['several repo_ids for deploy', { mode: 'deploy', repo_id: 'user/a, user/b' }, 'repo_id'],
  ['factory_reboot: yes', { mode: 'restart', factory_reboot: 'yes' }, 'factory_reboot'],
  ['ping_app: on', { mode: 'wake', ping_app: 'on' }, 'ping_app'],
  ['wait: 1', { mode: 'restart', wait: '1' }, 'wait'],
  ['create_pr: y', { mode: 'deploy', create_pr: 'y' }, 'create_pr'],
  ['create: no', { mode: 'deploy', create: 'no' }, 'create'],
  ['private: enabled', { mode: 'deploy', private: 'enabled' }, 'private'],
  ['dry_run: tru', { mode: 'restart', dry_run: 'tru' }, 'dry_run'],
  ['wait_timeout: 0', { wait_timeout: '0' }, 'wait_timeout'],
  ['wait_timeout: -5', { wait_timeout: '-5' }, 'wait_timeout'],
  ['wait_timeout: abc', { wait_timeout: 'abc' }, 'wait_timeout'],
  ['wait_timeout over 6 h', { wait_timeout: '86400' }, 'wait_timeout'],
  ['delete: maybe', { mode: 'deploy', delete: 'maybe' }, 'delete'],
  ['an unknown space_sdk', { mode: 'deploy', create: 'true', space_sdk: 'flask' }, 'space_sdk'],
  ['create without space_sdk', { mode: 'deploy', create: 'true' }, 'space_sdk'],
  ['an ftp:// endpoint', { endpoint: 'ftp://huggingface.co' }, 'endpoint'],
  ['an endpoint that is not a URL', { endpoint: 'huggingface dot co' }, 'endpoint'],
  ['an endpoint with credentials', { endpoint: 'https://user:pw@huggingface.co' }, 'endpoint'],
  ['path_in_repo with ..', { mode: 'deploy', path_in_repo: 'app/../../x' }, 'path_in_repo'],
  ['a revision with ..', { mode: 'deploy', revision: 'release..1' }, 'revision'],
  ['a token with whitespace', { token: 'hf_abc def' }, 'token'],
  ['no token for restart', { mode: 'restart', token: '' }, 'token'],
  ['create_pr with restart', { mode: 'restart', create_pr: 'true' }, 'create_pr'],
  ['a deploy path that is a file', { mode: 'deploy', path: 'package.json' }, 'path']
]

describe('bad inputs fail before any request', () => {
  it.each(BAD_INPUTS)('%s', async (_what, inputs, name) => {
    const run = await runAgainst(hub(), { repo_id: 'user/some-space', mode: 'status', ...inputs })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(`Input '${name}'`)
    expect(hub().hubRequests()).toEqual([])
    expect(run.outputs).toEqual({})
    expect(run.summary).toContain('Failed before any request')
    expect(run.summary).toContain(`Input &#39;${name}&#39;`)
  })

  it('counts at least 15 distinct cases', () => {
    expect(new Set(BAD_INPUTS.map(([what]) => what)).size).toBeGreaterThanOrEqual(15)
  })
})
