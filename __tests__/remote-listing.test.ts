/**
 * Reading the remote side of a deploy against the emulator: a repo of fewer than 1,000 files gives
 * them with its info (the same items as a listing), a bigger one is listed; a big tree listed
 * folder by folder in parallel gives exactly what one recursive listing gives; a small tree still
 * costs one request; preupload asks in batches of 500.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS, HubEmulator } from '../emulator/index.js'
import { filesFromInfo, listRemoteFiles } from '../src/deploy/remote-files.js'
import { HubClient } from '../src/hub/client.js'
import { listRepoFiles } from '../src/hub/list-repo-tree.js'
import { getRepoInfo } from '../src/hub/repo-info.js'
import { preupload } from '../src/hub/preupload.js'
import { createTransport } from '../src/hub/transport/index.js'
import { commitFiles } from './emulator-helpers.js'
import { useEmulator } from './helpers/emulator.js'
import { seedSpace } from './helpers/spaces.js'

const hub = useEmulator()
const transport = createTransport({})
afterAll(() => transport.close())
const client = () => new HubClient({ endpoint: hub().url, token: EMULATOR_TOKENS.write, transport })

/** 450 files in 9 folders (and a folder only the remote has), committed to `id`. */
async function seedBigTree(emulator: HubEmulator, id: string): Promise<string[]> {
  const files: Record<string, string> = { 'app.py': 'print(1)\n', 'remote-only/x.txt': 'x\n' }
  for (let i = 0; i < 450; i++) files[`pkg${i % 9}/sub${i % 3}/f${i}.txt`] = `file ${i}\n`
  const repo = await seedSpace(emulator, id, { files })
  return [(await repo.git.resolve('main')) as string, ...Object.keys(files)]
}

describe('listRemoteFiles', () => {
  it('lists a big tree folder by folder, the same files as one recursive listing', async () => {
    const [head, ...paths] = await seedBigTree(hub(), 'user/big-tree')
    const local = paths.filter((p) => !p.startsWith('remote-only/'))
    hub().clearRequests()
    const parallel = await listRemoteFiles(client(), {
      type: 'space',
      id: 'user/big-tree',
      revision: head,
      folder: '',
      localPaths: local,
      // A tree ten times smaller than the real threshold (4,000), split the same way.
      splitFrom: 400
    })
    const listings = hub().hubRequests()
    hub().clearRequests()
    const sequential = await listRepoFiles(client(), 'space', 'user/big-tree', head, '')
    const sorted = (items: { path: string }[]) => items.map((i) => i.path).sort()
    expect(sorted(parallel)).toEqual(sorted(sequential))
    expect(sorted(parallel)).toContain('remote-only/x.txt')
    // The root's own entries and each of the 10 folders (one recursive listing each), all at
    // once rather than page after page.
    expect(listings).toHaveLength(11)
    expect(listings.map((r) => decodeURIComponent(r.path).split('/tree/')[1])).toEqual(
      expect.arrayContaining([head, `${head}/pkg0`, `${head}/pkg8`, `${head}/remote-only`])
    )
    expect(listings.every((r) => !r.query.includes('cursor'))).toBe(true)
  })

  it('lists a small tree with one recursive request', async () => {
    const repo = await seedSpace(hub(), 'user/small-tree', {
      files: { 'app.py': 'print(1)\n', 'a/b.txt': 'b\n', 'c/d.txt': 'd\n' }
    })
    const head = (await repo.git.resolve('main')) as string
    hub().clearRequests()
    const files = await listRemoteFiles(client(), {
      type: 'space',
      id: 'user/small-tree',
      revision: head,
      folder: '',
      localPaths: ['app.py', 'a/b.txt', 'c/d.txt']
    })
    expect(files.map((f) => f.path).sort()).toEqual([
      '.gitattributes',
      'README.md',
      'a/b.txt',
      'app.py',
      'c/d.txt'
    ])
    expect(
      hub()
        .hubRequests()
        .map((r) => r.query)
    ).toEqual(['?recursive=true'])
  })
})

describe('filesFromInfo', () => {
  it('gives the files of a small repo from its info, as a listing gives them (LFS too)', async () => {
    const repo = await seedSpace(hub(), 'user/info-files', {
      files: { 'app.py': 'print(1)\n', 'lib/a.py': 'A = 1\n', 'lib/deep/b.py': 'B = 2\n' }
    })
    const { commitOid: head } = await commitFiles(hub(), repo, {
      lfs: { 'lib/model.bin': Buffer.alloc(2048, 7) }
    })
    const info = await getRepoInfo(client(), 'space', 'user/info-files', 'main', { files: true })
    expect(info.sha).toBe(head)
    for (const folder of ['', 'lib']) {
      const listed = await listRepoFiles(client(), 'space', 'user/info-files', head, folder)
      const byPath = (items: { path: string }[]) =>
        [...items].sort((a, b) => a.path.localeCompare(b.path))
      const fromInfo = filesFromInfo(info, folder)
      expect(fromInfo && byPath(fromInfo)).toEqual(
        byPath(listed.map(({ type, oid, size, path, lfs }) => ({ type, oid, size, path, lfs })))
      )
    }
    expect(filesFromInfo(info, 'lib')?.some((f) => f.lfs)).toBe(true)
  })

  it('trusts no siblings from 1,000 files on, nor siblings without their metadata', async () => {
    const sibling = (i: number) => ({ rfilename: `f${i}`, size: 1, blobId: 'a'.repeat(40) })
    const info = (count: number) => ({
      id: 'user/x',
      sha: 'b'.repeat(40),
      siblings: Array.from({ length: count }, (_, i) => sibling(i))
    })
    expect(filesFromInfo(info(999), '')).toHaveLength(999)
    expect(filesFromInfo(info(1000), '')).toBeUndefined()
    expect(filesFromInfo({ ...info(0), siblings: [{ rfilename: 'a' }] }, '')).toBeUndefined()
    expect(filesFromInfo({ id: 'user/x', sha: 'b'.repeat(40) }, '')).toBeUndefined()
  })
})

describe('preupload', () => {
  it('asks about 1,200 files in batches of at most 500 and answers for each', async () => {
    await seedSpace(hub(), 'user/preupload-batches')
    hub().clearRequests()
    const files = Array.from({ length: 1200 }, (_, i) => ({
      path: `f${i}.txt`,
      size: 2,
      sample: Buffer.from('x\n')
    }))
    const answers = await preupload(client(), 'space', 'user/preupload-batches', 'main', files, {
      createPr: false
    })
    expect(answers.size).toBe(1200)
    expect(answers.get('f1199.txt')?.uploadMode).toBe('regular')
    // 500 + 500 + 200 (batches of 1,000 would be 2 calls, of 100 twelve).
    expect(
      hub()
        .hubRequests()
        .filter((r) => r.path.includes('/preupload/'))
    ).toHaveLength(3)
  })
})
