/**
 * After a commit the emulator knows the new commit's listing without asking git (told from the
 * parent's listing, the changes and the folders' new tree ids): it must be exactly what
 * `git ls-tree -r -t -l` prints, order included, for every kind of change.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { EMULATOR_TOKENS, HubEmulator, type EmulatedRepo } from '../emulator/index.js'
import { cachedTree } from '../emulator/read-cache.js'
import { bytes, header, postCommit, sha256, textFile } from './emulator-helpers.js'

describe('the listing of a new commit', () => {
  let hub: HubEmulator
  let repo: EmulatedRepo

  beforeAll(async () => {
    hub = await HubEmulator.start()
    repo = await hub.repos.create({ type: 'model', namespace: 'user', name: 'listing' })
  })
  afterAll(async () => {
    await hub?.close()
  })

  /** Commits `lines`; expects the kept listing to be git's. */
  async function commitAndCompare(lines: Record<string, unknown>[]): Promise<string[]> {
    const res = await postCommit(hub, 'models/user/listing', [header('change'), ...lines], {
      token: EMULATOR_TOKENS.write
    })
    expect(res.status).toBe(200)
    const { commitOid } = (await res.json()) as { commitOid: string }
    const kept = cachedTree(commitOid)
    expect(kept).toBeDefined()
    const listed = await repo.git.lsTree(commitOid, { recursive: true, withTrees: true })
    expect(kept?.entries).toEqual(listed)
    return listed.map((entry) => entry.path)
  }

  const removed = (key: string, path: string) => ({ key, value: { path } })

  it('new files and folders, names that sort around "/", quotes, spaces, non-ASCII, an LFS file', async () => {
    const weights = bytes(3000, 7)
    await writeFile(join(repo.lfsDir, sha256(weights)), weights)
    const paths = await commitAndCompare([
      ...['a.b', 'a/b', 'a0', 'a-b', 'a/c/d.txt', 'a/c.txt', 'sp ace/q"uote.txt'].map((p) =>
        textFile(p, p)
      ),
      ...['é/ü.txt', '😀/x', '\ue000.txt', 'z/y/x/w/v.txt', 'z/y/u.txt'].map((p) => textFile(p, p)),
      { key: 'lfsFile', value: { path: 'w/big.bin', algo: 'sha256', oid: sha256(weights) } }
    ])
    expect(paths).toEqual(expect.arrayContaining(['a', 'a/c', 'z/y/x/w', 'w/big.bin']))
  })

  it('a file replaced by a folder, a folder by a file, a changed file', async () => {
    const paths = await commitAndCompare([
      removed('deletedFile', 'a0'),
      textFile('a0/inner.txt', 'now a folder'),
      removed('deletedFolder', 'a/c'),
      textFile('a/c', 'now a file'),
      textFile('a/b', 'changed')
    ])
    expect(paths).toEqual(expect.arrayContaining(['a0/inner.txt', 'a/c']))
    expect(paths).not.toContain('a/c/d.txt')
  })

  it('folders emptied and gone, a file moved, a deleted entry; then a commit of nothing', async () => {
    const paths = await commitAndCompare([
      removed('deletedFolder', 'z/y'),
      { key: 'file', value: { path: 'moved/a.b', oldPath: 'a.b' } },
      removed('deletedEntry', '😀')
    ])
    expect(paths.filter((p) => p.startsWith('z') || p.startsWith('😀'))).toEqual([])
    expect(paths).toContain('moved/a.b')
    expect(await commitAndCompare([])).toEqual(paths)
  })
})
