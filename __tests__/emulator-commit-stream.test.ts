/**
 * The emulator's commit side under load: concurrent commits (the ref update is atomic) and large
 * bodies (commits and LFS uploads are streamed, never held whole in memory).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { request } from 'node:http'
import { join } from 'node:path'
import { EMULATOR_TOKENS, HubEmulator, type EmulatedRepo } from '../emulator/index.js'
import { header, postCommit, textFile } from './emulator-helpers.js'

const token = EMULATOR_TOKENS.write
const MiB = 1024 * 1024

describe('commits under load', () => {
  let hub: HubEmulator
  let repo: EmulatedRepo

  beforeAll(async () => {
    hub = await HubEmulator.start()
    repo = await hub.repos.create({ type: 'model', namespace: 'user', name: 'load' })
  })
  afterAll(async () => {
    await hub?.close()
  })

  it('of concurrent commits on the same parentCommit exactly one lands, the others get 412', async () => {
    const parent = (await repo.git.resolve('main')) as string
    const before = await repo.git.countCommits('main')
    const answers = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        postCommit(
          hub,
          'models/user/load',
          [header(`race ${i}`, { parentCommit: parent }), textFile(`r${i}.txt`, 'x')],
          {
            token
          }
        )
      )
    )
    expect(answers.map((r) => r.status).sort()).toEqual([200, 412, 412, 412])
    expect(await repo.git.countCommits('main')).toBe(before + 1)
  })

  it('concurrent commits without parentCommit all land, one after the other', async () => {
    const before = await repo.git.countCommits('main')
    const answers = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        postCommit(hub, 'models/user/load', [header(`free ${i}`), textFile(`free/${i}.txt`, 'x')], {
          token
        })
      )
    )
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200])
    expect(await repo.git.countCommits('main')).toBe(before + 4)
    const paths = (await repo.git.listTree('main')).map((e) => e.path)
    expect(paths).toEqual(
      expect.arrayContaining(['free/1.txt', 'free/2.txt', 'free/3.txt', 'free/4.txt'])
    )
  })

  /** Sends `size` bytes made of `chunk` repeated (generated as sent) with a Content-Length. */
  function send(
    url: string,
    method: string,
    headers: Record<string, string>,
    parts: () => Iterable<Buffer | string>,
    length: number
  ) {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        url,
        { method, headers: { ...headers, 'Content-Length': String(length) } },
        (res) => {
          let body = ''
          res.on('data', (c: Buffer) => (body += c.toString()))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
        }
      )
      req.on('error', reject)
      const iterator = parts()[Symbol.iterator]()
      const pump = (): void => {
        for (let next = iterator.next(); !next.done; next = iterator.next()) {
          if (!req.write(next.value)) {
            req.once('drain', pump)
            return
          }
        }
        req.end()
      }
      pump()
    })
  }

  it('streams a 160 MB NDJSON commit: memory stays far below the body size', async () => {
    const content = Buffer.alloc(5 * MiB, 'abcdefgh').toString('base64')
    const line = (i: number) =>
      JSON.stringify(textFile(`big/${i}.txt`, '')).replace('"content":""', `"content":"${content}"`)
    const first = JSON.stringify(header('big commit')) + '\n'
    const count = 23
    const length =
      Buffer.byteLength(first) +
      Array.from({ length: count }, (_, i) => Buffer.byteLength(line(i)) + 1).reduce(
        (a, b) => a + b
      )
    const rss = process.memoryUsage().rss
    const res = await send(
      `${hub.url}/api/models/user/load/commit/main`,
      'POST',
      { Authorization: `Bearer ${token}`, 'Content-Type': 'application/x-ndjson' },
      function* () {
        yield first
        for (let i = 0; i < count; i++) yield line(i) + '\n'
      },
      length
    )
    expect(res.status).toBe(200)
    expect(length).toBeGreaterThan(160_000_000)
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * MiB)
    const files = (await repo.git.listTree('main')).filter((e) => e.path.startsWith('big/'))
    expect(files).toHaveLength(count)
    expect(files.every((f) => f.size === 5 * MiB)).toBe(true)
  })

  it('streams a 192 MiB LFS upload to disk while hashing it: memory stays bounded', async () => {
    const chunk = Buffer.alloc(MiB, 'lfs-object-')
    const size = 192 * MiB
    const chunks = function* () {
      for (let i = 0; i < size / MiB; i++) yield chunk
    }
    const hash = createHash('sha256')
    for (const c of chunks()) hash.update(c)
    const oid = hash.digest('hex')
    const batch = await fetch(`${hub.url}/user/load.git/info/lfs/objects/batch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/vnd.git-lfs+json' },
      body: JSON.stringify({ operation: 'upload', transfers: ['basic'], objects: [{ oid, size }] })
    })
    const { objects } = (await batch.json()) as {
      objects: { actions: { upload: { href: string } } }[]
    }
    const rss = process.memoryUsage().rss
    const res = await send(objects[0].actions.upload.href, 'PUT', {}, chunks, size)
    expect(res.status).toBe(200)
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * MiB)
    expect((await stat(join(repo.lfsDir, oid))).size).toBe(size)
  })
})
