/**
 * Pushing to the emulator with stock git and git-lfs, as the Hub's docs show it
 * (`git push https://user:$HF_TOKEN@huggingface.co/spaces/user/name main`):
 * - git-lfs uploads a new object and pushes on the first try (the verify step gets the
 *   credentials of the batch request), and a clone brings the content back;
 * - pushes the Hub refuses are refused with its `remote:` messages: a binary file over 1 MiB or
 *   any file over 10 MiB stored in git rather than LFS; the branch does not move.
 * The git-lfs tests are skipped, with a line saying so, where git-lfs is not installed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { EMULATOR_TOKENS, HubEmulator, type EmulatedRepo } from '../emulator/index.js'
import { LfsStore } from '../emulator/lfs-store.js'
import { bytes, runGitCli, sha256, tempDirs } from './emulator-helpers.js'

const hasGitLfs = spawnSync('git', ['lfs', 'version']).status === 0
if (!hasGitLfs)
  console.log('Skipping the git-lfs tests: git-lfs is not installed (apt-get install git-lfs).')
const describeWithLfs = hasGitLfs ? describe : describe.skip

/** git with extra `-c` settings passed through the environment (the global config is /dev/null). */
function git(args: string[], cwd: string, config: Record<string, string> = {}) {
  const entries = Object.entries(config)
  const env: NodeJS.ProcessEnv = { GIT_CONFIG_COUNT: String(entries.length) }
  entries.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key
    env[`GIT_CONFIG_VALUE_${i}`] = value
  })
  return runGitCli(args, { cwd, env })
}

const LFS_FILTER = {
  'filter.lfs.process': 'git-lfs filter-process',
  'filter.lfs.required': 'true'
}

describe('git pushes', () => {
  let hub: HubEmulator
  let space: EmulatedRepo
  const dirs = tempDirs()
  /** The documented remote: the token as the password in the URL. */
  let remote: string

  beforeAll(async () => {
    hub = await HubEmulator.start()
    space = await hub.repos.create({
      type: 'space',
      namespace: 'user',
      name: 'pushed',
      sdk: 'static'
    })
    const url = new URL(`${hub.url}/spaces/user/pushed`)
    url.username = 'user'
    url.password = EMULATOR_TOKENS.write
    remote = url.toString()
  })
  afterAll(async () => {
    await hub?.close()
    await dirs.cleanup()
  })

  /** A fresh clone of the Space with one new commit holding `files`. */
  async function cloneAndCommit(files: Record<string, Buffer | string>, lfs = false) {
    const dir = await dirs.make()
    const cloned = await git(['clone', '-q', remote, dir], dir, lfs ? LFS_FILTER : {})
    expect(cloned.code).toBe(0)
    if (lfs) {
      expect((await git(['lfs', 'install', '--local'], dir)).code).toBe(0)
      expect((await git(['lfs', 'track', '*.mp4'], dir)).code).toBe(0)
    }
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content)
    expect((await git(['add', '-A'], dir)).code).toBe(0)
    expect((await git(['commit', '-q', '-m', 'Add files'], dir)).code).toBe(0)
    return dir
  }

  it('refuses a binary file over 1 MiB outside LFS with the Hub message, and main stays', async () => {
    const before = await space.git.resolve('main')
    const dir = await cloneAndCommit({
      'demo.mp4': bytes(1_100_000, 4),
      'logo.png': bytes(2000, 5)
    })
    const pushed = await git(['push', 'origin', 'main'], dir)
    expect(pushed.code).not.toBe(0)
    expect(pushed.stderr).toContain(
      [
        'remote: Your push was rejected because it contains binary files.',
        'remote: Please use https://huggingface.co/docs/hub/xet to store binary files.'
      ].join('        \n')
    )
    expect(pushed.stderr).toMatch(
      /remote: Offending files:\s+\nremote: {2}- demo\.mp4 \(ref: refs\/heads\/main\)/
    )
    // A small binary (the 2 kB logo) is allowed: only the video is named.
    expect(pushed.stderr).not.toContain('logo.png')
    expect(pushed.stderr).toContain('! [remote rejected] main -> main (pre-receive hook declined)')
    expect(await space.git.resolve('main')).toBe(before)
  })

  it('refuses a file over 10 MiB outside LFS with the Hub message, and main stays', async () => {
    const before = await space.git.resolve('main')
    const dir = await cloneAndCommit({ 'log.txt': 'x'.repeat(10 * 1024 * 1024 + 1) })
    const pushed = await git(['push', 'origin', 'main'], dir)
    expect(pushed.code).not.toBe(0)
    expect(pushed.stderr).toContain(
      [
        'remote: Your push was rejected because it contains files larger than 10M.',
        'remote: Please use https://git-lfs.github.com/ to store larger files.'
      ].join('        \n')
    )
    expect(pushed.stderr).toMatch(/remote: {2}- log\.txt \(ref: refs\/heads\/main\)/)
    expect(await space.git.resolve('main')).toBe(before)
  })

  it('accepts text and small binary files stored in git', async () => {
    const dir = await cloneAndCommit({ 'index.html': '<h1>hi</h1>\n', 'icon.png': bytes(3000, 6) })
    const pushed = await git(['push', 'origin', 'main'], dir)
    expect(pushed.code).toBe(0)
    const head = (await git(['rev-parse', 'HEAD'], dir)).stdout.trim()
    expect(await space.git.resolve('main')).toBe(head)
  })

  describeWithLfs('with git-lfs', () => {
    const video = bytes(1_500_000, 7)

    it('pushes a new LFS object on the first try: batch, upload, verify with credentials, push', async () => {
      const dir = await cloneAndCommit({ 'demo.mp4': video }, true)
      hub.clearRequests()
      const pushed = await git(['push', 'origin', 'main'], dir, LFS_FILTER)
      expect([pushed.code, pushed.stderr]).toEqual([0, expect.stringContaining('main -> main')])
      expect(await LfsStore.of(space).size(sha256(video))).toBe(video.length)
      const lfsCalls = hub
        .hubRequests()
        .filter((r) => /objects\/(batch|verify)$|^\/_lfs\//.test(r.path))
        .map((r) => `${r.method} ${r.path.replace(/\/[^/]*$/, '/…')} ${r.status}`)
      expect(lfsCalls).toEqual([
        'POST /spaces/user/pushed.git/info/lfs/objects/… 200',
        'PUT /_lfs/upload/space%3Auser%2Fpushed/… 200',
        'POST /spaces/user/pushed.git/info/lfs/objects/… 200'
      ])
      // git's own first request of a push is answered 401 (the challenge); git-lfs never is.
      const lfs401 = hub.hubRequests().filter((r) => r.status === 401 && r.path.includes('lfs'))
      expect(lfs401).toEqual([])
      const tree = (await (await fetch(`${hub.url}/api/spaces/user/pushed/tree/main`)).json()) as {
        path: string
        lfs?: { oid: string }
      }[]
      expect(tree.find((item) => item.path === 'demo.mp4')?.lfs?.oid).toBe(sha256(video))
    })

    it('clones the content back: git-lfs downloads it from storage', async () => {
      const dir = await dirs.make()
      const cloned = await git(['clone', '-q', remote, dir], dir, LFS_FILTER)
      expect(cloned.code).toBe(0)
      expect((await readFile(join(dir, 'demo.mp4'))).equals(video)).toBe(true)
    })
  })
})
