/**
 * The emulator's commit side under load: concurrent commits (the ref update is atomic) and large
 * bodies (commits and LFS uploads are streamed, never held whole in memory).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { request } from 'node:http'
import { EMULATOR_TOKENS, HubEmulator, type EmulatedRepo } from '../emulator/index.js'
import { startEmulatorCli, type EmulatorProcess } from './emulator-cli-process.js'
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
})

/** Sends the parts (generated as sent) with a Content-Length of `length`. */
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

// The emulator runs in a process of its own here: its peak resident set is then its own, not
// the test's (which builds the bodies), and the peak, not the end state, is what is bounded.
describe('large bodies are streamed, never held whole', () => {
  let emulator: EmulatorProcess
  const auth = { Authorization: `Bearer ${token}` }
  const url = () => emulator.url as string

  beforeAll(async () => {
    emulator = await startEmulatorCli([])
    const created = await fetch(`${url()}/api/repos/create`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'model', name: 'load' })
    })
    expect(created.status).toBe(200)
  }, 60_000)
  afterAll(() => emulator?.stop())

  /** The emulator's peak RSS while `work` runs, above its RSS when it starts. */
  async function peakGrowth(work: () => Promise<void>): Promise<number> {
    const before = await emulator.rssNow()
    await emulator.resetPeakRss()
    await work()
    return (await emulator.peakRss()) - before
  }

  it('a 450 MB NDJSON commit: the emulator grows by less than half the body', async () => {
    const content = Buffer.alloc(5 * MiB, 'abcdefgh').toString('base64')
    const line = (i: number) =>
      JSON.stringify(textFile(`big/${i}.txt`, '')).replace('"content":""', `"content":"${content}"`)
    const first = JSON.stringify(header('big commit')) + '\n'
    const count = 64
    const length =
      Buffer.byteLength(first) +
      Array.from({ length: count }, (_, i) => Buffer.byteLength(line(i)) + 1).reduce(
        (a, b) => a + b
      )
    expect(length).toBeGreaterThan(440_000_000)
    let status = 0
    const growth = await peakGrowth(async () => {
      const res = await send(
        `${url()}/api/models/user/load/commit/main`,
        'POST',
        { ...auth, 'Content-Type': 'application/x-ndjson' },
        function* () {
          yield first
          for (let i = 0; i < count; i++) yield line(i) + '\n'
        },
        length
      )
      status = res.status
    })
    expect(status).toBe(200)
    // Its dead copies of lines (GC-bound, ~100-140 MiB whatever the body) count; a body held
    // whole would be 450 MB.
    expect(growth).toBeLessThan(200 * MiB)
    const tree = await fetch(`${url()}/api/models/user/load/tree/main/big`, { headers: auth })
    const files = (await tree.json()) as { path: string; size: number }[]
    expect(files).toHaveLength(count)
    expect(files.every((f) => f.size === 5 * MiB)).toBe(true)
  }, 60_000)

  it('a 192 MiB LFS upload goes to disk while hashed: the emulator grows far less', async () => {
    const chunk = Buffer.alloc(MiB, 'lfs-object-')
    const size = 192 * MiB
    const chunks = function* () {
      for (let i = 0; i < size / MiB; i++) yield chunk
    }
    const hash = createHash('sha256')
    for (const c of chunks()) hash.update(c)
    const oid = hash.digest('hex')
    const batch = () =>
      fetch(`${url()}/user/load.git/info/lfs/objects/batch`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/vnd.git-lfs+json' },
        body: JSON.stringify({
          operation: 'upload',
          transfers: ['basic'],
          objects: [{ oid, size }]
        })
      }).then(
        async (res) =>
          ((await res.json()) as { objects: { actions?: { upload: { href: string } } }[] })
            .objects[0]
      )
    const href = (await batch()).actions?.upload.href as string
    let status = 0
    const growth = await peakGrowth(async () => {
      status = (await send(href, 'PUT', {}, chunks, size)).status
    })
    expect(status).toBe(200)
    expect(growth).toBeLessThan(100 * MiB)
    // The Hub holds it now: a second batch asks for no upload.
    expect((await batch()).actions).toBeUndefined()
  }, 60_000)
})
