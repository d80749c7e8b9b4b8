/**
 * Reading a repo through the emulator — tree listing (pagination, revisions, LFS items),
 * paths-info — and the preupload answer, each checked against the repo's real git objects.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS, HubEmulator, type EmulatedRepo } from '../emulator/index.js'
import { LfsStore } from '../emulator/lfs-store.js'
import {
  bytes,
  gitBlobId,
  header,
  lfsPointer,
  postCommit,
  sha256,
  textFile
} from './emulator-helpers.js'

const token = EMULATOR_TOKENS.write
const auth = { Authorization: `Bearer ${token}` }

interface Item {
  type: string
  oid: string
  size: number
  path: string
  lfs?: { oid: string; size: number; pointerSize: number }
  lastCommit?: { id: string; title: string }
}

describe('tree, paths-info and preupload', () => {
  let hub: HubEmulator
  let repo: EmulatedRepo
  let main: string
  const weights = bytes(20000, 5)
  const many = Array.from({ length: 25 }, (_, i) => `many/f${String(i).padStart(2, '0')}.txt`)

  beforeAll(async () => {
    hub = await HubEmulator.start()
    repo = await hub.repos.create({ type: 'model', namespace: 'user', name: 'tree' })
    await LfsStore.of(repo).put(
      (async function* () {
        yield weights
      })(),
      sha256(weights),
      weights.length
    )
    const res = await postCommit(
      hub,
      'models/user/tree',
      [
        header('files'),
        ...many.map((path) => textFile(path, path)),
        textFile('many/sub/deep.txt', 'deep'),
        textFile('README.md', '# tree\n'),
        {
          key: 'lfsFile',
          value: { path: 'w/model.bin', algo: 'sha256', oid: sha256(weights), size: weights.length }
        }
      ],
      { token }
    )
    expect(res.status).toBe(200)
    main = (await repo.git.resolve('main')) as string
    await postCommit(hub, 'models/user/tree', [header('pr'), textFile('pr-only.txt', 'p')], {
      token,
      query: '?create_pr=1'
    })
  })
  afterAll(async () => {
    await hub?.close()
  })

  const get = (path: string) => fetch(`${hub.url}/api/models/user/tree/${path}`, { headers: auth })
  const items = async (path: string) => (await (await get(path)).json()) as Item[]

  it('lists one folder level with folder and file ids from git', async () => {
    const root = await items('tree/main')
    expect(root.map((i) => `${i.type}:${i.path}`)).toEqual([
      'file:.gitattributes',
      'file:README.md',
      'directory:many',
      'directory:w'
    ])
    expect(root[2]).toEqual({
      type: 'directory',
      oid: await repo.git.treeOid(main, 'many'),
      size: 0,
      path: 'many'
    })
    expect(root[1]).toEqual({
      type: 'file',
      oid: gitBlobId('# tree\n'),
      size: 7,
      path: 'README.md'
    })
  })

  it('reports LFS files with their real size and the pointer blob id', async () => {
    const [file] = await items('tree/main/w')
    const pointer = lfsPointer(weights)
    expect(file).toEqual({
      type: 'file',
      oid: gitBlobId(pointer),
      size: weights.length,
      path: 'w/model.bin',
      lfs: { oid: sha256(weights), size: weights.length, pointerSize: pointer.length }
    })
  })

  it('pages with Link: rel="next" until the listing is complete', async () => {
    const seen: string[] = []
    let url: string | undefined = `${hub.url}/api/models/user/tree/tree/main/many?limit=10`
    let pages = 0
    while (url) {
      const res: Response = await fetch(url, { headers: auth })
      const page = (await res.json()) as Item[]
      expect(page.length).toBeLessThanOrEqual(10)
      seen.push(...page.map((i) => i.path))
      const link = res.headers.get('link')
      if (link)
        expect(link).toMatch(
          /^<http:\/\/127\.0\.0\.1:\d+\/api\/models\/user\/tree\/tree\/main\/many\?.*cursor=.*>; rel="next"$/
        )
      url = link ? /<([^>]+)>/.exec(link)?.[1] : undefined
      pages++
    }
    expect(pages).toBe(3)
    expect(seen).toEqual([...many, 'many/sub'])
  })

  it('lists recursively, and takes %2F-encoded revisions and paths', async () => {
    const all = await items('tree/main?recursive=true')
    expect(all.filter((i) => i.type === 'file')).toHaveLength(29)
    expect(all.map((i) => i.path)).toEqual(
      expect.arrayContaining(['many/sub', 'many/sub/deep.txt'])
    )
    const encoded = await items('tree/refs%2Fpr%2F1/many%2Fsub')
    const raw = await items('tree/refs/pr/1/many/sub')
    expect(encoded).toEqual(raw)
    expect(encoded.map((i) => i.path)).toEqual(['many/sub/deep.txt'])
    expect((await items('tree/refs%2Fpr%2F1')).map((i) => i.path)).toContain('pr-only.txt')
  })

  it('404 EntryNotFound for a missing folder (or a file), RevisionNotFound for a missing revision', async () => {
    for (const path of ['tree/main/nope', 'tree/main/README.md']) {
      const res = await get(path)
      expect([res.status, res.headers.get('x-error-code')]).toEqual([404, 'EntryNotFound'])
    }
    const res = await get('tree/nope')
    expect([res.status, res.headers.get('x-error-code')]).toEqual([404, 'RevisionNotFound'])
  })

  it('expand=true adds the last commit of each item', async () => {
    const [readme] = (await items('tree/main?expand=true')).filter((i) => i.path === 'README.md')
    expect(readme.lastCommit).toMatchObject({ id: main, title: 'files' })
  })

  it('paths-info takes JSON and form bodies and omits missing paths', async () => {
    const post = (body: string, type: string) =>
      fetch(`${hub.url}/api/models/user/tree/paths-info/main`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': type },
        body
      })
    const json = await post(
      JSON.stringify({ paths: ['w/model.bin', 'missing', 'many'], expand: false }),
      'application/json'
    )
    const form = await post(
      'paths=w%2Fmodel.bin&paths=missing&paths=many&expand=false',
      'application/x-www-form-urlencoded'
    )
    const fromJson = (await json.json()) as Item[]
    expect(fromJson.map((i) => i.path)).toEqual(['w/model.bin', 'many'])
    expect(await form.json()).toEqual(fromJson)
    expect(fromJson[0].lfs?.oid).toBe(sha256(weights))
  })

  it('preupload decides regular or LFS per file and gives the ids of existing files', async () => {
    const sample = (content: Buffer | string) =>
      Buffer.from(content).subarray(0, 512).toString('base64')
    const files = [
      { path: 'README.md', size: 9, sample: sample('# changed') },
      { path: 'w/model.bin', size: weights.length, sample: sample(weights) },
      { path: 'code.py', size: 5, sample: sample('x = 1') },
      { path: 'empty.bin', size: 0, sample: '' },
      { path: 'zeros.dat', size: 3, sample: sample(Buffer.from([1, 0, 2])) },
      { path: 'huge.txt', size: 10 * 1024 * 1024, sample: sample('text') },
      { path: 'notes.txt', size: 4, sample: sample('note') },
      { path: 'x.lfs.json', size: 2, sample: sample('{}') },
      { path: 'build/out.txt', size: 2, sample: sample('ok') }
    ]
    const res = await fetch(`${hub.url}/api/models/user/tree/preupload/main`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        files,
        gitAttributes: 'notes.txt filter=lfs diff=lfs merge=lfs -text\n',
        gitIgnore: 'build/\n'
      })
    })
    const body = (await res.json()) as { files: Record<string, unknown>[]; commitOid: string }
    expect(res.status).toBe(200)
    expect(body.commitOid).toBe(main)
    expect(body.files).toEqual([
      { path: 'README.md', uploadMode: 'regular', shouldIgnore: false, oid: gitBlobId('# tree\n') },
      { path: 'w/model.bin', uploadMode: 'lfs', shouldIgnore: false, oid: sha256(weights) },
      { path: 'code.py', uploadMode: 'regular', shouldIgnore: false },
      { path: 'empty.bin', uploadMode: 'regular', shouldIgnore: false },
      { path: 'zeros.dat', uploadMode: 'lfs', shouldIgnore: false },
      { path: 'huge.txt', uploadMode: 'lfs', shouldIgnore: false },
      { path: 'notes.txt', uploadMode: 'lfs', shouldIgnore: false },
      { path: 'x.lfs.json', uploadMode: 'lfs', shouldIgnore: false },
      { path: 'build/out.txt', uploadMode: 'regular', shouldIgnore: true }
    ])
  })

  it('preupload: 422 over 1000 files or for a bad path, 404 for a missing revision', async () => {
    const call = (files: unknown[], rev = 'main') =>
      fetch(`${hub.url}/api/models/user/tree/preupload/${rev}`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ files })
      })
    const file = (path: string) => ({ path, size: 1, sample: 'eA==' })
    expect((await call(Array.from({ length: 1001 }, (_, i) => file(`f${i}`)))).status).toBe(422)
    expect((await call(Array.from({ length: 1000 }, (_, i) => file(`f${i}`)))).status).toBe(200)
    expect((await call([file('../up')])).status).toBe(422)
    expect((await call([file('a')], 'nope')).status).toBe(404)
  })
})
