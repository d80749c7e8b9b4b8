/**
 * The emulator's Git LFS side: the batch API (transfer choice, per-object errors, auth) and its
 * presigned storage, which behaves like S3 (no token allowed, Content-Length required, content
 * verified before anything is stored).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { EMULATOR_TOKENS, HubEmulator, type EmulatedRepo } from '../emulator/index.js'
import { bytes, sha256 } from './emulator-helpers.js'

const KiB = 1024
const LFS_JSON = 'application/vnd.git-lfs+json'

interface BatchObject {
  oid: string
  size: number
  actions?: {
    upload?: { href: string; header?: Record<string, string> }
    verify?: { href: string; header?: Record<string, string> }
    download?: { href: string }
  }
  error?: { code: number; message: string }
}

describe('LFS batch API and storage', () => {
  let hub: HubEmulator
  let repo: EmulatedRepo

  beforeAll(async () => {
    hub = await HubEmulator.start({ lfs: { multipartThreshold: 64 * KiB, chunkSize: 16 * KiB } })
    repo = await hub.repos.create({ type: 'dataset', namespace: 'user', name: 'lfs' })
    await hub.repos.create({ type: 'model', namespace: 'user', name: 'secret', private: true })
  })
  afterAll(async () => {
    await hub?.close()
  })

  const stored = (content: Buffer) => existsSync(join(repo.lfsDir, sha256(content)))

  async function batch(
    objects: { oid: string; size: number }[],
    options: {
      token?: string
      transfers?: string[]
      operation?: string
      hashAlgo?: string
      path?: string
    } = {}
  ): Promise<{
    status: number
    type: string | null
    body: { transfer: string; objects: BatchObject[] }
  }> {
    const token = 'token' in options ? options.token : EMULATOR_TOKENS.write
    const res = await fetch(
      `${hub.url}/${options.path ?? 'datasets/user/lfs'}.git/info/lfs/objects/batch`,
      {
        method: 'POST',
        headers: {
          Accept: LFS_JSON,
          'Content-Type': LFS_JSON,
          ...(token && { Authorization: `Bearer ${token}` })
        },
        body: JSON.stringify({
          operation: options.operation ?? 'upload',
          transfers: options.transfers ?? ['basic', 'multipart'],
          hash_algo: options.hashAlgo ?? 'sha_256',
          ref: { name: 'main' },
          objects
        })
      }
    )
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      body: (await res.json()) as never
    }
  }

  const object = (content: Buffer) => ({ oid: sha256(content), size: content.length })

  it('basic upload: a presigned PUT without token stores the verified object; then no actions', async () => {
    const content = bytes(10 * KiB, 11)
    const { status, type, body } = await batch([object(content)])
    expect([status, type, body.transfer]).toEqual([200, LFS_JSON, 'basic'])
    const upload = body.objects[0].actions?.upload
    // Storage is another host to clients (`localhost`, the emulator's port), as S3 is on the Hub.
    const storage = new URL(hub.url)
    storage.hostname = 'localhost'
    expect(upload?.href).toMatch(new RegExp(`^${storage.origin}/_lfs/upload/`))
    expect(upload?.header).toBeUndefined()
    const put = await fetch(upload?.href as string, { method: 'PUT', body: content })
    expect(put.status).toBe(200)
    expect(put.headers.get('etag')).toBeTruthy()
    expect(stored(content)).toBe(true)

    const again = await batch([object(content)])
    expect(again.body.objects[0]).toEqual({ ...object(content), authenticated: true })
    // The verify action carries the batch request's credentials: git-lfs sends only its header.
    const verifyAction = body.objects[0].actions?.verify
    expect(verifyAction?.header).toEqual({ Authorization: `Bearer ${EMULATOR_TOKENS.write}` })
    const verify = await fetch(verifyAction?.href as string, {
      method: 'POST',
      headers: { ...verifyAction?.header, 'Content-Type': LFS_JSON },
      body: JSON.stringify(object(content))
    })
    expect(verify.status).toBe(200)
  })

  it('refuses a PUT that carries an Authorization header (400 InvalidArgument), storing nothing', async () => {
    const content = bytes(5 * KiB, 12)
    const { body } = await batch([object(content)])
    const put = await fetch(body.objects[0].actions?.upload?.href as string, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${EMULATOR_TOKENS.write}` },
      body: content
    })
    expect(put.status).toBe(400)
    expect(await put.text()).toContain('<Code>InvalidArgument</Code>')
    expect(stored(content)).toBe(false)
  })

  it('refuses content that does not match its oid or size, storing nothing', async () => {
    const content = bytes(5 * KiB, 13)
    const { body } = await batch([object(content)])
    const href = body.objects[0].actions?.upload?.href as string
    const other = bytes(5 * KiB, 14)
    const wrong = await fetch(href, { method: 'PUT', body: other })
    expect(wrong.status).toBe(400)
    expect(await wrong.text()).toContain('XAmzContentSHA256Mismatch')
    const short = await fetch(href, { method: 'PUT', body: content.subarray(1) })
    expect(short.status).toBe(400)
    expect(stored(content)).toBe(false)
    expect(stored(other)).toBe(false)
  })

  it('501 for a chunked PUT (no Content-Length), 403 for a tampered URL', async () => {
    const content = bytes(2 * KiB, 15)
    const { body } = await batch([object(content)])
    const href = body.objects[0].actions?.upload?.href as string
    const chunked = await fetch(href, {
      method: 'PUT',
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new Uint8Array(content))
          controller.close()
        }
      }),
      duplex: 'half'
    } as RequestInit)
    expect(chunked.status).toBe(501)
    const tampered = await fetch(href.replace(/size=\d+/, 'size=1'), {
      method: 'PUT',
      body: content.subarray(0, 1)
    })
    expect(tampered.status).toBe(403)
    expect(stored(content)).toBe(false)
  })

  it('multipart for large objects: zero-padded parts, ETags checked at completion', async () => {
    const content = bytes(100 * KiB + 5, 16)
    const { body } = await batch([object(content), object(bytes(KiB, 17))])
    expect(body.transfer).toBe('multipart')
    const [large, small] = body.objects
    expect(small.actions?.upload?.header).toBeUndefined()
    const header = large.actions?.upload?.header as Record<string, string>
    const parts = Object.keys(header).filter((key) => /^\d+$/.test(key))
    expect(header.chunk_size).toBe(String(16 * KiB))
    expect(parts).toEqual(['00001', '00002', '00003', '00004', '00005', '00006', '00007'])
    const etags: string[] = []
    for (const [i, part] of parts.entries()) {
      const slice = content.subarray(i * 16 * KiB, (i + 1) * 16 * KiB)
      const res = await fetch(header[part], { method: 'PUT', body: slice })
      expect(res.status).toBe(200)
      etags.push(res.headers.get('etag') as string)
    }
    const complete = (list: string[]) =>
      fetch(large.actions?.upload?.href as string, {
        method: 'POST',
        headers: { 'Content-Type': LFS_JSON },
        body: JSON.stringify({
          oid: large.oid,
          parts: list.map((etag, i) => ({ partNumber: i + 1, etag }))
        })
      })
    const bad = await complete(etags.map((etag, i) => (i === 3 ? '"0000"' : etag)))
    expect(bad.status).toBe(400)
    expect(stored(content)).toBe(false)
    const missing = await complete(etags.slice(0, 6))
    expect(missing.status).toBe(400)
    const good = await complete(etags)
    expect(good.status).toBe(200)
    expect(stored(content)).toBe(true)
  })

  it('multipart parts in any order, at once or sent again: the object is the parts in place, in order', async () => {
    const content = bytes(100 * KiB + 5, 21)
    const { body } = await batch([object(content)])
    const upload = body.objects[0].actions?.upload
    const header = upload?.header as Record<string, string>
    const urls = Object.keys(header)
      .filter((key) => /^\d+$/.test(key))
      .map((key) => header[key])
    const part = (n: number) => content.subarray((n - 1) * 16 * KiB, n * 16 * KiB)
    const put = async (n: number, body: Buffer) => {
      const res = await fetch(urls[n - 1], { method: 'PUT', body })
      return { status: res.status, etag: res.headers.get('etag') as string, text: await res.text() }
    }
    const complete = async (etags: string[]) => {
      const res = await fetch(upload?.href as string, {
        method: 'POST',
        headers: { 'Content-Type': LFS_JSON },
        body: JSON.stringify({
          oid: sha256(content),
          parts: etags.map((etag, i) => ({ partNumber: i + 1, etag }))
        })
      })
      return { status: res.status, text: await res.text() }
    }
    // All at once, last part first.
    const sent = await Promise.all([7, 6, 5, 4, 3, 2, 1].map((n) => put(n, part(n))))
    const etags = sent.reverse().map((r) => r.etag)
    expect(sent.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200, 200])
    // Part 2 sent again with other bytes: the object no longer hashes to its oid.
    const wrong = await put(2, bytes(16 * KiB, 99))
    const mismatch = await complete(etags.map((etag, i) => (i === 1 ? wrong.etag : etag)))
    expect(mismatch.status).toBe(400)
    expect(mismatch.text).toContain('XAmzContentSHA256Mismatch')
    expect(stored(content)).toBe(false)
    // A part longer than its size is refused and overwrites nothing of the next part's bytes.
    const long = await put(
      3,
      Buffer.concat([
        part(3),
        part(4)
          .subarray(0, 1)
          .map((b) => b ^ 1)
      ])
    )
    expect([long.status, long.text]).toEqual([400, expect.stringContaining('IncompleteBody')])
    const right2 = await put(2, part(2))
    const stale = await complete(etags.map((etag, i) => (i === 1 ? right2.etag : etag)))
    expect([stale.status, stale.text]).toEqual([400, expect.stringContaining('InvalidPart')])
    const right3 = await put(3, part(3))
    const final = etags.map((etag, i) => (i === 1 ? right2.etag : i === 2 ? right3.etag : etag))
    expect((await complete(final)).status).toBe(200)
    expect(readFileSync(join(repo.lfsDir, sha256(content)))).toEqual(content)
    // Its answer lost, the completion is sent again: the object is there.
    expect((await complete(final)).status).toBe(200)
  })

  it('never answers xet; accepts sha256 and sha_256, 409 for other hash algorithms', async () => {
    const content = bytes(KiB, 18)
    expect((await batch([object(content)], { transfers: ['xet', 'basic'] })).body.transfer).toBe(
      'basic'
    )
    expect((await batch([object(content)], { hashAlgo: 'sha256' })).status).toBe(200)
    expect((await batch([object(content)], { hashAlgo: 'md5' })).status).toBe(409)
  })

  it('per-object errors for a bad oid or size, with HTTP 200', async () => {
    const { status, body } = await batch([
      { oid: 'not-a-sha', size: 3 },
      { oid: sha256('x'), size: -1 }
    ])
    expect(status).toBe(200)
    expect(body.objects.map((o) => o.error?.code)).toEqual([422, 422])
    expect(body.objects.every((o) => o.actions === undefined)).toBe(true)
  })

  it('uploads need write access: 401 without token, 403 read-only, 404 on a private repo of another', async () => {
    const objects = [object(bytes(KiB, 19))]
    expect((await batch(objects, { token: undefined })).status).toBe(401)
    expect((await batch(objects, { token: EMULATOR_TOKENS.read })).status).toBe(403)
    expect(
      (await batch(objects, { token: EMULATOR_TOKENS.other, path: 'user/secret' })).status
    ).toBe(404)
  })

  it('download hands out a URL that streams the stored object back', async () => {
    const content = bytes(3 * KiB, 20)
    const { body } = await batch([object(content)])
    await fetch(body.objects[0].actions?.upload?.href as string, { method: 'PUT', body: content })
    const down = await batch([object(content), object(bytes(KiB, 21))], {
      operation: 'download',
      token: undefined
    })
    expect(down.body.objects[1].error?.code).toBe(404)
    const res = await fetch(down.body.objects[0].actions?.download?.href as string)
    expect(Buffer.from(await res.arrayBuffer())).toEqual(content)
  })
})
