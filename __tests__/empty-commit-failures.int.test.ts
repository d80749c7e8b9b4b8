/**
 * `empty-commit` when git's conversation with the Hub goes wrong: a redirect to another host
 * (the credentials must stay with the Hub), a server that accepts and never answers (git must
 * give up in bounded time), and a push the token may not make (said in plain words, not git's
 * stderr, and not pushed twice).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { commitCount } from './helpers/deploy.js'
import { runAgainst, useEmulator } from './helpers/emulator.js'
import { useOtherHost } from './helpers/other-host.js'
import { seedSpace } from './helpers/spaces.js'

const hub = useEmulator()
const other = useOtherHost({ forwardTo: () => hub().url })
afterEach(() => {
  hub().faults.clear()
  other().requests.length = 0
})

/** What a user reads of a run: the error lines, the summary and the outputs. */
function shown(run: { errors: string[]; summary: string; outputs: Record<string, string> }) {
  return [...run.errors, run.summary, JSON.stringify(run.outputs)].join('\n')
}

/** Lines git itself writes (`fatal:`, `error:`, `remote:`, `hint:`), which must not be relayed. */
const RAW_GIT = /\b(fatal|error|remote|hint): |RPC failed|curl \d+/

function gitRequests(path: string) {
  return hub()
    .hubRequests()
    .filter((r) => r.path.endsWith(path) || r.query.includes(path))
}

describe('a redirect of git to another host', () => {
  it.each([
    ['the fetch', 'git-upload-pack'],
    ['the push', 'git-receive-pack']
  ])('of %s is not followed: the other host never sees the credentials', async (_, service) => {
    const id = `user/redirect-${service}`
    const repo = await seedSpace(hub(), id)
    const before = await commitCount(repo)
    hub().addFault({
      kind: 'redirect',
      status: 302,
      method: 'GET',
      path: '/info/refs',
      query: `service=${service}`,
      location: other().url,
      times: 1
    })
    const run = await runAgainst(hub(), { repo_id: id, mode: 'empty-commit', wait: 'false' })
    expect(hub().faults.hits.redirect).toBeGreaterThan(0)
    expect(
      other()
        .authorized()
        .map((r) => `${r.method} ${r.url}`)
    ).toEqual([])
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain(
      `The Hub answered git ${service === 'git-upload-pack' ? 'fetch' : 'push'} of the space ${id} with a redirect: not followed`
    )
    expect(shown(run)).not.toMatch(RAW_GIT)
    expect(await commitCount(repo)).toBe(before)
  })
})

describe('a renamed repo', () => {
  it('is pushed to at its new id: a redirect on the same host is followed, with the token', async () => {
    const repo = await seedSpace(hub(), 'user/before-rename')
    hub().repos.move(repo, 'user', 'after-rename')
    const before = await commitCount(repo)
    const run = await runAgainst(hub(), {
      repo_id: 'user/before-rename',
      mode: 'empty-commit',
      wait: 'false'
    })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(await commitCount(repo)).toBe(before + 1)
    expect(gitRequests('/spaces/user/after-rename/git-receive-pack')).toHaveLength(1)
    expect(other().requests).toEqual([])
  })
})

describe('a git endpoint that accepts and never answers', () => {
  it.each([
    ['the fetch', 'git-upload-pack'],
    ['the push', 'git-receive-pack']
  ])('fails %s within the git timeout, saying git got no answer', async (_, service) => {
    const id = `user/hang-${service}`
    const repo = await seedSpace(hub(), id)
    const before = await commitCount(repo)
    hub().addFault({ kind: 'hang', path: '/info/refs', query: `service=${service}` })
    const run = await runAgainst(
      hub(),
      { repo_id: id, mode: 'empty-commit', wait: 'false' },
      { env: { HF_SPACE_ACTION_GIT_TIMEOUT_MS: '3000' } }
    )
    expect(hub().faults.hits.hang).toBeGreaterThan(0)
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(
      /git got no answer from the Hub at http:\/\/127\.0\.0\.1:\d+ within 3 s/
    )
    expect(shown(run)).not.toMatch(RAW_GIT)
    expect(await commitCount(repo)).toBe(before)
  })
})

describe('a push the token may not make', () => {
  it('says the token cannot write to the repo, in plain words, after one push', async () => {
    const repo = await seedSpace(hub(), 'user/read-only')
    const before = await commitCount(repo)
    // The token passes the pre-flight; the Hub refuses the push itself (a fine-grained token
    // without write access to this repo, say).
    hub().addFault({
      kind: 'status',
      status: 403,
      path: '/info/refs',
      query: 'service=git-receive-pack'
    })
    const run = await runAgainst(hub(), {
      repo_id: 'user/read-only',
      mode: 'empty-commit',
      wait: 'false'
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain(
      'git could not push to the space user/read-only: the Hub answered 403. The token lacks write access to this repo'
    )
    expect(shown(run)).not.toMatch(RAW_GIT)
    expect(gitRequests('service=git-receive-pack')).toHaveLength(1)
    expect(gitRequests('/git-receive-pack')).toHaveLength(0)
    expect(await commitCount(repo)).toBe(before)
  })
})

describe('a push the Hub fails', () => {
  it('is looked for on the branch, tried once more, and reported with the pushes made', async () => {
    const repo = await seedSpace(hub(), 'user/push-500')
    const before = await commitCount(repo)
    hub().addFault({ kind: 'status', status: 500, method: 'POST', path: '/git-receive-pack' })
    const run = await runAgainst(hub(), {
      repo_id: 'user/push-500',
      mode: 'empty-commit',
      wait: 'false'
    })
    expect(run.exitCode).toBe(1)
    expect(gitRequests('/git-receive-pack')).toHaveLength(2)
    expect(run.errors.join('\n')).toContain(
      'git could not push to the space user/push-500: the Hub answered 500. The Hub failed after 2 attempts'
    )
    expect(shown(run)).not.toMatch(RAW_GIT)
    expect(await commitCount(repo)).toBe(before)
  })
})
