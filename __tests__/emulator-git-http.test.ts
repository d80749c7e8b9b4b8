/**
 * git smart HTTP on the emulator, driven by stock git: partial and shallow fetches, pushes (which
 * rebuild a Space), and the auth answers git needs to ask for credentials.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { EMULATOR_TOKENS, HubEmulator, type EmulatedRepo } from '../emulator/index.js'
import { header, postCommit, runGitCli, tempDirs, textFile } from './emulator-helpers.js'

const token = EMULATOR_TOKENS.write

describe('git over HTTP', () => {
  let hub: HubEmulator
  let model: EmulatedRepo
  const dirs = tempDirs()

  beforeAll(async () => {
    hub = await HubEmulator.start()
    model = await hub.repos.create({ type: 'model', namespace: 'user', name: 'gitty' })
    for (const i of [1, 2, 3]) {
      const res = await postCommit(
        hub,
        'models/user/gitty',
        [header(`c${i}`), textFile(`f${i}.txt`, `v${i}\n`)],
        {
          token
        }
      )
      expect(res.status).toBe(200)
    }
    await hub.repos.create({ type: 'dataset', namespace: 'user', name: 'hidden', private: true })
  })
  afterAll(async () => {
    await hub?.close()
    await dirs.cleanup()
  })

  it('serves a shallow partial fetch (--depth=1 --filter=blob:none); blobs come later on demand', async () => {
    const dir = await dirs.make()
    await runGitCli(['init', '-q', dir])
    await runGitCli(['remote', 'add', 'origin', `${hub.url}/user/gitty`], { cwd: dir })
    hub.clearRequests()
    const fetched = await runGitCli(
      ['fetch', '--depth=1', '--filter=blob:none', 'origin', 'main'],
      { cwd: dir }
    )
    expect(fetched.code).toBe(0)
    const head = (await model.git.resolve('main')) as string
    expect((await runGitCli(['rev-parse', 'FETCH_HEAD'], { cwd: dir })).stdout.trim()).toBe(head)
    expect(existsSync(join(dir, '.git', 'shallow'))).toBe(true)
    // Commit and trees arrived, blobs did not.
    const objects = await runGitCli(['rev-list', '--objects', '--missing=print', 'FETCH_HEAD'], {
      cwd: dir
    })
    const missing = objects.stdout.split('\n').filter((line) => line.startsWith('?'))
    expect(missing).toHaveLength(4)
    expect(
      hub.hubRequests().some((r) => r.path === '/user/gitty/git-upload-pack' && r.status === 200)
    ).toBe(true)

    const checkout = await runGitCli(['checkout', '-q', 'FETCH_HEAD'], { cwd: dir })
    expect(checkout.code).toBe(0)
    expect(await readFile(join(dir, 'f3.txt'), 'utf8')).toBe('v3\n')
  })

  it('a push to a Space moves main and starts its build', async () => {
    const space = await hub.repos.create({
      type: 'space',
      namespace: 'user',
      name: 'pushed',
      sdk: 'gradio'
    })
    const dir = join(await dirs.make(), 'space')
    expect(
      (await runGitCli(['clone', '-q', `${hub.url}/spaces/user/pushed.git`, dir], { token })).code
    ).toBe(0)
    await writeFile(join(dir, 'app.py'), 'import gradio\n')
    await runGitCli(['add', 'app.py'], { cwd: dir })
    await runGitCli(['commit', '-q', '-m', 'Add app'], { cwd: dir })
    const sha = (await runGitCli(['rev-parse', 'HEAD'], { cwd: dir })).stdout.trim()

    const push = await runGitCli(['push', '-q', 'origin', 'main'], { cwd: dir, token })
    expect(push.code).toBe(0)
    expect(await space.git.resolve('main')).toBe(sha)
    expect(space.runtime?.stage).toBe('BUILDING')
    space.runtime?.settleNow()
    expect(space.runtime?.toJSON()).toMatchObject({ stage: 'RUNNING', sha })
  })

  it('pushes need write access: 401 without a token, 403 with a read token', async () => {
    const dir = join(await dirs.make(), 'model')
    await runGitCli(['clone', '-q', `${hub.url}/user/gitty`, dir])
    await writeFile(join(dir, 'new.txt'), 'new\n')
    await runGitCli(['add', 'new.txt'], { cwd: dir })
    await runGitCli(['commit', '-q', '-m', 'new'], { cwd: dir })
    const before = await model.git.resolve('main')
    hub.clearRequests()

    const anonymous = await runGitCli(['push', 'origin', 'main'], { cwd: dir })
    expect(anonymous.code).not.toBe(0)
    expect(anonymous.stderr).toMatch(/could not read Username|Authentication failed/)
    const readOnly = await runGitCli(['push', 'origin', 'main'], {
      cwd: dir,
      token: EMULATOR_TOKENS.read
    })
    expect(readOnly.stderr).toContain('403')
    expect(await model.git.resolve('main')).toBe(before)
    // git stopped at the ref advertisement: its 401 and 403 answers.
    expect(hub.hubRequests().map((r) => [r.path, r.status])).toEqual([
      ['/user/gitty/info/refs', 401],
      ['/user/gitty/info/refs', 403]
    ])
  })

  it('a private repo: git without a token gets 401 and a Basic challenge; the token as password works', async () => {
    const url = `${hub.url}/datasets/user/hidden.git`
    const res = await fetch(`${url}/info/refs?service=git-upload-pack`)
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Basic realm="Hugging Face"')

    const anonymous = await runGitCli(['ls-remote', url])
    expect(anonymous.code).not.toBe(0)
    expect(anonymous.stderr).toContain('could not read Username')

    const basic = Buffer.from(`user:${token}`).toString('base64')
    const withPassword = await runGitCli(['ls-remote', url], {
      env: {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: 'http.extraHeader',
        GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}`
      }
    })
    expect(withPassword.code).toBe(0)
    expect(withPassword.stdout).toContain('refs/heads/main')
    const other = await runGitCli(['ls-remote', url], { token: EMULATOR_TOKENS.other })
    expect(other.code).not.toBe(0)
    expect(other.stderr).toContain('not found')
  })
})
