/**
 * Mode `preview` end to end through dist/ against the Hub and GitHub emulators: a pull request
 * opened → synchronized → closed gives one preview Space (a copy of production, deployed, waited
 * for, then deleted) and exactly one PR comment kept up to date; a failing build is explained in
 * it; GitHub refusing the comment is a warning; forks, other events and long names are clear
 * errors that make no request.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EMULATOR_TOKENS } from '../emulator/index.js'
import { GITHUB_EMULATOR_TOKEN } from '../emulator/github/index.js'
import { ACTIONS_BOT } from '../emulator/github/tokens.js'
import { annotations, runAgainst, useEmulator } from './helpers/emulator.js'
import { useGitHubEmulator } from './helpers/github-emulator.js'
import { APP_PY, appEndingIn, seedSpace } from './helpers/spaces.js'

const hub = useEmulator()
const gh = useGitHubEmulator()
const REPOSITORY = 'octo/demo-app'
const SECRET = 'preview-secret-value-Lm42'
const noLeak = { secrets: [...Object.values(EMULATOR_TOKENS), GITHUB_EMULATOR_TOKEN, SECRET] }

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'preview-'))
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content)
  return dir
}

/** The runner's environment for a pull_request event of PR `number`. */
async function prEnv(
  number: number,
  action: string,
  options: { headSha?: string; fork?: boolean; eventName?: string } = {}
): Promise<Record<string, string>> {
  const event = {
    action,
    number,
    pull_request: {
      number,
      head: {
        sha: options.headSha ?? 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
        repo: { full_name: options.fork ? 'someone/demo-app' : REPOSITORY }
      },
      base: { repo: { full_name: REPOSITORY } }
    },
    repository: { full_name: REPOSITORY }
  }
  const path = join(await mkdtemp(join(tmpdir(), 'event-')), 'event.json')
  await writeFile(path, JSON.stringify(event))
  return {
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: path,
    GITHUB_API_URL: gh().url,
    GITHUB_REPOSITORY: REPOSITORY
  }
}

const readme = '---\nsdk: gradio\napp_file: app.py\n---\n# Demo\n'

describe('mode preview', () => {
  it('opened → synchronize → closed: one preview Space, one comment kept up to date', async () => {
    const prod = await seedSpace(hub(), 'user/demo-app')
    prod.variables.set('MODEL_ID', { value: 'gpt2', updatedAt: new Date().toISOString() })
    const inputs = {
      repo_id: 'user/demo-app',
      mode: 'preview',
      private: 'true',
      secrets: `API_KEY=${SECRET}`,
      github_token: GITHUB_EMULATOR_TOKEN
    }
    const v1 = await folder({ 'app.py': `${APP_PY}# v1\n`, 'README.md': readme })
    const opened = await runAgainst(
      hub(),
      { ...inputs, path: v1 },
      { env: await prEnv(12, 'opened', { headSha: '1111111aaaaaaa' }), ...noLeak }
    )
    expect(opened.exitCode).toBe(0)
    const preview = hub().repos.get('space', 'user/demo-app-pr-12')
    expect(preview?.private).toBe(true)
    expect(preview?.variables.get('MODEL_ID')?.value).toBe('gpt2')
    expect([...(preview?.secrets.keys() ?? [])]).toEqual(['API_KEY'])
    expect(preview?.runtime?.stage).toBe('RUNNING')
    expect(preview?.runtime?.sha).toBe(opened.outputs.commit_sha)
    expect(opened.outputs.space_url).toBe(`${hub().url}/spaces/user/demo-app-pr-12`)
    let comments = gh().comments.of(REPOSITORY, 12)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('<!-- hf-space-action:preview user/demo-app -->')
    expect(comments[0].body).toContain('### 🤗 Preview Space is up')
    expect(comments[0].body).toContain(`| App | ${opened.outputs.app_url} |`)
    expect(comments[0].body).toContain('`1111111` → Hub')
    expect(comments[0].body).toContain('| Stage | `RUNNING` |')

    const v2 = await folder({ 'app.py': `${APP_PY}# v2\n`, 'README.md': readme })
    const pushed = await runAgainst(
      hub(),
      { ...inputs, path: v2 },
      { env: await prEnv(12, 'synchronize', { headSha: '2222222bbbbbbb' }), ...noLeak }
    )
    expect(pushed.exitCode).toBe(0)
    expect(
      hub()
        .hubRequests()
        .filter((r) => r.path.endsWith('/duplicate'))
    ).toEqual([])
    expect(preview?.runtime?.sha).toBe(pushed.outputs.commit_sha)
    comments = gh().comments.of(REPOSITORY, 12)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('`2222222` → Hub')
    expect(
      gh()
        .apiRequests()
        .map((r) => r.method)
    ).toEqual(expect.arrayContaining(['GET', 'PATCH']))

    const closed = await runAgainst(hub(), inputs, { env: await prEnv(12, 'closed'), ...noLeak })
    expect(closed.exitCode).toBe(0)
    expect(hub().repos.get('space', 'user/demo-app-pr-12')).toBeUndefined()
    comments = gh().comments.of(REPOSITORY, 12)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('the preview Space `user/demo-app-pr-12` was deleted')
    expect(hub().repos.get('space', 'user/demo-app')).toBeDefined()

    const again = await runAgainst(hub(), inputs, { env: await prEnv(12, 'closed'), ...noLeak })
    expect(again.exitCode).toBe(0)
    expect(again.stdout).toContain('The preview Space user/demo-app-pr-12 was already gone.')
    expect(gh().comments.of(REPOSITORY, 12)).toHaveLength(1)
  }, 120_000)

  it('explains a failed build in the comment, with the first error lines, and fails', async () => {
    await seedSpace(hub(), 'user/broken-app')
    const dir = await folder({
      ...appEndingIn('BUILD_ERROR', ['ERROR: Could not find a version that satisfies torch==99']),
      'README.md': readme
    })
    const run = await runAgainst(
      hub(),
      {
        repo_id: 'user/broken-app',
        mode: 'preview',
        path: dir,
        github_token: GITHUB_EMULATOR_TOKEN
      },
      { env: await prEnv(3, 'opened') }
    )
    expect(run.exitCode).toBe(1)
    const [comment] = gh().comments.of(REPOSITORY, 3)
    expect(comment.body).toContain('### ❌ Preview Space failed')
    expect(comment.body).toContain('**Reason:** user/broken-app-pr-3 is in BUILD_ERROR')
    expect(comment.body).toContain('ERROR: Could not find a version that satisfies torch==99')
  })

  it('warns, naming pull-requests: write, when GitHub refuses the comment', async () => {
    gh().tokens.add('ghs_readOnlyJobToken000000000000000000', {
      ...ACTIONS_BOT,
      permissions: { contents: 'read' }
    })
    await seedSpace(hub(), 'user/quiet-app')
    const dir = await folder({ 'app.py': APP_PY, 'README.md': readme })
    const run = await runAgainst(
      hub(),
      {
        repo_id: 'user/quiet-app',
        mode: 'preview',
        path: dir,
        github_token: 'ghs_readOnlyJobToken000000000000000000'
      },
      { env: await prEnv(4, 'opened') }
    )
    expect(run.exitCode).toBe(0)
    const [warning] = annotations(run, 'warning')
    expect(warning).toContain('Could not write the preview comment on octo/demo-app#4')
    expect(warning).toContain("'permissions: pull-requests: write'")
    expect(hub().repos.get('space', 'user/quiet-app-pr-4')?.runtime?.stage).toBe('RUNNING')
  })

  it('says a paid plan is needed when the Hub refuses the copy (402)', async () => {
    await seedSpace(hub(), 'other/paid-app')
    const dir = await folder({ 'app.py': APP_PY })
    const run = await runAgainst(
      hub(),
      {
        repo_id: 'other/paid-app',
        mode: 'preview',
        path: dir,
        token: EMULATOR_TOKENS.other,
        github_token: GITHUB_EMULATOR_TOKEN
      },
      { env: await prEnv(5, 'opened') }
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(
      'Copying other/paid-app to other/paid-app-pr-5 needs a paid plan'
    )
    expect(gh().comments.of(REPOSITORY, 5)[0].body).toContain('needs a paid plan')
  })

  it('tells a fork pull request without a token why, before any request', async () => {
    const run = await runAgainst(
      hub(),
      { repo_id: 'user/demo-app', mode: 'preview', token: '', github_token: GITHUB_EMULATOR_TOKEN },
      { env: await prEnv(9, 'opened', { fork: true }) }
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(
      'pull request #9 comes from a fork, and GitHub gives workflows of fork pull requests no secrets'
    )
    expect(hub().hubRequests()).toEqual([])
  })

  it('refuses other events and names too long, before any request', async () => {
    const push = await runAgainst(
      hub(),
      { repo_id: 'user/demo-app', mode: 'preview' },
      { env: await prEnv(1, 'opened', { eventName: 'push' }) }
    )
    expect(push.exitCode).toBe(1)
    expect(push.errors[0]).toContain(
      "Mode 'preview' runs on pull_request or pull_request_target events, but this run's event is 'push'"
    )
    const labeled = await runAgainst(
      hub(),
      { repo_id: 'user/demo-app', mode: 'preview' },
      { env: await prEnv(1, 'labeled') }
    )
    expect(labeled.errors[0]).toContain("not 'labeled'")
    const long = `user/${'a'.repeat(90)}`
    const tooLong = await runAgainst(
      hub(),
      { repo_id: long, mode: 'preview', path: await folder({ 'app.py': APP_PY }) },
      { env: await prEnv(1234, 'opened') }
    )
    expect(tooLong.exitCode).toBe(1)
    expect(tooLong.errors[0]).toContain("more than the Hub's 96")
    expect(hub().hubRequests()).toEqual([])
  })
})
