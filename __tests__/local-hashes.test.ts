/**
 * Hashing for the plan: only the digest that decides is computed (none when the remote lacks the
 * file or has it with another size), a guess made before the tree arrived is corrected, and a
 * progress line goes out every 10 s of hashing (on a test clock).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { inspectFiles } from '../src/deploy/hash-file.js'
import { decidingDigest, hashAgainstRemote, hashAll } from '../src/deploy/local-hashes.js'
import { isEmptyPlan, planDeploy } from '../src/deploy/plan.js'
import type { TreeItem } from '../src/hub/list-repo-tree.js'
import { bytes, gitBlobId, sha256, tempDirs } from './emulator-helpers.js'
import { writeFolder } from './helpers/deploy.js'

const dirs = tempDirs()
afterAll(() => dirs.cleanup())

const regular = (path: string, content: Buffer | string): TreeItem => ({
  type: 'file',
  path,
  oid: gitBlobId(content),
  size: Buffer.byteLength(content)
})
const lfs = (path: string, content: Buffer): TreeItem => ({
  type: 'file',
  path,
  oid: 'pointer-blob-id',
  size: content.length,
  lfs: { oid: sha256(content), size: content.length, pointerSize: 130 }
})

async function folder(files: Record<string, Buffer | string>) {
  const dir = await dirs.make()
  await writeFolder(dir, files)
  return inspectFiles(
    Object.keys(files).map((p) => ({ relativePath: p, absolutePath: join(dir, p) }))
  )
}

const digests = (files: { relativePath: string; gitSha1?: string; sha256?: string }[]) =>
  Object.fromEntries(
    files.map((f) => [f.relativePath, [f.gitSha1 ? 'sha1' : '-', f.sha256 ? 'sha256' : '-']])
  )

describe('decidingDigest', () => {
  it('needs no digest for a file the remote lacks or has with another size', () => {
    expect(decidingDigest({ size: 3 }, undefined)).toBeUndefined()
    expect(decidingDigest({ size: 3 }, regular('a', 'abcd'))).toBeUndefined()
    expect(decidingDigest({ size: 4 }, regular('a', 'abcd'))).toBe('gitSha1')
    expect(decidingDigest({ size: 4 }, lfs('a', Buffer.from('abcd')))).toBe('sha256')
  })
})

describe('hashAgainstRemote', () => {
  const model = bytes(3000, 7)
  const files = {
    'same.py': 'print(1)\n',
    'edited.py': 'print(2)\n',
    'grown.py': 'print(3) # longer now\n',
    'new.py': 'print(4)\n',
    'model.bin': model
  }
  const remote = [
    regular('app/same.py', 'print(1)\n'),
    regular('app/edited.py', 'print(9)\n'),
    regular('app/grown.py', 'print(3)\n'),
    lfs('app/model.bin', model)
  ]

  it('computes only the digest each comparison needs when the tree is known', async () => {
    const local = await folder(files)
    const tree = await hashAgainstRemote(
      local,
      Promise.resolve(new Map(remote.map((r) => [r.path, r]))),
      { pathInRepo: 'app' }
    )
    expect(digests(local)).toEqual({
      'same.py': ['sha1', '-'],
      'edited.py': ['sha1', '-'],
      'grown.py': ['-', '-'],
      'new.py': ['-', '-'],
      'model.bin': ['-', 'sha256']
    })
    const plan = planDeploy(local, [...tree.values()], {
      pathInRepo: 'app',
      deleteMissing: true,
      isPublishable: () => true
    })
    expect(plan.unchanged.map((f) => f.relativePath)).toEqual(['same.py', 'model.bin'])
    expect(plan.changed.map((f) => f.relativePath)).toEqual(['edited.py', 'grown.py'])
    expect(plan.added.map((f) => f.relativePath)).toEqual(['new.py'])
  })

  /** Hashes `files` with the tree held back 20 ms; returns the digests taken meanwhile. */
  async function beforeTree(files: Record<string, Buffer | string>, tree: TreeItem[]) {
    const local = await folder(files)
    let arrive: (tree: Map<string, TreeItem>) => void = () => undefined
    const late = new Promise<Map<string, TreeItem>>((resolve) => (arrive = resolve))
    const done = hashAgainstRemote(local, late, { pathInRepo: '' })
    await new Promise((resolve) => setTimeout(resolve, 20))
    const early = digests(local)
    arrive(new Map(tree.map((item) => [item.path, item])))
    await done
    return { local, early }
  }

  it('corrects a guess made before the tree arrived (a text file the remote keeps by LFS)', async () => {
    const text = 'x,y\n'.repeat(700)
    const { local, early } = await beforeTree({ 'data.csv': text }, [
      lfs('data.csv', Buffer.from(text))
    ])
    // Hashed meanwhile with the blob id (a small text file is most likely a regular one)…
    expect(early).toEqual({ 'data.csv': ['sha1', '-'] })
    // …and with the sha256 once the tree said LFS: the plan sees it unchanged.
    expect(local[0].sha256).toBe(sha256(text))
    const plan = planDeploy(local, [lfs('data.csv', Buffer.from(text))], {
      pathInRepo: '',
      deleteMissing: false,
      isPublishable: () => true
    })
    expect(isEmptyPlan(plan)).toBe(true)
  })

  it('guesses sha256 before the tree for a binary file, as the Hub stores it by LFS', async () => {
    const { local, early } = await beforeTree({ 'model.bin': model, 'app.py': 'print(1)\n' }, [
      lfs('model.bin', model),
      regular('app.py', 'print(1)\n')
    ])
    expect(early).toEqual({ 'model.bin': ['-', 'sha256'], 'app.py': ['sha1', '-'] })
    // The guesses were right: nothing was read twice.
    expect(digests(local)).toEqual(early)
  })

  it('guesses sha256 before the tree for a file of 1 MiB or more, even one without a NUL', async () => {
    const csv = 'x,y\n'.repeat(300_000)
    const { local, early } = await beforeTree({ 'table.csv': csv, 'app.py': 'print(1)\n' }, [
      regular('table.csv', csv),
      regular('app.py', 'print(1)\n')
    ])
    expect(early).toEqual({ 'table.csv': ['-', 'sha256'], 'app.py': ['sha1', '-'] })
    // A wrong guess is corrected once the tree says the remote copy is a regular file.
    expect(local.find((f) => f.relativePath === 'table.csv')?.gitSha1).toBe(gitBlobId(csv))
  })

  it('fails with the remote read when it fails, after or during hashing', async () => {
    const local = await folder({ 'a.txt': 'a' })
    await expect(
      hashAgainstRemote(local, Promise.reject(new Error('tree listing failed')), {
        pathInRepo: ''
      })
    ).rejects.toThrow('tree listing failed')
  })

  it('prints a progress line at most every 10 s of hashing, with files and bytes', async () => {
    const local = await folder(
      Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.bin`, bytes(1000, i)]))
    )
    let clock = 0
    const lines: string[] = []
    // The clock is read at the start and after each read, and moves 2 s each time: 10 s have
    // passed at the 5th read and again at the 10th.
    await hashAll(local, 'sha256', {
      progress: (line) => lines.push(line),
      now: () => (clock += 2000)
    })
    expect(lines).toEqual([
      'Hashing: 4 file(s) (5.0 kB) so far, of 12 (12.0 kB) to publish.',
      'Hashing: 9 file(s) (10.0 kB) so far, of 12 (12.0 kB) to publish.'
    ])
  })
})

describe('hashing a big file on the main thread', () => {
  it('gives the event loop turns inside the file (requests in flight progress)', async () => {
    const dir = await dirs.make()
    const content = Buffer.alloc(48 * 1024 * 1024, 'weights')
    await writeFolder(dir, { 'model.bin': content })
    const [file] = inspectFiles([
      { relativePath: 'model.bin', absolutePath: join(dir, 'model.bin') }
    ])
    let turns = 0
    let hashing = true
    const count = () => {
      if (!hashing) return
      turns++
      setImmediate(count)
    }
    setImmediate(count)
    await hashAll([file], 'sha256')
    hashing = false
    expect(file.sha256).toBe(sha256(content))
    // 12 slices of 4 MiB: a turn at least every 4 ms of hashing, not one at the end.
    expect(turns).toBeGreaterThan(2)
  })
})
