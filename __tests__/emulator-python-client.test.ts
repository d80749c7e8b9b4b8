/**
 * The official Python client, huggingface_hub 2.0.0 with `HF_HUB_DISABLE_XET=1`, and its `hf` CLI
 * against the emulator, for the calls a user of this action makes: create a Space and upload its
 * folder (README validated), read it back (space info with card data and file metadata, files,
 * commits, tree and paths-info with their dates), `hf_hub_download` of regular and LFS files,
 * branches and tags, the runtime and a restart, `hf download` and `hf upload`. Each call's effect
 * is checked in the emulator's repos and requests.
 *
 * The client is installed once into `.cache/` (helpers/python-client.ts); where that cannot be
 * done, the tests are skipped with a line saying why.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EMULATOR_TOKENS, HubEmulator, type EmulatedRepo } from '../emulator/index.js'
import { LfsStore } from '../emulator/lfs-store.js'
import { bytes, gitBlobId, sha256, tempDirs } from './emulator-helpers.js'
import { pythonClient, runClient, type ClientRun } from './helpers/python-client.js'

const setup = pythonClient()
if ('unavailable' in setup) {
  console.log(`Skipping the huggingface_hub (Python) tests: ${setup.unavailable}.`)
}
const describeWithPython = 'ready' in setup ? describe : describe.skip
const SCRIPT = fileURLToPath(new URL('./python/official_client.py', import.meta.url))

const HUB_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$/
const README = `---
title: Demo
emoji: 🚀
colorFrom: blue
colorTo: green
sdk: gradio
app_file: app.py
pinned: false
---

# Demo
`
const APP = 'import gradio as gr\n\ngr.Interface(lambda x: x, "text", "text").launch()\n'
// A PNG header (NUL bytes: a binary file, so an LFS one), then noise.
const LOGO = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  bytes(6000, 31)
])

describeWithPython('huggingface_hub and hf against the emulator', () => {
  const client = 'ready' in setup ? setup.ready : { python: '', hf: '' }
  const dirs = tempDirs()
  let hub: HubEmulator
  let home: string
  let folder: string
  let space: EmulatedRepo
  let deployed: string

  beforeAll(async () => {
    hub = await HubEmulator.start({ serveApps: false })
    home = await dirs.make()
    folder = await dirs.make()
    await mkdir(join(folder, 'assets'))
    await writeFile(join(folder, 'README.md'), README)
    await writeFile(join(folder, 'app.py'), APP)
    await writeFile(join(folder, 'requirements.txt'), 'gradio\n')
    await writeFile(join(folder, 'assets', 'logo.png'), LOGO)
  })
  afterAll(async () => {
    await hub?.close()
    await dirs.cleanup()
  })

  const run = (program: string, args: string[], cwd?: string): Promise<ClientRun> =>
    runClient(program, args, { endpoint: hub.url, token: EMULATOR_TOKENS.write, home, cwd })

  /** Runs a command of official_client.py and returns its JSON answer. */
  async function python<T>(command: string, ...args: unknown[]): Promise<T> {
    const result = await run(client.python, [SCRIPT, command, JSON.stringify(args)])
    if (result.code !== 0) throw new Error(`${command} failed:\n${result.stderr}`)
    return JSON.parse(result.stdout.trim().split('\n').at(-1) as string) as T
  }

  const file = async (sha: string, path: string) =>
    space.git.git(['cat-file', 'blob', `${sha}:${path}`])

  /** The head of `repo`'s main and its title, after a CLI run that must have succeeded. */
  async function headAfter(result: ClientRun, repo: EmulatedRepo) {
    expect([result.code, result.stderr]).toEqual([0, expect.any(String)])
    const head = (await repo.git.resolve('main')) as string
    const [last] = await repo.git.log(head, 1)
    return { head, title: last.title }
  }

  it('create_repo and upload_folder deploy a Space folder in one commit, its README validated', async () => {
    hub.clearRequests()
    const result = await python<{ url: string; again: string; commit: string; commit_url: string }>(
      'deploy',
      'user/demo',
      folder,
      'Deploy the demo'
    )
    space = hub.repos.get('space', 'user/demo') as EmulatedRepo
    deployed = result.commit
    expect(result.url).toBe(`${hub.url}/spaces/user/demo`)
    expect(result.again).toBe(result.url)
    expect(result.commit_url).toBe(`${hub.url}/spaces/user/demo/commit/${deployed}`)
    expect(await space.git.resolve('main')).toBe(deployed)
    const [last] = await space.git.log(deployed, 1)
    expect(last.title).toBe('Deploy the demo')

    expect((await file(deployed, 'README.md')).toString()).toBe(README)
    expect((await file(deployed, 'app.py')).toString()).toBe(APP)
    expect((await file(deployed, 'assets/logo.png')).toString()).toContain(
      `oid sha256:${sha256(LOGO)}`
    )
    expect(await LfsStore.of(space).size(sha256(LOGO))).toBe(LOGO.length)
    const calls = hub.hubRequests().map((r) => `${r.method} ${r.path} ${r.status}`)
    expect(calls).toEqual(
      expect.arrayContaining([
        'POST /api/validate-yaml 200',
        'POST /api/spaces/user/demo/preupload/main 200',
        'POST /spaces/user/demo.git/info/lfs/objects/batch 200',
        'POST /api/spaces/user/demo/commit/main 200'
      ])
    )
    expect(calls.filter((c) => c.startsWith('POST /api/spaces/user/demo/commit/'))).toHaveLength(1)
  })

  it('upload_folder is refused when the README front matter is invalid, and nothing changes', async () => {
    const bad = await dirs.make()
    await writeFile(join(bad, 'README.md'), '---\nsdk: [gradio\n---\n')
    const result = await python<{ refused: string }>('invalid_readme', 'user/demo', bad)
    expect(result.refused).toMatch(/^Invalid metadata in README\.md\./)
    expect(await space.git.resolve('main')).toBe(deployed)
  })

  it('reads the Space back: card data, file metadata, files, commits, tree and paths-info with dates', async () => {
    const info = await python<{
      sha: string
      card_data: Record<string, unknown>
      created_at: string
      last_modified: string
      siblings: { rfilename: string; size: number; blob_id: string; lfs_sha256: string | null }[]
      files: string[]
      commits: { id: string; title: string; date: string }[]
      tree: { path: string; last_commit: string }[]
      paths: { path: string; last_commit: string }[]
    }>('read', 'user/demo')
    expect(info.sha).toBe(deployed)
    expect(info.card_data).toMatchObject({ title: 'Demo', sdk: 'gradio', app_file: 'app.py' })
    expect(info.siblings).toContainEqual({
      rfilename: 'app.py',
      size: Buffer.byteLength(APP),
      blob_id: gitBlobId(APP),
      lfs_sha256: null
    })
    expect(info.siblings.find((s) => s.rfilename === 'assets/logo.png')).toMatchObject({
      size: LOGO.length,
      lfs_sha256: sha256(LOGO)
    })
    expect(info.files.sort()).toEqual(
      ['.gitattributes', 'README.md', 'app.py', 'assets/logo.png', 'requirements.txt'].sort()
    )
    expect(info.commits.map((c) => c.title)).toEqual(['Deploy the demo', 'initial commit'])
    expect(info.commits[0].id).toBe(deployed)
    expect(info.tree.map((t) => t.path)).toContain('assets')
    expect(info.paths.map((p) => p.path).sort()).toEqual(['app.py', 'assets'])
    const dates = [
      info.created_at,
      info.last_modified,
      ...info.commits.map((c) => c.date),
      ...info.tree.map((t) => t.last_commit),
      ...info.paths.map((p) => p.last_commit)
    ]
    for (const date of dates) expect(date).toMatch(HUB_DATE)
  })

  it('branches and tags: create, 409 twice, exist_ok, main kept, delete', async () => {
    const refs = await python<{
      branch_twice: { status: number; message: string }
      tag_twice: { status: number }
      delete_main: { status: number; message: string }
      branches: Record<string, string>
      tags: Record<string, string>
      final_branches: string[]
      final_tags: string[]
    }>('refs', 'user/demo')
    expect(refs.branch_twice.status).toBe(409)
    expect(refs.branch_twice.message).toContain('Reference refs/heads/preview already exists')
    expect(refs.tag_twice.status).toBe(409)
    expect(refs.delete_main.message).toContain('Cannot delete refs/heads/main')
    expect(refs.branches).toEqual({ main: deployed, preview: deployed })
    expect(refs.tags).toEqual({ v1: deployed })
    expect(refs.final_branches).toEqual(['main', 'preview'])
    expect(refs.final_tags).toEqual(['v1'])
    const gitRefs = await space.git.refs()
    expect([gitRefs.get('refs/heads/preview'), gitRefs.get('refs/tags/v1')]).toEqual([
      deployed,
      deployed
    ])
  })

  it('hf_hub_download: regular and LFS files, at main, a commit id, a branch and a tag', async () => {
    const cache = await dirs.make()
    hub.clearRequests()
    const { paths } = await python<{ paths: string[] }>(
      'download',
      'user/demo',
      [
        ['app.py', 'main'],
        ['assets/logo.png', 'main'],
        ['README.md', deployed],
        ['requirements.txt', 'preview'],
        ['assets/logo.png', 'v1']
      ],
      cache
    )
    const contents = await Promise.all(paths.map((path) => readFile(path)))
    expect(contents.map((c) => c.toString('latin1'))).toEqual(
      [APP, LOGO, README, 'gradio\n', LOGO].map((c) => Buffer.from(c).toString('latin1'))
    )
    for (const path of paths) expect(path.startsWith(cache)).toBe(true)
    // The LFS bytes came from storage, without the token; the Hub itself only answered 302.
    const storage = hub.hubRequests().filter((r) => r.path.startsWith('/_lfs/download/'))
    expect(storage.length).toBeGreaterThan(0)
    expect(storage.every((r) => r.status === 200 && !r.headers.authorization)).toBe(true)
    const resolves = hub
      .hubRequests()
      .filter((r) => r.path.endsWith('/resolve/main/assets/logo.png'))
      .map((r) => `${r.method} ${r.status}`)
    expect(resolves).toContain('HEAD 302')
  })

  it('space runtime: get_space_runtime, then restart_space starts a build', async () => {
    const runtime = await python<{
      stage: string
      requested_hardware: string
      after_restart: string
    }>('runtime', 'user/demo')
    expect(runtime.requested_hardware).toBe('cpu-basic')
    expect(['BUILDING', 'APP_STARTING', 'RUNNING']).toContain(runtime.stage)
    expect(runtime.after_restart).toBe('BUILDING')
  })

  it('hf download fetches the whole Space into a folder', async () => {
    const target = await dirs.make()
    const result = await run(client.hf, [
      'download',
      'user/demo',
      '--repo-type',
      'space',
      '--local-dir',
      target
    ])
    expect([result.code, result.stderr]).toEqual([0, expect.any(String)])
    for (const path of ['README.md', 'app.py', 'requirements.txt', 'assets/logo.png']) {
      const local = await readFile(join(target, path))
      expect([path, local.equals(await readFile(join(folder, path)))]).toEqual([path, true])
    }
  })

  it('hf upload commits a folder to the Space with its message', async () => {
    const update = await dirs.make()
    await writeFile(join(update, 'app.py'), `${APP}# v2\n`)
    await writeFile(join(update, 'notes.md'), 'Release notes\n')
    const result = await run(client.hf, [
      'upload',
      'user/demo',
      update,
      '.',
      '--repo-type',
      'space',
      '--commit-message',
      'Update the app'
    ])
    const { head, title } = await headAfter(result, space)
    expect(head).not.toBe(deployed)
    expect(title).toBe('Update the app')
    expect((await file(head, 'app.py')).toString()).toBe(`${APP}# v2\n`)
    expect((await file(head, 'notes.md')).toString()).toBe('Release notes\n')
    expect((await file(head, 'README.md')).toString()).toBe(README)
  })

  it("hub-sync's recipe: hf repos create --exist-ok twice, then hf upload --exclude --delete mirrors a folder", async () => {
    const checkout = await dirs.make()
    await mkdir(join(checkout, '.github'))
    await writeFile(join(checkout, '.github', 'ci.yml'), 'on: push\n')
    await writeFile(join(checkout, 'app.py'), APP)
    const create = ['repos', 'create', 'user/synced', '--type', 'space', '--exist-ok']
    for (let time = 0; time < 2; time++) {
      const created = await run(client.hf, [...create, '--space-sdk', 'gradio'])
      expect([created.code, created.stderr]).toEqual([0, expect.any(String)])
    }
    const synced = hub.repos.get('space', 'user/synced') as EmulatedRepo
    const initial = await synced.git.resolve('main')
    const uploaded = await run(client.hf, [
      'upload',
      'user/synced',
      checkout,
      '--type',
      'space',
      '--exclude=.git*',
      '--exclude=.github*',
      '--delete=*',
      '--commit-message=Sync from acme/app via hub-sync'
    ])
    const { head, title } = await headAfter(uploaded, synced)
    expect(title).toBe('Sync from acme/app via hub-sync')
    expect((await synced.git.log(head, 5)).map((c) => c.id)).toContain(initial)
    // The README the Hub created is deleted (not in the folder), .gitattributes is kept.
    expect((await synced.git.listTree(head)).map((entry) => entry.path).sort()).toEqual([
      '.gitattributes',
      'app.py'
    ])
  })

  it('hf spaces restart, then hf spaces wait until the Space runs', async () => {
    const restarted = await run(client.hf, ['spaces', 'restart', 'user/demo'])
    expect([restarted.code, restarted.stderr]).toEqual([0, expect.any(String)])
    expect(space.runtime?.stage).toBe('BUILDING')
    const waited = await run(client.hf, ['spaces', 'wait', 'user/demo'])
    expect([waited.code, waited.stdout]).toEqual([0, expect.stringContaining('stage: RUNNING')])
    expect(space.runtime?.stage).toBe('RUNNING')
  })
})
