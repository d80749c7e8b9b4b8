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
  ['a deploy path that is a file', { mode: 'deploy', path: 'package.json' }, 'path'],
  ['include with only comments', { mode: 'deploy', include: '# the app\n  # src/**' }, 'include'],
  ['path_in_repo with a leading /', { mode: 'deploy', path_in_repo: '/app' }, 'path_in_repo'],
  ['path_in_repo with an empty part', { mode: 'deploy', path_in_repo: 'a//b' }, 'path_in_repo'],
  ['path_in_repo with a . part', { mode: 'deploy', path_in_repo: 'a/./b' }, 'path_in_repo'],
  ['path_in_repo starting with ./', { mode: 'deploy', path_in_repo: './app' }, 'path_in_repo'],
  ['path_in_repo in .git', { mode: 'deploy', path_in_repo: 'x/.git/hooks' }, 'path_in_repo'],
  ['path_in_repo that is ..', { mode: 'deploy', path_in_repo: '..' }, 'path_in_repo'],
  ['a repo_id ending in .git', { repo_id: 'user/some-space.git' }, 'repo_id'],
  ['revision HEAD', { mode: 'deploy', revision: 'HEAD' }, 'revision'],
  ['revision @', { mode: 'deploy', revision: '@' }, 'revision'],
  ['revision refs/pr/abc', { mode: 'deploy', revision: 'refs/pr/abc' }, 'revision'],
  ['a tag as revision', { mode: 'deploy', revision: 'refs/tags/v1' }, 'revision'],
  ['a revision part starting with .', { mode: 'deploy', revision: 'feature/.x' }, 'revision'],
  [
    'create_pr on a pull request',
    { mode: 'deploy', revision: 'refs/pr/2', create_pr: 'true' },
    'create_pr'
  ],
  ['an endpoint with a query', { endpoint: 'https://huggingface.co/?x=1' }, 'endpoint'],
  ['an endpoint with a fragment', { endpoint: 'https://huggingface.co#top' }, 'endpoint']
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

  it('names HF_ENDPOINT, not the input, when the environment gave the bad endpoint', async () => {
    const run = await runAgainst(
      hub(),
      { repo_id: 'user/some-space', endpoint: '' },
      { env: { HF_ENDPOINT: 'https://hub.example?token=1' } }
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      "::error::Environment variable HF_ENDPOINT is 'https://hub.example?token=1': a base URL has no query ('?') or fragment ('#'), e.g. https://huggingface.co."
    ])
    expect(hub().hubRequests()).toEqual([])
  })

  it('never prints the password of an endpoint that is not a URL', async () => {
    const run = await runAgainst(hub(), { endpoint: 'https://me:s3cret@bad host', repo_id: 'u/s' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain("Input 'endpoint' is 'https://***@bad host'")
    expect(run.stdout + run.stderr + run.summary).not.toContain('s3cret')
  })

  it('counts at least 15 distinct cases', () => {
    expect(new Set(BAD_INPUTS.map(([what]) => what)).size).toBeGreaterThanOrEqual(15)
  })
})
