/**
 * Downloading files from the emulator as the Hub serves them: `resolve` and `raw`, HEAD and GET,
 * the headers clients read (`X-Repo-Commit`, `ETag`, `X-Linked-Size`, `X-Linked-Etag`), byte
 * ranges, the redirect of LFS files to presigned storage on another host, and the errors.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS, HubEmulator, type EmulatedRepo } from '../emulator/index.js'
import { bytes, commitFiles, gitBlobId, lfsPointer, sha256 } from './emulator-helpers.js'

const auth = { Authorization: `Bearer ${EMULATOR_TOKENS.write}` }

describe('resolve and raw', () => {
  let hub: HubEmulator
  let model: EmulatedRepo
  let head: string
  const config = '{"hidden_size": 8}\n'
  const spaced = 'a file whose name has spaces\n'
  const weights = bytes(50_000, 3)

  beforeAll(async () => {
    hub = await HubEmulator.start()
    model = await hub.repos.create({ type: 'model', namespace: 'user', name: 'files' })
    ;({ commitOid: head } = await commitFiles(hub, model, {
      regular: { 'config.json': config, 'nested/dir/a b.txt': spaced },
      lfs: { 'weights.bin': weights }
    }))
  })
  afterAll(() => hub.close())

  const url = (path: string) => `${hub.url}/user/files/${path}`

  it('HEAD of a regular file: 200 with X-Repo-Commit, the blob id as ETag and its length, no body', async () => {
    const res = await fetch(url('resolve/main/config.json'), { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(res.headers.get('x-repo-commit')).toBe(head)
    expect(res.headers.get('etag')).toBe(`"${gitBlobId(config)}"`)
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(config)))
    expect(res.headers.get('accept-ranges')).toBe('bytes')
    expect(await res.text()).toBe('')
  })

  it('GET of a regular file: its bytes, inline, at a branch, a commit id or a short one', async () => {
    for (const rev of ['main', head, head.slice(0, 7)]) {
      const res = await fetch(url(`resolve/${rev}/config.json`))
      expect([rev, res.status, await res.text()]).toEqual([rev, 200, config])
      expect(res.headers.get('x-repo-commit')).toBe(head)
    }
    const named = await fetch(url('resolve/main/nested/dir/a%20b.txt?download=true'))
    expect(await named.text()).toBe(spaced)
    expect(named.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''a%20b.txt; filename="a b.txt";`
    )
  })

  it('answers one byte range with 206 and Content-Range, and 416 past the end', async () => {
    const size = Buffer.byteLength(config)
    const first = await fetch(url('resolve/main/config.json'), { headers: { Range: 'bytes=0-0' } })
    expect([first.status, first.headers.get('content-range'), await first.text()]).toEqual([
      206,
      `bytes 0-0/${size}`,
      '{'
    ])
    const rest = await fetch(url('resolve/main/config.json'), { headers: { Range: 'bytes=2-' } })
    expect([rest.status, await rest.text()]).toEqual([206, config.slice(2)])
    const past = await fetch(url('resolve/main/config.json'), {
      headers: { Range: `bytes=${size}-` }
    })
    expect([past.status, past.headers.get('content-range')]).toEqual([416, `bytes */${size}`])
  })

  it('redirects an LFS file to presigned storage on another host, with X-Linked-Size and X-Linked-Etag', async () => {
    for (const method of ['HEAD', 'GET']) {
      const res = await fetch(url('resolve/main/weights.bin'), { method, redirect: 'manual' })
      expect([method, res.status]).toEqual([method, 302])
      expect(res.headers.get('x-repo-commit')).toBe(head)
      expect(res.headers.get('x-linked-size')).toBe(String(weights.length))
      expect(res.headers.get('x-linked-etag')).toBe(`"${sha256(weights)}"`)
      const location = new URL(res.headers.get('location') as string)
      expect(location.host).not.toBe(new URL(hub.url).host)
      expect(location.port).toBe(new URL(hub.url).port)
    }
    const res = await fetch(url('resolve/main/weights.bin'), { redirect: 'manual' })
    const location = res.headers.get('location') as string
    expect(await res.text()).toBe(`Found. Redirecting to ${location}`)

    // The storage serves the object without a token, in ranges too, and refuses one that has a token.
    const object = await fetch(location)
    expect(Buffer.from(await object.arrayBuffer()).equals(weights)).toBe(true)
    expect(object.headers.get('etag')).toBe(`"${sha256(weights)}"`)
    const probe = await fetch(location, { headers: { Range: 'bytes=0-0' } })
    expect([probe.status, probe.headers.get('content-range')]).toEqual([
      206,
      `bytes 0-0/${weights.length}`
    ])
    const withToken = await fetch(location, { headers: auth })
    expect(withToken.status).toBe(400)
    expect(await withToken.text()).toContain('<Code>InvalidArgument</Code>')
  })

  it('raw serves what git stores: the pointer of an LFS file, the bytes of a regular one', async () => {
    const pointer = await fetch(url('raw/main/weights.bin'))
    expect([pointer.status, await pointer.text()]).toEqual([200, lfsPointer(weights)])
    const regular = await fetch(url('raw/main/config.json'), { method: 'HEAD' })
    expect([regular.status, regular.headers.get('etag')]).toEqual([200, `"${gitBlobId(config)}"`])
  })

  it('serves pull-request revisions, %2F-encoded or raw', async () => {
    const { commitOid } = await commitFiles(
      hub,
      model,
      { regular: { 'config.json': '{"hidden_size": 16}\n' } },
      { query: '?create_pr=1' }
    )
    for (const rev of ['refs%2Fpr%2F1', 'refs/pr/1']) {
      const res = await fetch(url(`resolve/${rev}/config.json`))
      expect([rev, res.status, res.headers.get('x-repo-commit'), await res.text()]).toEqual([
        rev,
        200,
        commitOid,
        '{"hidden_size": 16}\n'
      ])
    }
  })

  it('answers 404 EntryNotFound with X-Repo-Commit for a missing file or a folder, RevisionNotFound for a missing revision', async () => {
    for (const path of ['missing.txt', 'nested/dir', 'nested']) {
      const res = await fetch(url(`resolve/main/${path}`))
      expect([path, res.status, res.headers.get('x-error-code')]).toEqual([
        path,
        404,
        'EntryNotFound'
      ])
      expect(res.headers.get('x-repo-commit')).toBe(head)
    }
    const rev = await fetch(url('resolve/nope/config.json'), { method: 'HEAD' })
    expect([rev.status, rev.headers.get('x-error-code')]).toEqual([404, 'RevisionNotFound'])
    expect(rev.headers.get('x-repo-commit')).toBeNull()
  })

  it('keeps private files private: 401 without a token, 404 for another user, 200 for the owner', async () => {
    const secret = await hub.repos.create({
      type: 'dataset',
      namespace: 'user',
      name: 'secret',
      private: true
    })
    await commitFiles(hub, secret, { regular: { 'data.csv': 'a,b\n' } })
    const path = `${hub.url}/datasets/user/secret/resolve/main/data.csv`
    const anonymous = await fetch(path)
    expect(anonymous.status).toBe(401)
    const other = await fetch(path, {
      headers: { Authorization: `Bearer ${EMULATOR_TOKENS.other}` }
    })
    expect([other.status, other.headers.get('x-error-code')]).toEqual([404, 'RepoNotFound'])
    const owner = await fetch(path, { headers: auth })
    expect([owner.status, await owner.text()]).toEqual([200, 'a,b\n'])
  })
})
