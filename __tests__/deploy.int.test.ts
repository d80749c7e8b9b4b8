/**
 * `deploy` against the emulator, the bundled action run as the runner runs it: what a first
 * deploy sends (text inline, binary and big files by LFS, the biggest in parts), that a redeploy
 * of the same folder sends nothing, that a change sends only itself, and the wait for the Space.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { readFile, stat, truncate, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { HubEmulator, OUTCOME_MARKER, type EmulatedRepo } from '../emulator/index.js'
import { bytes, gitBlobId, sha256 } from './emulator-helpers.js'
import {
  commitCount,
  deployInputs,
  repoFiles,
  requestsTo,
  writeFolder,
  writeRequests,
  useFolders
} from './helpers/deploy.js'
import { runAction } from './helpers/run-action.js'
import { seedSpace } from './helpers/spaces.js'

const KiB = 1024
const APP = 'import gradio as gr\n\ngr.Interface(lambda x: x, "text", "text").launch()\n'
const README = '---\ntitle: Demo\nsdk: gradio\napp_file: app.py\n---\n\n# Demo\n'
const GITHUB_ENV = {
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REPOSITORY: 'octo/demo',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_WORKFLOW: 'Deploy'
}

let hub: HubEmulator
const { make } = useFolders()
beforeAll(async () => {
  hub = await HubEmulator.start({ lfs: { multipartThreshold: 64 * KiB, chunkSize: 16 * KiB } })
})
afterAll(async () => hub.close())

describe('a first deploy, then redeploys', () => {
  let repo: EmulatedRepo
  let dir: string
  const image = bytes(3 * KiB, 7)
  const big = bytes(100 * KiB, 9)

  beforeAll(async () => {
    repo = await seedSpace(hub, 'user/demo')
    dir = await make()
    await writeFolder(dir, {
      'app.py': APP,
      'README.md': README,
      'static/logo.png': image,
      'model/weights.bin': big,
      'empty.txt': ''
    })
  })

  it('sends every file in one commit: text inline, binary by LFS, the big one in parts', async () => {
    const before = await commitCount(repo)
    hub.clearRequests()
    const run = await runAction(deployInputs(hub, 'user/demo', dir), { env: GITHUB_ENV })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(await commitCount(repo)).toBe(before + 1)

    const files = await repoFiles(repo)
    expect(files.get('app.py')?.toString()).toBe(APP)
    expect(files.get('empty.txt')?.length).toBe(0)
    expect(files.get('static/logo.png')?.toString()).toContain(`oid sha256:${sha256(image)}`)
    expect(files.get('model/weights.bin')?.toString()).toContain(`oid sha256:${sha256(big)}`)
    expect(existsSync(join(repo.lfsDir, sha256(image)))).toBe(true)
    expect(existsSync(join(repo.lfsDir, sha256(big)))).toBe(true)
    // The README of the seeded Space was replaced, and the Space's own app.py is the same file.
    expect(files.get('README.md')?.toString()).toBe(README)

    const parts = hub.hubRequests().filter((r) => r.method === 'PUT' && /part=/.test(r.query))
    expect(parts).toHaveLength(Math.ceil(big.length / (16 * KiB)))
    for (const put of hub.hubRequests().filter((r) => r.path.startsWith('/_lfs/'))) {
      expect(put.headers.authorization).toBeUndefined()
    }
    expect(requestsTo(hub, 'commit')).toHaveLength(1)

    const head = await repo.git.resolve('main')
    expect(run.outputs.commit_sha).toBe(head)
    expect(run.outputs.commit_url).toBe(`${hub.url}/spaces/user/demo/commit/${head}`)
    expect(run.outputs.changed).toBe('true')
    expect(run.outputs.stage).toBe('RUNNING')
    expect(JSON.parse(run.outputs.runtime).sha).toBe(head)

    const [last] = await repo.git.log('main', 1)
    expect(last.title).toBe('Deploy octo/demo@0123456')
    expect(last.message).toContain('https://github.com/octo/demo/actions/runs/42 (Deploy)')
  })

  it('redeploys the same folder without a request that writes', async () => {
    const before = await commitCount(repo)
    hub.clearRequests()
    const run = await runAction(deployInputs(hub, 'user/demo', dir))
    expect(run.exitCode).toBe(0)
    expect(await commitCount(repo)).toBe(before)
    expect(writeRequests(hub)).toEqual([])
    expect(run.outputs.changed).toBe('false')
    expect(run.outputs.commit_sha).toBe('')
    expect(run.outputs.stage).toBe('RUNNING')
    expect(run.stdout).toContain('0 to add')
  })

  it('sends only the file that changed', async () => {
    const before = await commitCount(repo)
    await writeFile(join(dir, 'app.py'), `${APP}# v2\n`)
    hub.clearRequests()
    const run = await runAction(deployInputs(hub, 'user/demo', dir))
    expect(run.exitCode).toBe(0)
    expect(await commitCount(repo)).toBe(before + 1)
    expect(requestsTo(hub, 'lfs')).toEqual([])
    const [preupload] = requestsTo(hub, 'preupload')
    expect(preupload.bytesIn).toBeLessThan(2 * KiB)
    const [commit] = requestsTo(hub, 'commit')
    expect(commit.bytesIn).toBeLessThan(2 * KiB)
    const files = await repoFiles(repo)
    expect(gitBlobId(files.get('app.py') as Buffer)).toBe(gitBlobId(`${APP}# v2\n`))
    expect(run.outputs.commit_sha).toBe(await repo.git.resolve('main'))
  })
})

describe('waiting for the Space', () => {
  it('fails on BUILD_ERROR with the tail of the build log in the log and the summary', async () => {
    const repo = await seedSpace(hub, 'user/broken')
    const dir = await make()
    await writeFolder(dir, {
      'app.py': APP,
      'README.md': README,
      [OUTCOME_MARKER]: 'BUILD_ERROR\nERROR: No matching distribution found for torch==9.9\n'
    })
    const run = await runAction(deployInputs(hub, 'user/broken', dir))
    expect(run.exitCode).toBe(1)
    expect(run.outputs.stage).toBe('BUILD_ERROR')
    expect(run.outputs.commit_sha).toBe(await repo.git.resolve('main'))
    expect(run.errors.join('\n')).toContain('BUILD_ERROR')
    expect(run.stdout).toContain('No matching distribution found for torch==9.9')
    expect(run.summary).toContain('No matching distribution found for torch==9.9')

    // The same folder again: nothing to commit, but the Space still does not run it.
    hub.clearRequests()
    const again = await runAction(deployInputs(hub, 'user/broken', dir))
    expect(again.exitCode).toBe(1)
    expect(again.outputs.changed).toBe('false')
    expect(writeRequests(hub)).toEqual([])
    expect(again.summary).toContain('No matching distribution found for torch==9.9')
  })

  it('does not wait with wait: false, and reports the runtime as it is', async () => {
    await seedSpace(hub, 'user/nowait')
    const dir = await make()
    await writeFolder(dir, { 'app.py': `${APP}# nowait\n`, 'README.md': README })
    const run = await runAction(deployInputs(hub, 'user/nowait', dir, { wait: 'false' }))
    expect(run.exitCode).toBe(0)
    expect(run.outputs.stage).toMatch(/BUILDING|APP_STARTING/)
    expect(run.outputs.changed).toBe('true')
  })
})

describe('memory', () => {
  it('stays flat for a file larger than the memory it may use', async () => {
    const repo = await hub.repos.create({ type: 'model', namespace: 'user', name: 'huge' })
    const dir = await make()
    const size = 384 * 1024 * 1024
    // A sparse file: 384 MiB to read, hash and send, without filling the test machine's disk.
    await writeFile(join(dir, 'huge.bin'), '')
    await truncate(join(dir, 'huge.bin'), size)
    const rssFile = join(await make(), 'peak-rss')
    const saved = { ...hub.lfsOptions }
    hub.lfsOptions = { multipartThreshold: 64 * 1024 * 1024, chunkSize: 64 * 1024 * 1024 }
    try {
      const run = await runAction(deployInputs(hub, 'user/huge', dir, { repo_type: 'model' }), {
        env: { NODE_OPTIONS: `--require ${resolve('bench/max-rss.cjs')}`, BENCH_RSS_FILE: rssFile }
      })
      expect(run.exitCode).toBe(0)
    } finally {
      hub.lfsOptions = saved
    }
    const peakMiB = Number(await readFile(rssFile, 'utf8')) / 1024
    expect(peakMiB).toBeLessThan(200)
    const pointer = (await repoFiles(repo)).get('huge.bin')?.toString() ?? ''
    const oid = /oid sha256:([0-9a-f]{64})/.exec(pointer)?.[1] ?? 'missing'
    expect((await stat(join(repo.lfsDir, oid))).size).toBe(size)
  }, 60_000)
})

describe('dry_run', () => {
  it('prints the plan with its bytes and sends no write request', async () => {
    const repo = await seedSpace(hub, 'user/dry')
    const dir = await make()
    await writeFolder(dir, {
      'app.py': `${APP}# dry\n`,
      'README.md': README,
      'data.bin': bytes(2000)
    })
    const before = await commitCount(repo)
    hub.clearRequests()
    const run = await runAction(deployInputs(hub, 'user/dry', dir, { dry_run: 'true' }))
    expect(run.exitCode).toBe(0)
    expect(writeRequests(hub)).toEqual([])
    expect(await commitCount(repo)).toBe(before)
    expect(run.stdout).toContain('Dry run — plan for space user/dry (main): 1 to add (2.0 kB)')
    expect(run.stdout).toContain('+ data.bin (2.0 kB)')
    expect(run.stdout).toContain('~ app.py')
    expect(run.stdout).toContain('~ README.md')
    expect(run.summary).toContain('Deploy plan')
    expect(run.summary).toContain('<code>data.bin</code>')
    expect(run.outputs.changed).toBe('false')
    // It read the repo and its files: it changed nothing, which is not "sent nothing".
    expect(run.stdout).toContain('Dry run: changed nothing on the Hub (it only read).')
  })
})
