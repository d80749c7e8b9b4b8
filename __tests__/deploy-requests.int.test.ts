/**
 * The requests a deploy makes, through dist/ against the emulator: an unchanged redeploy of a
 * Space is one read (its info, which carries the runtime and, below 1,000 files, the files with
 * their ids), from 1,000 remote files on the tree at that head is listed too (and from 1,000
 * local files the info is asked for without its files), and a
 * deploy whose files differ only in size still finds them changed (it hashes nothing it need not)
 * and asks the Hub about them while the other files are hashed.
 */
import { describe, expect, it } from '@jest/globals'
import { deployInputs, repoFiles, requestsTo, useFolders, writeRequests } from './helpers/deploy.js'
import { runAgainst, useEmulator } from './helpers/emulator.js'
import { bytes, commitFiles, lfsPointer } from './emulator-helpers.js'
import { seedSpace } from './helpers/spaces.js'

const hub = useEmulator()
const folders = useFolders()
const APP = 'import gradio as gr\ngr.Interface(lambda x: x, "text", "text").launch()\n'

describe('deploy requests', () => {
  it('reports an unchanged Space from its info: one read, the files and runtime included, beside the token check', async () => {
    const dir = await folders.folder({ 'app.py': APP, 'lib/util.py': 'X = 1\n' })
    const repo = await seedSpace(hub(), 'user/unchanged')
    // The first deploy makes the Space hold exactly the folder; the second finds nothing to do.
    expect((await runAgainst(hub(), deployInputs(hub(), 'user/unchanged', dir))).exitCode).toBe(0)
    const head = await repo.git.resolve('main')
    const run = await runAgainst(hub(), deployInputs(hub(), 'user/unchanged', dir))
    expect(run.exitCode).toBe(0)
    expect(await repo.git.resolve('main')).toBe(head)
    // One read, and the token check that runs beside it (in whatever order they land).
    expect(
      hub()
        .hubRequests()
        .map((r) => `${r.method} ${r.path}${r.query}`)
        .sort()
    ).toEqual(['GET /api/spaces/user/unchanged/revision/main?blobs=true', 'GET /api/whoami-v2'])
    expect(run.outputs.changed).toBe('false')
    expect(JSON.parse(run.outputs.runtime)).toEqual(repo.runtime?.toJSON())
    expect(run.outputs.stage).toBe('RUNNING')
  })

  it('lists the tree of a Space of 1,000 files or more: its info is not trusted to hold them all', async () => {
    const repo = await seedSpace(hub(), 'user/many')
    const many: Record<string, string> = {}
    for (let i = 0; i < 1000; i++) many[`data/f${i}.txt`] = `${i}\n`
    const { commitOid: head } = await commitFiles(hub(), repo, { regular: many })
    const dir = await folders.folder({ 'app.py': APP, 'data/f7.txt': 'changed\n' })
    hub().clearRequests()
    const run = await runAgainst(hub(), {
      ...deployInputs(hub(), 'user/many', dir),
      delete: 'false',
      dry_run: 'true'
    })
    expect(run.exitCode).toBe(0)
    // 1,000 files and their folder are more than a page of the listing: two pages.
    const cursor = (query: string) => query.replace(/cursor=[^&]+/, 'cursor=…')
    expect(
      hub()
        .hubRequests()
        .map((r) => `${r.method} ${r.path}${cursor(r.query)}`)
        .sort()
    ).toEqual(
      [
        'GET /api/spaces/user/many/revision/main?blobs=true',
        `GET /api/spaces/user/many/tree/${head}?recursive=true`,
        `GET /api/spaces/user/many/tree/${head}?recursive=true&cursor=…`,
        'GET /api/whoami-v2'
      ].sort()
    )
    expect(run.stdout).toMatch(/1 to change/)
  })

  it('asks a folder of 1,000 files or more for the info without its siblings, then lists the tree', async () => {
    const repo = await seedSpace(hub(), 'user/big-folder')
    const head = await repo.git.resolve('main')
    const files: Record<string, string> = { 'app.py': APP }
    for (let i = 0; i < 1000; i++) files[`data/f${i}.txt`] = `${i}\n`
    const dir = await folders.folder(files)
    hub().clearRequests()
    const run = await runAgainst(hub(), {
      ...deployInputs(hub(), 'user/big-folder', dir),
      dry_run: 'true'
    })
    expect(run.exitCode).toBe(0)
    expect(
      hub()
        .hubRequests()
        .map((r) => `${r.method} ${r.path}${r.query}`)
        .sort()
    ).toEqual(
      [
        'GET /api/spaces/user/big-folder/revision/main?expand=sha&expand=private&expand=sdk&expand=runtime',
        `GET /api/spaces/user/big-folder/tree/${head}?recursive=true`,
        'GET /api/whoami-v2'
      ].sort()
    )
    expect(run.stdout).toMatch(/1000 to add/)
  })

  describe('a changed file the Hub keeps by LFS', () => {
    const ATTRIBUTES = '*.bin filter=lfs diff=lfs merge=lfs -text\n'
    const requested = () =>
      writeRequests(hub()).map((r) =>
        r.path.startsWith('/_lfs/') ? `${r.method} storage` : `${r.method} ${r.path}`
      )

    it('has its upload URL asked for once, beside the preupload, then is uploaded', async () => {
      const repo = await seedSpace(hub(), 'user/lfs-early')
      await commitFiles(hub(), repo, {
        regular: { '.gitattributes': ATTRIBUTES },
        lfs: { 'model.bin': bytes(4096, 1) }
      })
      const weights = bytes(4096, 2)
      const dir = await folders.folder({
        'app.py': APP,
        '.gitattributes': ATTRIBUTES,
        'model.bin': weights
      })
      hub().clearRequests()
      const run = await runAgainst(
        hub(),
        deployInputs(hub(), 'user/lfs-early', dir, { delete: 'false' })
      )
      expect(run.exitCode).toBe(0)
      const seen = requested()
      // The first two go together (in either order); the rest follow one by one.
      expect([seen.slice(0, 2).sort(), seen.slice(2)]).toEqual([
        [
          'POST /api/spaces/user/lfs-early/preupload/main',
          'POST /spaces/user/lfs-early.git/info/lfs/objects/batch'
        ],
        [
          'PUT storage',
          'POST /spaces/user/lfs-early.git/info/lfs/objects/verify',
          'POST /api/spaces/user/lfs-early/commit/main'
        ]
      ])
      expect((await repoFiles(repo)).get('model.bin')?.toString()).toBe(lfsPointer(weights))
    })

    it('two of them with the same new content are one object, sent once', async () => {
      const repo = await seedSpace(hub(), 'user/lfs-twins')
      await commitFiles(hub(), repo, {
        regular: { '.gitattributes': ATTRIBUTES },
        lfs: { 'a.bin': bytes(4096, 5), 'b.bin': bytes(4096, 6) }
      })
      const same = bytes(4096, 7)
      const dir = await folders.folder({
        'app.py': APP,
        '.gitattributes': ATTRIBUTES,
        'a.bin': same,
        'b.bin': same
      })
      hub().clearRequests()
      const run = await runAgainst(
        hub(),
        deployInputs(hub(), 'user/lfs-twins', dir, { delete: 'false' })
      )
      expect(run.exitCode).toBe(0)
      const seen = requested()
      expect(seen.filter((r) => r.includes('/objects/batch'))).toHaveLength(1)
      expect(seen.filter((r) => r === 'PUT storage')).toHaveLength(1)
      const files = await repoFiles(repo)
      expect([files.get('a.bin')?.toString(), files.get('b.bin')?.toString()]).toEqual([
        lfsPointer(same),
        lfsPointer(same)
      ])
    })

    it('is left out when the preupload says so: the URL asked for early goes unused', async () => {
      const repo = await seedSpace(hub(), 'user/lfs-ignored')
      const old = bytes(4096, 3)
      await commitFiles(hub(), repo, {
        regular: { '.gitattributes': ATTRIBUTES },
        lfs: { 'model.bin': old }
      })
      // Committed before the repo's .gitignore named it: the Hub now says to leave it out.
      await commitFiles(hub(), repo, { regular: { '.gitignore': 'model.bin\n' } })
      const dir = await folders.folder({ 'app.py': APP, 'model.bin': bytes(4096, 4) })
      hub().clearRequests()
      const run = await runAgainst(
        hub(),
        deployInputs(hub(), 'user/lfs-ignored', dir, { delete: 'false' })
      )
      expect(run.exitCode).toBe(0)
      const seen = requested()
      expect(seen.filter((r) => r.includes('/objects/batch'))).toHaveLength(1)
      expect(seen.filter((r) => r.includes('storage') || r.includes('verify'))).toEqual([])
      expect(run.stdout).toContain("the repo's .gitignore covers: model.bin")
      expect((await repoFiles(repo)).get('model.bin')?.toString()).toBe(lfsPointer(old))
    })
  })

  describe('the preupload of files the tree shows new or resized', () => {
    const asked = () =>
      requestsTo(hub(), 'preupload')
        .map((r) => [...(r.askedPaths ?? [])].sort())
        .sort()

    it('goes out before the plan, and the one after it asks only about the rest', async () => {
      const repo = await seedSpace(hub(), 'user/ahead', {
        files: { 'app.py': APP, 'same-size.txt': 'aaaa\n', 'grown.txt': 'b\n', 'kept.txt': 'k\n' }
      })
      const dir = await folders.folder({
        'app.py': APP,
        'same-size.txt': 'zzzz\n',
        'grown.txt': 'bigger now\n',
        'kept.txt': 'k\n',
        'new.txt': 'new\n'
      })
      hub().clearRequests()
      const run = await runAgainst(hub(), deployInputs(hub(), 'user/ahead', dir))
      expect(run.exitCode).toBe(0)
      // Only same-size.txt needed its hash to be known changed.
      expect(asked()).toEqual([['grown.txt', 'new.txt'], ['same-size.txt']])
      const files = await repoFiles(repo)
      expect(
        ['same-size.txt', 'grown.txt', 'new.txt'].map((p) => files.get(p)?.toString())
      ).toEqual(['zzzz\n', 'bigger now\n', 'new\n'])
    })

    it('is the only one when every change shows in the tree', async () => {
      const repo = await seedSpace(hub(), 'user/ahead-only', {
        files: { 'app.py': APP, 'grown.txt': 'b\n' }
      })
      const dir = await folders.folder({ 'app.py': APP, 'grown.txt': 'bigger now\n' })
      hub().clearRequests()
      const run = await runAgainst(hub(), deployInputs(hub(), 'user/ahead-only', dir))
      expect(run.exitCode).toBe(0)
      expect(asked()).toEqual([['grown.txt']])
      expect(requestsTo(hub(), 'commit')).toHaveLength(1)
      expect((await repoFiles(repo)).get('grown.txt')?.toString()).toBe('bigger now\n')
    })

    it("fails the deploy with the Hub's answer when it fails, and commits nothing", async () => {
      const repo = await seedSpace(hub(), 'user/ahead-fails', {
        files: { 'app.py': APP, 'grown.txt': 'b\n' }
      })
      const head = await repo.git.resolve('main')
      const dir = await folders.folder({ 'app.py': APP, 'grown.txt': 'bigger now\n' })
      hub().addFault({ kind: 'status', status: 422, method: 'POST', path: '/preupload/', times: 1 })
      const run = await runAgainst(hub(), deployInputs(hub(), 'user/ahead-fails', dir))
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toMatch(/::error::.*422/)
      expect(requestsTo(hub(), 'commit')).toEqual([])
      expect(await repo.git.resolve('main')).toBe(head)
    })
  })

  it('publishes files whose content or size changed, and only those', async () => {
    const repo = await seedSpace(hub(), 'user/sizes', {
      files: { 'app.py': APP, 'same-size.txt': 'aaaa\n', 'grown.txt': 'b\n', 'kept.txt': 'k\n' }
    })
    const dir = await folders.folder({
      'app.py': APP,
      'same-size.txt': 'zzzz\n',
      'grown.txt': 'bigger now\n',
      'kept.txt': 'k\n'
    })
    const run = await runAgainst(hub(), deployInputs(hub(), 'user/sizes', dir))
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/0 to add \([^)]*\), 2 to change .*, 2 unchanged/)
    const files = await repoFiles(repo)
    expect(files.get('same-size.txt')?.toString()).toBe('zzzz\n')
    expect(files.get('grown.txt')?.toString()).toBe('bigger now\n')
  })
})
