/**
 * The hashing worker: it hashes the big files of a queue beside the main thread with the same
 * routines (same digests as the main thread's), skips a file once the remote tree shows it needs
 * no digest, reports a file it cannot read, and a deploy's hashing gives the digests that
 * decide with it as without it.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { hashFile, inspectFiles } from '../src/deploy/hash-file.js'
import { HashWorker, Need, type QueuedResult } from '../src/deploy/hash-worker.js'
import { hashAgainstRemote } from '../src/deploy/local-hashes.js'
import type { TreeItem } from '../src/hub/list-repo-tree.js'
import { bytes, gitBlobId, sha256, tempDirs } from './emulator-helpers.js'

const MiB = 1024 * 1024
const dirs = tempDirs()
const worker = HashWorker.start()
afterAll(async () => {
  worker?.stop()
  await dirs.cleanup()
})

async function bigFiles(count: number, size: number): Promise<string[]> {
  const dir = await dirs.make()
  const paths = Array.from({ length: count }, (_, i) => join(dir, `big${i}.bin`))
  for (const [i, path] of paths.entries()) await writeFile(path, bytes(size, i + 1, i % 2 === 0))
  return paths
}

/** Every result the worker sends for a queue the main thread leaves to it. */
async function workerResults(paths: string[], needs?: Need[]) {
  const results: QueuedResult[] = []
  const queue = (worker as HashWorker).queue(paths, (result) => results.push(result), needs)
  await queue.drained()
  return results.sort((a, b) => a.index - b.index)
}

describe('HashWorker', () => {
  it('starts on this machine (more than one core)', () => {
    expect(worker).toBeDefined()
  })

  it('hashes a queue with the main thread’s digests: the likely one, or the one asked for', async () => {
    const paths = await bigFiles(3, 2 * MiB)
    const results = await workerResults(paths, [Need.Likely, Need.GitSha1, Need.Likely])
    const expected = await Promise.all(paths.map((path) => hashFile(path)))
    expect(results.map((r) => r.index)).toEqual([0, 1, 2])
    const digests = results.map((r) => ('digests' in r ? r.digests : undefined))
    // Binary files (0 and 2) are likely LFS: sha256; file 1 was asked for its blob id.
    expect(digests.map((d) => [d?.gitSha1, d?.sha256])).toEqual([
      [undefined, expected[0].sha256],
      [expected[1].gitSha1, undefined],
      [undefined, expected[2].sha256]
    ])
  })

  it('skips a file that needs no digest, and reports one it cannot read, going on', async () => {
    const paths = await bigFiles(2, 2 * MiB)
    // A path that is not a file fails to open: the worker says why, and goes on.
    const results = await workerResults(
      [...paths, join(paths[0], 'missing')],
      [Need.Nothing, Need.Likely, Need.Likely]
    )
    expect(results.map((r) => [r.index, 'error' in r])).toEqual([
      [1, false],
      [2, true]
    ])
    expect('error' in results[1] && results[1].error).toMatch(/ENOTDIR|ENOENT/)
  })

  it('gives a deploy the digests the remote copies are known by, with or without it', async () => {
    const dir = await dirs.make()
    const files: Record<string, Buffer> = {}
    for (let i = 0; i < 6; i++) files[`asset${i}.bin`] = bytes(3 * MiB, 10 + i, i !== 3)
    files['small.txt'] = Buffer.from('text\n')
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content)
    const remote: TreeItem[] = Object.entries(files).map(([path, content], i) =>
      i % 2
        ? { type: 'file', path, oid: gitBlobId(content), size: content.length }
        : {
            type: 'file',
            path,
            oid: 'pointer',
            size: content.length,
            lfs: { oid: sha256(content), size: content.length }
          }
    )
    const hashed = async (withWorker: boolean) => {
      const local = inspectFiles(
        Object.keys(files).map((p) => ({ relativePath: p, absolutePath: join(dir, p) }))
      )
      const tree = new Promise<Map<string, TreeItem>>((resolve) =>
        setTimeout(() => resolve(new Map(remote.map((item) => [item.path, item]))), 5)
      )
      await hashAgainstRemote(local, tree, {
        pathInRepo: '',
        worker: withWorker ? worker : undefined
      })
      return local.map((f) => [f.relativePath, f.gitSha1, f.sha256])
    }
    // Which digests a file gets besides the deciding one depends on when the tree came: each
    // must be right, and the deciding one must be there.
    const truth = await Promise.all(Object.keys(files).map((p) => hashFile(join(dir, p))))
    for (const run of [await hashed(false), await hashed(true)]) {
      for (const [i, [path, gitSha1, digest]] of run.entries()) {
        const item = remote[i]
        expect([path, item.lfs ? digest : gitSha1]).toEqual([
          path,
          item.lfs ? item.lfs.oid : item.oid
        ])
        expect([path, gitSha1 ?? truth[i].gitSha1, digest ?? truth[i].sha256]).toEqual([
          path,
          truth[i].gitSha1,
          truth[i].sha256
        ])
      }
    }
  })

  it('fails a deploy’s hashing, as the main thread would, when a queued file is gone', async () => {
    const paths = await bigFiles(4, 2.5 * MiB)
    const local = inspectFiles(paths.map((p, i) => ({ relativePath: `f${i}`, absolutePath: p })))
    await rm(paths[2])
    // The tree comes after the hashing started: every file is hashed for its likely digest.
    const tree = new Promise<Map<string, TreeItem>>((resolve) =>
      setTimeout(() => resolve(new Map()), 50)
    )
    await expect(hashAgainstRemote(local, tree, { pathInRepo: '', worker })).rejects.toThrow(
      /ENOENT/
    )
  })
})
