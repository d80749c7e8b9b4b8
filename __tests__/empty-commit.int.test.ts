/**
 * `empty-commit` against the emulator's git smart HTTP: exactly one new commit with its parent's
 * tree, the Space rebuilding it, the token only ever in an environment-provided header (never in
 * git's argv, a URL or the log), and a push whose answer is lost or that races another push.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { EMULATOR_TOKENS, HubEmulator } from '../emulator/index.js'
import { commitCount, writeRequests, useFolders } from './helpers/deploy.js'
import { runAction } from './helpers/run-action.js'
import { commitFiles, seedSpace } from './helpers/spaces.js'

let hub: HubEmulator
const { make } = useFolders()
beforeAll(async () => {
  hub = await HubEmulator.start()
})
afterEach(() => hub.faults.clear())
afterAll(async () => hub.close())

const inputs = (repoId: string, extra: Record<string, string> = {}) => ({
  repo_id: repoId,
  mode: 'empty-commit',
  token: EMULATOR_TOKENS.write,
  endpoint: hub.url,
  ...extra
})

const BASIC = Buffer.from(`hf_user:${EMULATOR_TOKENS.write}`).toString('base64')

describe('empty-commit', () => {
  it('pushes one commit with its parent tree, and waits for the Space to serve it', async () => {
    const repo = await seedSpace(hub, 'user/rebuild')
    const parent = (await repo.git.resolve('main')) as string
    const before = await commitCount(repo)
    const trace = join(await make(), 'git-trace')
    hub.clearRequests()
    const run = await runAction(inputs('user/rebuild'), {
      env: {
        GIT_TRACE: trace,
        GITHUB_REPOSITORY: 'octo/demo',
        GITHUB_SHA: 'fedcba9876543210fedcba9876543210fedcba98'
      }
    })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)

    expect(await commitCount(repo)).toBe(before + 1)
    const head = (await repo.git.resolve('main')) as string
    const [commit] = await repo.git.log('main', 1)
    expect(commit.parents).toEqual([parent])
    expect(commit.title).toBe('Rebuild octo/demo@fedcba9')
    expect(await repo.git.treeOid(head, '')).toBe(await repo.git.treeOid(parent, ''))

    expect(run.outputs.commit_sha).toBe(head)
    expect(run.outputs.commit_url).toBe(`${hub.url}/spaces/user/rebuild/commit/${head}`)
    expect(run.outputs.changed).toBe('true')
    expect(run.outputs.stage).toBe('RUNNING')
    expect(repo.runtime?.sha).toBe(head)
    expect(run.stdout).toMatch(/RUNNING_BUILDING/)

    // git authenticated with the header, Basic hf_user:<token>; never with the token in a URL.
    const gitRequests = hub.hubRequests().filter((r) => /\/(info\/refs|git-)/.test(r.path))
    expect(gitRequests.length).toBeGreaterThan(0)
    for (const request of gitRequests) {
      expect(request.headers.authorization).toBe(`Basic ${BASIC}`)
      expect(request.query).not.toContain(EMULATOR_TOKENS.write)
    }
    // Every git process's argv (GIT_TRACE logs them all) is free of the token, plain or encoded.
    const argv = await readFile(trace, 'utf8')
    expect(argv).toContain('git push')
    expect(argv).toContain('--filter=blob:none')
    expect(argv).not.toContain(EMULATOR_TOKENS.write)
    expect(argv).not.toContain(BASIC)
    const log = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
    expect(log).not.toContain(BASIC)
    expect(run.stdout).toContain(`::add-mask::${BASIC}`)
  })

  it('commits to a model without waiting', async () => {
    const repo = await hub.repos.create({ type: 'model', namespace: 'user', name: 'm' })
    const before = await commitCount(repo)
    const run = await runAction(inputs('user/m', { repo_type: 'model' }))
    expect(run.exitCode).toBe(0)
    expect(await commitCount(repo)).toBe(before + 1)
    expect(run.outputs.commit_url).toBe(
      `${hub.url}/user/m/commit/${await repo.git.resolve('main')}`
    )
    expect(run.outputs.stage).toBe('')
  })

  it('commits to another branch without waiting for the Space, which serves main', async () => {
    const repo = await seedSpace(hub, 'user/branchy')
    await repo.git.updateRef('refs/heads/dev', (await repo.git.resolve('main')) as string)
    const main = await repo.git.resolve('main')
    const run = await runAction(inputs('user/branchy', { revision: 'dev' }))
    expect(run.exitCode).toBe(0)
    expect(await repo.git.resolve('main')).toBe(main)
    expect(run.outputs.commit_sha).toBe(await repo.git.resolve('dev'))
    expect(run.stdout).toContain('not dev: not waiting')
  })

  it('pushes nothing in a dry run', async () => {
    const repo = await seedSpace(hub, 'user/dryrebuild')
    const before = await commitCount(repo)
    hub.clearRequests()
    const run = await runAction(inputs('user/dryrebuild', { dry_run: 'true' }))
    expect(run.exitCode).toBe(0)
    expect(writeRequests(hub)).toEqual([])
    expect(await commitCount(repo)).toBe(before)
    expect(run.stdout).toContain('Dry run: would push an empty commit to main')
  })

  it('finds its push on the branch when the answer to the push is lost', async () => {
    const repo = await seedSpace(hub, 'user/lostpush')
    const before = await commitCount(repo)
    hub.addFault({ kind: 'lost-response', method: 'POST', path: 'git-receive-pack', times: 1 })
    const run = await runAction(inputs('user/lostpush'))
    expect(hub.faults.hits['lost-response']).toBeGreaterThan(0)
    expect(run.exitCode).toBe(0)
    expect(await commitCount(repo)).toBe(before + 1)
    expect(run.outputs.commit_sha).toBe(await repo.git.resolve('main'))
  })

  it('fails clearly when someone pushed between the fetch and the push', async () => {
    const repo = await seedSpace(hub, 'user/racepush')
    hub.addFault({
      kind: 'slow',
      method: 'POST',
      path: 'git-receive-pack',
      delayMs: 1500,
      times: 1
    })
    hub.clearRequests()
    const running = runAction(inputs('user/racepush'))
    const deadline = Date.now() + 10_000
    while (!hub.hubRequests().some((r) => r.path.endsWith('git-receive-pack'))) {
      if (Date.now() > deadline) throw new Error('no push seen')
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const theirs = await commitFiles(repo, { 'theirs.txt': 'x' }, 'Someone else')
    const run = await running
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain("The branch 'main' moved")
    expect(await repo.git.resolve('main')).toBe(theirs)
  })
})
