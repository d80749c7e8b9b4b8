/**
 * The storage's multipart uploads hash the object once, in order, whatever order and overlap
 * the parts arrive in: parts waiting for their turn in memory, or read back from the file past
 * the memory budget; a part sent again, or whose upload breaks, rolls the hash back.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MultipartUpload, PartSizeError } from '../emulator/multipart-upload.js'
import { bytes, sha256 } from './emulator-helpers.js'

const CHUNK = 1000

describe('multipart upload hashing', () => {
  const dirs: string[] = []
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
  })

  /** A pseudo-random generator, so a failure can be replayed from its seed. */
  const random = (seed: number) => () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0
    return seed / 2 ** 32
  }

  /** `data` in pieces of up to `piece` bytes, with a pause before each (other parts run). */
  async function* slowly(data: Buffer, piece: number, next: () => number): AsyncGenerator<Buffer> {
    for (let at = 0; at < data.length; at += piece) {
      await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 3)))
      yield data.subarray(at, at + piece)
    }
  }

  async function upload(content: Buffer, budget: number) {
    const dir = await mkdtemp(join(tmpdir(), 'multipart-'))
    dirs.push(dir)
    const made = new MultipartUpload(
      dir,
      sha256(content),
      { size: content.length, chunk: CHUNK },
      budget
    )
    const part = (n: number) => content.subarray((n - 1) * CHUNK, n * CHUNK)
    return { made, part }
  }

  it.each([
    ['in memory', 1 << 20],
    ['read back from the file', 0],
    ['some in memory, some read back', 2500]
  ])('any order, several at once (%s): the sha256 of the whole, in order', async (_, budget) => {
    for (let seed = 1; seed <= 12; seed++) {
      const next = random(seed)
      const content = bytes(7 * CHUNK + 123, seed)
      const { made, part } = await upload(content, budget)
      const order = [1, 2, 3, 4, 5, 6, 7, 8].sort(() => next() - 0.5)
      await Promise.all(
        order.map((n) => made.putPart(slowly(part(n), 1 + Math.floor(next() * 400), next), n))
      )
      expect(await made.digest()).toEqual({ digest: sha256(content), bytes: content.length })
      expect(await readFile(made.file)).toEqual(content)
    }
  })

  it.each([
    ['in memory', 1 << 20],
    ['read back from the file', 0]
  ])('a part sent again or broken off rolls the hash back (%s)', async (_, budget) => {
    const content = bytes(4 * CHUNK, 9)
    const { made, part } = await upload(content, budget)
    const next = random(5)
    for (const n of [1, 2, 3, 4]) await made.putPart(slowly(part(n), 300, next), n)
    // Part 2 again, with other bytes: the digest is of what is stored now.
    const other = bytes(CHUNK, 77)
    await made.putPart(slowly(other, 250, next), 2)
    const changed = Buffer.concat([part(1), other, part(3), part(4)])
    expect(await made.digest()).toEqual({ digest: sha256(changed), bytes: content.length })
    // Part 3 breaks off halfway, then is sent whole; part 2 is sent right again meanwhile.
    async function* broken(): AsyncGenerator<Buffer> {
      yield part(3).subarray(0, 500)
      throw new Error('connection reset')
    }
    await expect(made.putPart(broken(), 3)).rejects.toThrow('connection reset')
    await Promise.all([
      made.putPart(slowly(part(2), 100, next), 2),
      made.putPart(slowly(part(3), 100, next), 3)
    ])
    expect(await made.digest()).toEqual({ digest: sha256(content), bytes: content.length })
  })

  it('a part longer than its size is refused before its extra bytes are written', async () => {
    const content = bytes(2 * CHUNK, 3)
    const { made, part } = await upload(content, 1 << 20)
    await made.putPart(slowly(part(2), 1000, random(1)), 2)
    const long = Buffer.concat([part(1), Buffer.from('x')])
    await expect(made.putPart(slowly(long, 1001, random(2)), 1)).rejects.toThrow(PartSizeError)
    expect((await readFile(made.file)).subarray(CHUNK)).toEqual(part(2))
    await made.putPart(slowly(part(1), 333, random(3)), 1)
    expect(await made.digest()).toEqual({ digest: sha256(content), bytes: content.length })
  })
})
