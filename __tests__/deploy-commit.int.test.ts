/**
 * How a deploy commits: creating the repo when asked (and the paid-plan answer), opening a pull
 * request, and never losing or duplicating the commit — under 20 % injected faults, when the
 * commit's answer is lost or its connection dropped, and when the branch moves meanwhile.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS, HubEmulator, type EmulatedRepo } from '../emulator/index.js'
import { bytes, sha256 } from './emulator-helpers.js'
import { commitCount, deployInputs, repoFiles, requestsTo, useFolders } from './helpers/deploy.js'
import { until } from './helpers/emulator.js'
import { runAction } from './helpers/run-action.js'
import { commitFiles, seedSpace } from './helpers/spaces.js'

const KiB = 1024
const APP = 'print("hello")\n'
const README = '---\nsdk: gradio\napp_file: app.py\n---\n'

let hub: HubEmulator
const { folder } = useFolders()
beforeAll(async () => {
  hub = await HubEmulator.start({ lfs: { multipartThreshold: 32 * KiB, chunkSize: 8 * KiB } })
})
afterEach(() => hub.faults.clear())
afterAll(async () => hub.close())

describe('create', () => {
  it('creates a missing Space with its SDK and visibility, then deploys to it', async () => {
    const dir = await folder({ 'index.html': '<h1>static</h1>' })
    const run = await runAction(
      deployInputs(hub, 'user/fresh', dir, { create: 'true', space_sdk: 'static', private: 'true' })
    )
    expect(run.exitCode).toBe(0)
    const repo = hub.repos.get('space', 'user/fresh') as EmulatedRepo
    expect(repo.sdk).toBe('static')
    expect(repo.private).toBe(true)
    expect((await repoFiles(repo)).get('index.html')?.toString()).toBe('<h1>static</h1>')
    expect(run.outputs.changed).toBe('true')
    expect(run.outputs.stage).toBe('RUNNING')
  })

  it('does not call create for a repo that exists', async () => {
    await seedSpace(hub, 'user/exists')
    const dir = await folder({ 'app.py': APP, 'README.md': README })
    hub.clearRequests()
    const run = await runAction(
      deployInputs(hub, 'user/exists', dir, { create: 'true', space_sdk: 'gradio' })
    )
    expect(run.exitCode).toBe(0)
    expect(hub.hubRequests().filter((r) => r.path === '/api/repos/create')).toEqual([])
  })

  it('says a paid plan is needed when the Hub answers 402, and commits nothing', async () => {
    const dir = await folder({ 'app.py': APP })
    const run = await runAction({
      ...deployInputs(hub, 'other/paid', dir, { create: 'true', space_sdk: 'gradio' }),
      token: EMULATOR_TOKENS.other
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain(
      'Creating the gradio Space other/paid needs a paid plan'
    )
    expect(run.errors.join('\n')).toContain('space_sdk: static')
    expect(hub.repos.get('space', 'other/paid')).toBeUndefined()
  })

  it('creates a model repo (no SDK) when asked', async () => {
    const dir = await folder({ 'config.json': '{"a":1}\n' })
    const run = await runAction(
      deployInputs(hub, 'acme/new-model', dir, { create: 'true', repo_type: 'model' })
    )
    expect(run.exitCode).toBe(0)
    const repo = hub.repos.get('model', 'acme/new-model') as EmulatedRepo
    expect((await repoFiles(repo)).has('config.json')).toBe(true)
  })
})

describe('create_pr', () => {
  it('opens a pull request: refs/pr/1 holds the files, main and the Space are untouched', async () => {
    const repo = await seedSpace(hub, 'user/review', { files: { 'app.py': APP, 'old.txt': 'o' } })
    const mainBefore = await repo.git.resolve('main')
    const runtimeSha = repo.runtime?.sha
    const dir = await folder({
      'app.py': `${APP}# pr\n`,
      'README.md': README,
      'w.bin': bytes(2000)
    })
    const run = await runAction(deployInputs(hub, 'user/review', dir, { create_pr: 'true' }))
    expect(run.exitCode).toBe(0)
    expect(run.outputs.pr_url).toBe(`${hub.url}/spaces/user/review/discussions/1`)
    const pr = await repo.git.resolve('refs/pr/1')
    expect(run.outputs.commit_sha).toBe(pr)
    expect(await repo.git.resolve('main')).toBe(mainBefore)
    const files = await repoFiles(repo, 'refs/pr/1')
    expect(files.get('app.py')?.toString()).toBe(`${APP}# pr\n`)
    expect(files.has('old.txt')).toBe(false)
    expect(files.get('w.bin')?.toString()).toContain(sha256(bytes(2000)))
    expect(repo.runtime?.sha).toBe(runtimeSha)
    expect(run.stdout).toContain('it changes once the pull request is merged')
  })

  it('updates an open pull request when revision names its branch', async () => {
    const repo = await seedSpace(hub, 'user/review-again', { files: { 'app.py': APP } })
    const first = await folder({ 'app.py': `${APP}# one\n`, 'README.md': README })
    expect(
      (await runAction(deployInputs(hub, 'user/review-again', first, { create_pr: 'true' })))
        .exitCode
    ).toBe(0)
    const mainBefore = await repo.git.resolve('main')
    const second = await folder({ 'app.py': `${APP}# two\n`, 'README.md': README })
    const run = await runAction(
      deployInputs(hub, 'user/review-again', second, { revision: 'refs/pr/1' })
    )
    expect(run.exitCode).toBe(0)
    expect(repo.pullRequests).toBe(1)
    expect(run.outputs.commit_sha).toBe(await repo.git.resolve('refs/pr/1'))
    expect((await repoFiles(repo, 'refs/pr/1')).get('app.py')?.toString()).toBe(`${APP}# two\n`)
    expect(await repo.git.resolve('main')).toBe(mainBefore)
  })
})

describe('never losing or duplicating the commit', () => {
  const files = (tag: string) => ({
    'app.py': `${APP}# ${tag}\n`,
    'README.md': README,
    'big.bin': bytes(70 * KiB, tag.length + 3),
    'small.bin': bytes(3 * KiB, tag.length + 5)
  })

  it('ends in exactly one commit with 20 % of the idempotent requests failing', async () => {
    const repo = await seedSpace(hub, 'user/flaky')
    const dir = await folder(files('flaky'))
    const idempotentPost = /\/preupload\/|\/objects\/batch$|\/objects\/verify$|^\/_lfs\/complete\//
    hub.addFault({ kind: 'drop', method: 'GET', probability: 0.05 })
    hub.addFault({ kind: 'drop', method: 'PUT', probability: 0.05 })
    for (const method of ['GET', 'PUT']) {
      hub.addFault({ kind: 'status', status: 503, method, probability: 0.2 })
    }
    hub.addFault({
      kind: 'status',
      status: 503,
      method: 'POST',
      path: idempotentPost,
      probability: 0.2
    })
    const before = await commitCount(repo)
    hub.clearRequests()
    const run = await runAction(deployInputs(hub, 'user/flaky', dir))
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(hub.faults.hits.status + hub.faults.hits.drop).toBeGreaterThanOrEqual(2)
    expect(run.stdout).toContain('Retrying')
    expect(await commitCount(repo)).toBe(before + 1)
    expect(requestsTo(hub, 'commit')).toHaveLength(1)
    const tree = await repoFiles(repo)
    expect(tree.get('big.bin')?.toString()).toContain(sha256(files('flaky')['big.bin']))
    expect(run.outputs.stage).toBe('RUNNING')
  }, 60_000)

  it('finds the commit on the branch when its answer is lost, and does not send it again', async () => {
    const repo = await seedSpace(hub, 'user/lost')
    const dir = await folder(files('lost'))
    hub.addFault({ kind: 'lost-response', method: 'POST', path: '/commit/', times: 1 })
    const before = await commitCount(repo)
    hub.clearRequests()
    const run = await runAction(deployInputs(hub, 'user/lost', dir))
    expect(run.exitCode).toBe(0)
    expect(hub.faults.hits['lost-response']).toBe(1)
    expect(await commitCount(repo)).toBe(before + 1)
    expect(requestsTo(hub, 'commit')).toHaveLength(1)
    const head = await repo.git.resolve('main')
    expect(run.outputs.commit_sha).toBe(head)
    expect(run.outputs.stage).toBe('RUNNING')
    expect(run.stdout).toContain('The commit landed')
  })

  it('finds a pull request whose answer is lost, without opening a second one', async () => {
    const repo = await seedSpace(hub, 'user/lostpr')
    const dir = await folder(files('lostpr'))
    hub.addFault({ kind: 'lost-response', method: 'POST', path: '/commit/', times: 1 })
    const run = await runAction(deployInputs(hub, 'user/lostpr', dir, { create_pr: 'true' }))
    expect(run.exitCode).toBe(0)
    expect(repo.pullRequests).toBe(1)
    expect(run.outputs.pr_url).toBe(`${hub.url}/spaces/user/lostpr/discussions/1`)
    expect(run.outputs.commit_sha).toBe(await repo.git.resolve('refs/pr/1'))
  })

  it('sends the commit once more when its connection dropped before it landed', async () => {
    const repo = await seedSpace(hub, 'user/dropped')
    const dir = await folder(files('dropped'))
    hub.addFault({ kind: 'drop', method: 'POST', path: '/commit/', times: 1 })
    const before = await commitCount(repo)
    hub.clearRequests()
    const run = await runAction(deployInputs(hub, 'user/dropped', dir))
    expect(run.exitCode).toBe(0)
    expect(await commitCount(repo)).toBe(before + 1)
    expect(requestsTo(hub, 'commit')).toHaveLength(2)
    expect(run.outputs.commit_sha).toBe(await repo.git.resolve('main'))
  })

  it('fails clearly, committing nothing, when the branch moved between plan and commit', async () => {
    const repo = await seedSpace(hub, 'user/raced')
    const dir = await folder(files('raced'))
    hub.addFault({ kind: 'slow', method: 'POST', path: '/commit/', delayMs: 1500, times: 1 })
    hub.clearRequests()
    const running = runAction(deployInputs(hub, 'user/raced', dir))
    await until(() => requestsTo(hub, 'commit').length > 0)
    const theirs = await commitFiles(repo, { 'theirs.txt': 'pushed meanwhile' }, 'Someone else')
    const run = await running
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain(
      "The branch 'main' moved while the action was committing"
    )
    expect(await repo.git.resolve('main')).toBe(theirs)
    expect(run.outputs.commit_sha).toBe('')
  })
})
