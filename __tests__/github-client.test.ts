/**
 * The GitHub REST client against the GitHub emulator: headers, pagination through `Link`, the
 * comment calls, workflow enable, typed errors and the shared retry policy.
 */
import { describe, expect, it } from '@jest/globals'
import { GITHUB_EMULATOR_TOKEN } from '../emulator/github/index.js'
import { GitHubClient } from '../src/github/client.js'
import { createIssueComment } from '../src/github/create-issue-comment.js'
import { enableWorkflow } from '../src/github/enable-workflow.js'
import { GitHubApiError } from '../src/github/error.js'
import { listIssueComments } from '../src/github/list-issue-comments.js'
import { updateIssueComment } from '../src/github/update-issue-comment.js'
import { useGitHubEmulator } from './helpers/github-emulator.js'

const gitHub = useGitHubEmulator({ maxPerPage: 2 })
const PR = { repository: 'octo-org/octo-repo', issueNumber: 7 }

function client(token = GITHUB_EMULATOR_TOKEN): GitHubClient {
  return new GitHubClient({ apiUrl: gitHub().url, token, sleep: async () => undefined })
}

async function refusal(promise: Promise<unknown>): Promise<GitHubApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(GitHubApiError)
  return error as GitHubApiError
}

describe('GitHub client', () => {
  it('sends the REST headers and the token on each call', async () => {
    const gh = gitHub()
    gh.clearRequests()
    await createIssueComment(client(), PR, 'hello')
    const [req] = gh.apiRequests()
    expect(req).toMatchObject({
      method: 'POST',
      path: '/repos/octo-org/octo-repo/issues/7/comments',
      status: 201
    })
    expect(req.headers.accept).toBe('application/vnd.github+json')
    expect(req.headers['x-github-api-version']).toBe('2022-11-28')
    expect(req.headers['user-agent']).toMatch(/^hf-space-action\//)
    expect(req.headers.authorization).toBe(`Bearer ${GITHUB_EMULATOR_TOKEN}`)
  })

  it('lists every comment of a PR across pages, following the Link header', async () => {
    const gh = gitHub()
    const pr = { repository: 'octo-org/octo-repo', issueNumber: 8 }
    for (const n of [1, 2, 3, 4, 5]) await createIssueComment(client(), pr, `comment ${n}`)
    gh.clearRequests()
    const comments = await listIssueComments(client(), pr)
    expect(comments.map((c) => c.body)).toEqual([1, 2, 3, 4, 5].map((n) => `comment ${n}`))
    expect(comments[0].user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' })
    // Three pages of two: the first by the repo's path, the next ones by GitHub's Link URLs.
    expect(gh.apiRequests().map((r) => `${r.path}${r.query}`)).toEqual([
      '/repos/octo-org/octo-repo/issues/8/comments?per_page=100',
      `/repositories/${gh.repositoryId('octo-org/octo-repo')}/issues/8/comments?per_page=2&page=2`,
      `/repositories/${gh.repositoryId('octo-org/octo-repo')}/issues/8/comments?per_page=2&page=3`
    ])
  })

  it('an issue without comments lists none in one call', async () => {
    gitHub().clearRequests()
    expect(await listIssueComments(client(), { ...PR, issueNumber: 999 })).toEqual([])
    expect(gitHub().apiRequests()).toHaveLength(1)
  })

  it('updates a comment in place', async () => {
    const gh = gitHub()
    const created = await createIssueComment(client(), { ...PR, issueNumber: 9 }, 'first')
    const updated = await updateIssueComment(
      client(),
      { repository: PR.repository, commentId: created.id },
      'second'
    )
    expect(updated).toMatchObject({ id: created.id, body: 'second' })
    expect(gh.comments.of(PR.repository, 9).map((c) => c.body)).toEqual(['second'])
  })

  it('a missing comment is a typed 404', async () => {
    const error = await refusal(
      updateIssueComment(client(), { repository: PR.repository, commentId: 1 }, 'x')
    )
    expect(error.status).toBe(404)
    expect(error.message).toBe(
      'GitHub answered 404 to PATCH /repos/octo-org/octo-repo/issues/comments/1: Not Found.'
    )
    expect(error.isRefusal).toBe(true)
  })

  it('enables a workflow by its file name', async () => {
    const gh = gitHub()
    const workflow = gh.addWorkflow('octo-org/octo-repo', 'keep-alive.yml', 'disabled_inactivity')
    await enableWorkflow(client(), { repository: 'octo-org/octo-repo', workflow: 'keep-alive.yml' })
    expect(workflow).toMatchObject({ state: 'active', enableCalls: 1 })
  })

  it('a token without actions: write gets 403 with GitHub’s message', async () => {
    const gh = gitHub()
    const token = 'ghs_readOnlyActions0000000000000000000'
    gh.tokens.add(token, {
      login: 'github-actions[bot]',
      userId: 41898282,
      userType: 'Bot',
      permissions: { actions: 'read' }
    })
    gh.addWorkflow('octo-org/octo-repo', 'cron.yml')
    const error = await refusal(
      enableWorkflow(client(token), { repository: 'octo-org/octo-repo', workflow: 'cron.yml' })
    )
    expect(error).toMatchObject({
      status: 403,
      githubMessage: 'Resource not accessible by integration'
    })
    expect(gh.workflow('octo-org/octo-repo', 'cron.yml')?.enableCalls).toBe(0)
  })

  it('an unknown token is 401 Bad credentials', async () => {
    const error = await refusal(createIssueComment(client('ghs_nope'), PR, 'x'))
    expect(error).toMatchObject({ status: 401, githubMessage: 'Bad credentials' })
  })

  it('retries a 502 on an idempotent call, as the Hub client does', async () => {
    const gh = gitHub()
    gh.addWorkflow('octo-org/octo-repo', 'flaky.yml')
    gh.failNext(502, 2, '/flaky.yml/')
    const retries: number[] = []
    const c = new GitHubClient({
      apiUrl: gh.url,
      token: GITHUB_EMULATOR_TOKEN,
      sleep: async () => undefined,
      onRetry: (n) => retries.push(n.attempt)
    })
    await enableWorkflow(c, { repository: 'octo-org/octo-repo', workflow: 'flaky.yml' })
    expect(retries).toEqual([1, 2])
    expect(gh.workflow('octo-org/octo-repo', 'flaky.yml')?.enableCalls).toBe(1)
  })

  it('does not resend a comment after a 502 (it might be posted twice)', async () => {
    const gh = gitHub()
    gh.failNext(502, 1, '/issues/10/comments')
    const error = await refusal(createIssueComment(client(), { ...PR, issueNumber: 10 }, 'once'))
    expect(error.status).toBe(502)
  })

  it('a GitHub that cannot be reached is a typed error naming its origin', async () => {
    const c = new GitHubClient({
      apiUrl: 'http://127.0.0.1:9',
      token: GITHUB_EMULATOR_TOKEN,
      retry: { maxRetries: 1 },
      sleep: async () => undefined
    })
    const error = await refusal(createIssueComment(c, PR, 'x'))
    expect(error.status).toBe(0)
    expect(error.message).toMatch(/^Could not reach the GitHub API at http:\/\/127\.0\.0\.1:9 /)
  })

  it('never sends the token to another host than the API', async () => {
    await expect(
      client().request({ method: 'GET', path: 'http://127.0.0.2:1/repos/a/b' })
    ).rejects.toThrow('Refusing to send the GitHub token to http://127.0.0.2:1')
  })

  it('reads the API base from GITHUB_API_URL, defaulting to api.github.com', () => {
    expect(
      GitHubClient.fromEnv('t', {}, { GITHUB_API_URL: 'https://ghe.example/api/v3/' }).apiUrl
    ).toBe('https://ghe.example/api/v3')
    expect(GitHubClient.fromEnv('t', {}, {}).apiUrl).toBe('https://api.github.com')
  })
})
