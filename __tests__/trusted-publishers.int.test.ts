/**
 * Trusted Publishers through dist/: no secret, the job's GitHub ID token (GitHub emulator)
 * exchanged at the Hub emulator's `/oauth/token` per repo, the result masked and used for the
 * API, LFS and git; and the errors when that cannot work.
 */
import { describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { EMULATOR_TOKENS, type HubEmulator, type RecordedRequest } from '../emulator/index.js'
import { GITHUB_EMULATOR_TOKEN, type EmulatedJob } from '../emulator/github/index.js'
import { deployInputs, repoFiles, useFolders, writeRequests } from './helpers/deploy.js'
import { annotations, runAgainst, useEmulator } from './helpers/emulator.js'
import { gitHubJobEnv, useGitHubEmulator } from './helpers/github-emulator.js'
import type { ActionRun } from './helpers/run-action.js'
import { seedSpace } from './helpers/spaces.js'

const hubOf = useEmulator()
const gitHub = useGitHubEmulator()
const { folder } = useFolders()

const PUBLISHER = { repository: 'alice/app', workflow: 'deploy.yml', ref: 'refs/heads/main' }

/** A Space whose Trusted Publisher is the GitHub emulator's `alice/app` deploy workflow. */
async function publishedSpace(
  id: string,
  claims: Record<string, string> = PUBLISHER
): Promise<void> {
  await seedSpace(hubOf(), id)
  hubOf().trustedPublishers.add({ type: 'space', id, issuer: gitHub().url, claims })
}

function job(): EmulatedJob {
  return gitHub().addJob({ repository: 'alice/app', workflowFile: 'deploy.yml' })
}

/** A run, and the ID tokens and exchanged tokens issued while it ran. */
type TrustedRun = ActionRun & { secrets: string[] }

/** Runs with no `token` input and no HF_TOKEN: only the job's ID token. */
async function runWithIdToken(
  inputs: Record<string, string>,
  ofJob = job(),
  env: Record<string, string> = {}
): Promise<TrustedRun> {
  const [hub, gh] = [hubOf(), gitHub()]
  const before = {
    jwts: gh.oidc.issuedTokens().length,
    tokens: hub.trustedPublishers.issued.length
  }
  gh.clearRequests()
  const run = await runAgainst(
    hub,
    { token: '', ...inputs },
    { env: { ...gitHubJobEnv(gh, ofJob), ...env } }
  )
  const secrets = [
    ...gh.oidc.issuedTokens().slice(before.jwts),
    ...hub.trustedPublishers.issued.slice(before.tokens).map((t) => t.token)
  ]
  return { ...run, secrets }
}

const exchanges = (hub: HubEmulator): RecordedRequest[] =>
  hub.hubRequests().filter((r) => r.path === '/oauth/token')

/** The run's ID tokens and exchanged tokens appear nowhere but in `::add-mask::` lines. */
function expectMaskedAndNeverPrinted(run: TrustedRun, count: number): void {
  expect(run.secrets).toHaveLength(count)
  const masks = run.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'))
  const printed = [
    run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs)
  ].join('\n')
  for (const secret of run.secrets) {
    expect(masks).toContain(`::add-mask::${secret}`)
    expect(printed.includes(secret)).toBe(false)
    // Nor its tail (a token cut or wrapped into another string).
    expect(printed.includes(secret.slice(-24))).toBe(false)
  }
}

describe('Trusted Publishers', () => {
  it('deploys with no secret: one exchange, the token masked and used for the API and LFS', async () => {
    const hub = hubOf()
    await publishedSpace('user/tp-deploy')
    const dir = await folder({
      'app.py': 'print("hello")\n',
      'weights.bin': Buffer.alloc(64 * 1024, 7)
    })
    const j = job()
    const run = await runWithIdToken(deployInputs(hub, 'user/tp-deploy', dir, { token: '' }), j)
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(
      'Authenticated to the space user/tp-deploy as its Trusted Publisher (GitHub OIDC; the token is valid for 60 min).'
    )

    // The ID token was asked for the Hub's origin, and exchanged once, without a token.
    expect(j.issued.map((i) => i.audience)).toEqual([hub.url])
    expect(exchanges(hub)).toHaveLength(1)
    expect(exchanges(hub)[0].headers.authorization).toBeUndefined()
    const [issued] = hub.trustedPublishers.issued.slice(-1)
    expect(issued).toMatchObject({ type: 'space', id: 'user/tp-deploy' })
    expect(issued.token).toMatch(/^hf_jwt_/)

    // Every Hub call after the exchange carried the exchanged token (LFS batch included).
    const after = hub
      .hubRequests()
      .filter((r) => r.path !== '/oauth/token' && !r.path.startsWith('/_lfs'))
    expect(after.some((r) => r.path.includes('/info/lfs/objects/batch'))).toBe(true)
    expect(after.some((r) => r.path.includes('/commit/'))).toBe(true)
    for (const r of after)
      expect(`${r.path} ${r.headers.authorization}`).toBe(`${r.path} Bearer ${issued.token}`)

    const repo = hub.repos.get('space', 'user/tp-deploy')
    if (!repo) throw new Error('the Space is gone')
    const files = await repoFiles(repo)
    expect(files.get('app.py')?.toString()).toBe('print("hello")\n')
    expect(files.get('weights.bin')?.toString()).toMatch(/^version https:\/\/git-lfs/)
    expectMaskedAndNeverPrinted(run, 2)
  })

  it('pushes an empty commit through git with the exchanged token', async () => {
    const hub = hubOf()
    await publishedSpace('user/tp-git')
    const before = await hub.repos.get('space', 'user/tp-git')?.git.countCommits('main')
    const run = await runWithIdToken({ repo_id: 'user/tp-git', mode: 'empty-commit' }, job())
    expect(run.errors).toEqual([])
    expect(await hub.repos.get('space', 'user/tp-git')?.git.countCommits('main')).toBe(
      (before ?? 0) + 1
    )
    const token = hub.trustedPublishers.issued.slice(-1)[0].token
    const pushes = hub.hubRequests().filter((r) => r.path.endsWith('/git-receive-pack'))
    expect(pushes.length).toBeGreaterThan(0)
    const basic = Buffer.from(
      String(pushes[0].headers.authorization).replace(/^Basic /, ''),
      'base64'
    )
    expect(basic.toString()).toMatch(new RegExp(`:${token}$`))
    expectMaskedAndNeverPrinted(run, 2)
  })

  it('two Spaces get two exchanges, each Space its own token', async () => {
    const hub = hubOf()
    await publishedSpace('user/tp-a')
    await publishedSpace('user/tp-b')
    const run = await runWithIdToken({ repo_id: 'user/tp-a, user/tp-b', mode: 'restart' }, job())
    expect(run.errors).toEqual([])
    expect(exchanges(hub)).toHaveLength(2)
    const tokens = new Map(hub.trustedPublishers.issued.slice(-2).map((t) => [t.id, t.token]))
    expect([...tokens.keys()].sort()).toEqual(['user/tp-a', 'user/tp-b'])
    for (const id of ['user/tp-a', 'user/tp-b']) {
      const restarts = hub.hubRequests().filter((r) => r.path === `/api/spaces/${id}/restart`)
      expect(restarts).toHaveLength(1)
      expect(restarts[0].headers.authorization).toBe(`Bearer ${tokens.get(id)}`)
    }
    expectMaskedAndNeverPrinted(run, 4)
  })

  it('a publisher that does not match this run: the Hub’s reason and the claims it compares, nothing written', async () => {
    const hub = hubOf()
    await publishedSpace('user/tp-mismatch', { ...PUBLISHER, workflow: 'release.yml' })
    const dir = await folder({ 'app.py': 'x = 1\n' })
    const run = await runWithIdToken(
      deployInputs(hub, 'user/tp-mismatch', dir, { token: '' }),
      job()
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(
      "The Hub refused to exchange this job's GitHub ID token for a token of the space user/tp-mismatch: invalid_grant: The token's claims do not match any Trusted Publisher of spaces/user/tp-mismatch."
    )
    expect(run.errors[0]).toContain(
      "the Hub compares repository 'alice/app', workflow 'deploy.yml', ref 'refs/heads/main'"
    )
    expect(exchanges(hub)).toHaveLength(1)
    expect(writeRequests(hub).filter((r) => r.path !== '/oauth/token')).toEqual([])
    expectMaskedAndNeverPrinted(run, 1)
  })

  it('the environment claim is named when the job has one', async () => {
    const hub = hubOf()
    await publishedSpace('user/tp-env', {
      repository: 'alice/app',
      environment: 'production'
    })
    const staging = gitHub().addJob({ repository: 'alice/app', environment: 'staging' })
    const run = await runWithIdToken({ repo_id: 'user/tp-env', mode: 'restart' }, staging)
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain("ref 'refs/heads/main', environment 'staging'")
    expect(hub.hubRequests().filter((r) => r.path.endsWith('/restart'))).toEqual([])
  })

  it('no credential at all: one error naming both ways, and no request', async () => {
    const hub = hubOf()
    const dir = await folder({ 'app.py': 'x = 1\n' })
    gitHub().clearRequests()
    const run = await runAgainst(hub, deployInputs(hub, 'user/tp-none', dir, { token: '' }), {
      env: gitHubJobEnv(gitHub(), job(), { idToken: false })
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      /Input 'token' is empty, HF_TOKEN is not set, and the job cannot request a GitHub ID token/
    )
    expect(run.errors[0]).toContain('token: ${{ secrets.HF_TOKEN }}')
    expect(run.errors[0]).toContain('permissions: id-token: write')
    expect(run.errors[0]).toContain('Trusted Publisher')
    expect(hub.hubRequests()).toEqual([])
    expect(
      gitHub()
        .apiRequests()
        .filter((r) => r.path.includes('/idtoken'))
    ).toEqual([])
  })

  it('create: true on a missing repo says a stored token is needed, and creates nothing', async () => {
    const hub = hubOf()
    const dir = await folder({ 'index.html': '<p>hi</p>\n' })
    const run = await runWithIdToken(
      deployInputs(hub, 'user/tp-new', dir, { token: '', create: 'true', space_sdk: 'static' }),
      job()
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('a Trusted-Publisher token cannot create repos')
    expect(run.errors[0]).toContain('token: ${{ secrets.HF_TOKEN }}')
    expect(hub.hubRequests().filter((r) => r.path === '/api/repos/create')).toEqual([])
    expect(hub.repos.get('space', 'user/tp-new')).toBeUndefined()
  })

  it('duplicate into a missing Space says a stored token is needed, and copies nothing', async () => {
    const hub = hubOf()
    await seedSpace(hub, 'user/tp-source')
    const run = await runWithIdToken({
      repo_id: 'user/tp-copy',
      mode: 'duplicate',
      from_repo_id: 'user/tp-source'
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('a Trusted-Publisher token cannot create repos')
    expect(hub.hubRequests().filter((r) => r.path.endsWith('/duplicate'))).toEqual([])
    expect(hub.repos.get('space', 'user/tp-copy')).toBeUndefined()
  })

  it('preview asks the token of the preview Space, which must exist already', async () => {
    const hub = hubOf()
    await seedSpace(hub, 'user/tp-app')
    const event = join(await folder({}), 'event.json')
    await writeFile(
      event,
      JSON.stringify({
        action: 'synchronize',
        number: 5,
        pull_request: {
          number: 5,
          head: {
            sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
            repo: { full_name: 'alice/app' }
          },
          base: { repo: { full_name: 'alice/app' } }
        },
        repository: { full_name: 'alice/app' }
      })
    )
    const dir = await folder({ 'app.py': 'print("pr 5")\n' })
    const inputs = {
      repo_id: 'user/tp-app',
      mode: 'preview',
      path: dir,
      github_token: GITHUB_EMULATOR_TOKEN
    }
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }

    const missing = await runWithIdToken(inputs, job(), env)
    expect(missing.exitCode).toBe(1)
    expect(missing.errors[0]).toContain('a token of the space user/tp-app-pr-5')
    expect(missing.errors[0]).toContain('a Trusted-Publisher token cannot create repos')
    expect(hub.hubRequests().filter((r) => r.path.endsWith('/duplicate'))).toEqual([])

    await publishedSpace('user/tp-app-pr-5')
    const run = await runWithIdToken(inputs, job(), env)
    expect(run.errors).toEqual([])
    expect(hub.trustedPublishers.issued.slice(-1)[0]).toMatchObject({ id: 'user/tp-app-pr-5' })
    expect(gitHub().comments.of('alice/app', 5)).toHaveLength(1)
  })

  it('a 403 to a call made with such a token says the token may not be allowed to make it', async () => {
    const hub = hubOf()
    await publishedSpace('user/tp-refused')
    hub.addFault({
      path: '/api/spaces/user/tp-refused/restart',
      kind: 'status',
      status: 403,
      times: 1
    })
    const run = await runWithIdToken({ repo_id: 'user/tp-refused', mode: 'restart' }, job())
    hub.faults.clear()
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(
      /Hub answered 403 to POST \/api\/spaces\/user\/tp-refused\/restart/
    )
    expect(run.errors[0]).toContain(
      'This run authenticates as a Trusted Publisher (GitHub OIDC): its token writes to this one repo for 60 minutes, and the Hub may not accept it for this call.'
    )
  })

  it('status of a public Space without a publisher warns and reads it without a token', async () => {
    const hub = hubOf()
    await seedSpace(hub, 'user/tp-status')
    const run = await runWithIdToken({ repo_id: 'user/tp-status' }, job())
    expect(run.exitCode).toBe(0)
    expect(run.outputs.stage).toBe('RUNNING')
    expect(annotations(run, 'warning').join('\n')).toMatch(
      /The Hub refused to exchange .*No Trusted Publisher .* Reading the status without a token\./
    )
  })

  it('a stored token wins: no ID token is requested', async () => {
    const hub = hubOf()
    await publishedSpace('user/tp-stored')
    const j = job()
    const run = await runAgainst(
      hub,
      { repo_id: 'user/tp-stored', mode: 'restart', token: EMULATOR_TOKENS.write },
      { env: gitHubJobEnv(gitHub(), j) }
    )
    expect(run.errors).toEqual([])
    expect(j.issued).toEqual([])
    expect(exchanges(hub)).toEqual([])
  })
})
