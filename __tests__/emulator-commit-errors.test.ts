/**
 * The emulator's commit endpoint, spoken to directly: its answers to stale parents, bad paths,
 * large regular files, bad bodies, pull requests, lost responses — each checked against the git
 * state it leaves behind.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS, HubEmulator, type EmulatedRepo } from '../emulator/index.js'
import { gitBlobId, header, postCommit, sha256, textFile } from './emulator-helpers.js'

const token = EMULATOR_TOKENS.write
const STALE = 'The branch was updated since you opened this page. Please refresh and try again.'

describe('POST /api/{type}s/{id}/commit/{rev}', () => {
  let hub: HubEmulator
  let repo: EmulatedRepo
  let n = 0

  beforeAll(async () => {
    hub = await HubEmulator.start()
  })
  afterAll(async () => {
    await hub?.close()
  })
  beforeEach(async () => {
    repo = await hub.repos.create({ type: 'model', namespace: 'user', name: `errors-${++n}` })
  })

  const id = () => `models/user/${repo.name}` as const
  const head = async (ref = 'main') => (await repo.git.resolve(ref)) as string
  const files = async (ref = 'main') =>
    (await repo.git.listTree(await head(ref))).map((e) => e.path)
  const commit = (lines: Parameters<typeof postCommit>[2], options = {}) =>
    postCommit(hub, id(), lines, { token, ...options })

  it('answers the commit with its id and URL, authored by the token user', async () => {
    const res = await commit([
      header('Add a', { description: 'Longer text' }),
      textFile('a.txt', 'A\n')
    ])
    const body = (await res.json()) as Record<string, unknown>
    expect(res.status).toBe(200)
    const sha = await head()
    expect(body).toEqual({
      success: true,
      commitOid: sha,
      commitUrl: `${hub.url}/user/${repo.name}/commit/${sha}`,
      hookOutput: ''
    })
    const [last] = await repo.git.log(sha, 1)
    expect(last).toMatchObject({
      title: 'Add a',
      message: 'Add a\n\nLonger text',
      authorName: 'user'
    })
    expect(await files()).toEqual(['.gitattributes', 'a.txt'])
  })

  it('412 when parentCommit is not the branch head; a matching (short) one is fine', async () => {
    await commit([header('one'), textFile('a.txt', '1')])
    const first = await head()
    await commit([header('two'), textFile('a.txt', '2')])
    const second = await head()

    const stale = await commit([header('three', { parentCommit: first }), textFile('a.txt', '3')])
    expect(stale.status).toBe(412)
    expect(((await stale.json()) as { error: string }).error).toBe(STALE)
    expect(stale.headers.get('x-error-message')).toBe(STALE)
    expect(await head()).toBe(second)

    const fresh = await commit([
      header('three', { parentCommit: second.slice(0, 7) }),
      textFile('a.txt', '3')
    ])
    expect(fresh.status).toBe(200)
    expect((await repo.git.log(await head(), 1))[0].parents).toEqual([second])
  })

  it.each(['../x', '..\\ddd', 'a/../../x', '/etc/passwd', 'a//b', './a', '.git/config', 'a\\b'])(
    '422 for the path %j, and no commit',
    async (path) => {
      const before = await head()
      const res = await commit([header('bad'), textFile('ok.txt', 'fine'), textFile(path, 'x')])
      expect(res.status).toBe(422)
      expect(await head()).toBe(before)
    }
  )

  it('422 for a file inside a file, or a file where a folder keeps files; no commit', async () => {
    await commit([header('base'), textFile('a.txt', 'a'), textFile('dir/x.txt', 'x')])
    const before = await head()
    const cases: [Parameters<typeof commit>[0], string][] = [
      [[textFile('a.txt/b', 'b')], 'a.txt/b would be inside a.txt'],
      [[textFile('dir', 'now a file')], 'dir/x.txt would be inside dir'],
      [[textFile('n', 'n'), textFile('n/m', 'm')], 'n/m would be inside n']
    ]
    for (const [lines, conflict] of cases) {
      const res = await commit([header('conflict'), ...lines])
      expect(res.status).toBe(422)
      expect(((await res.json()) as { error: string }).error).toBe(
        `Invalid path: ${conflict}, which is a file`
      )
      expect(await head()).toBe(before)
    }
  })

  it('400 for a regular file over 10 MiB, naming it and the ref; 10 MiB exactly is fine', async () => {
    const before = await head()
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a')
    const res = await commit([header('big'), textFile('small.txt', 'x'), textFile('big.txt', big)])
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: string }).error).toBe(
      'Your push was rejected because it contains files larger than 10 MiB. Please use https://git-lfs.github.com/ to store large files. See also: https://hf.co/docs/hub/repositories-getting-started#terminal Offending files: - big.txt (ref: refs/heads/main)'
    )
    expect(await head()).toBe(before)
    const exact = await commit([header('exact'), textFile('ten.txt', big.subarray(1))])
    expect(exact.status).toBe(200)
  })

  it('400 for a file line too long to parse (a utf-8 file of 65 MiB), read as a stream', async () => {
    const before = await head()
    const content = 'a'.repeat(65 * 1024 * 1024)
    const line = { key: 'file', value: { content, path: 'huge.txt', encoding: 'utf-8' } }
    hub.clearRequests()
    const res = await commit([header('huge'), line])
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: string }).error).toContain(
      'Offending files: - huge.txt (ref: refs/heads/main)'
    )
    expect(await head()).toBe(before)
    // Every byte was read (and counted), although the line was never held whole.
    expect(hub.hubRequests()[0].bytesIn).toBeGreaterThan(content.length)
  })

  it.each([
    ['no header', [textFile('a.txt', 'a')]],
    ['an empty summary', [header(' '), textFile('a.txt', 'a')]],
    ['a second header', [header('a'), header('b')]],
    ['a line that is not JSON', [header('a'), '{"key": "file", ']],
    ['an unknown key', [header('a'), { key: 'copyFile', value: { path: 'a' } }]],
    ['an empty body', []]
  ])('400 for %s', async (_name, lines) => {
    const before = await head()
    const res = await commit(lines as Parameters<typeof postCommit>[2])
    expect(res.status).toBe(400)
    expect(await head()).toBe(before)
  })

  it('404 EntryNotFound when deleting a missing file; folders and renames work', async () => {
    await commit([
      header('tree'),
      textFile('d/a.txt', 'a'),
      textFile('d/e/b.txt', 'b'),
      textFile('c.txt', 'c')
    ])
    const before = await head()
    const missing = await commit([
      header('del'),
      { key: 'deletedFile', value: { path: 'nope.txt' } }
    ])
    expect(missing.status).toBe(404)
    expect(missing.headers.get('x-error-code')).toBe('EntryNotFound')
    expect(((await missing.json()) as { error: string }).error).toContain(
      "A file with this name doesn't exist"
    )
    expect(await head()).toBe(before)

    const ok = await commit([
      header('reshape'),
      { key: 'deletedFolder', value: { path: 'd/' } },
      { key: 'file', value: { path: 'moved/c.txt', oldPath: 'c.txt' } }
    ])
    expect(ok.status).toBe(200)
    expect(await files()).toEqual(['.gitattributes', 'moved/c.txt'])
    const entry = (await repo.git.listTree(await head())).find((e) => e.path === 'moved/c.txt')
    expect(entry?.oid).toBe(gitBlobId('c'))
  })

  it('400 for an lfsFile whose object was never uploaded', async () => {
    const before = await head()
    const oid = sha256('never uploaded')
    const res = await commit([
      header('lfs'),
      { key: 'lfsFile', value: { path: 'w.bin', algo: 'sha256', oid, size: 14 } }
    ])
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: string }).error).toContain(
      'an LFS pointer pointed to a file that does not exist'
    )
    expect(await head()).toBe(before)
  })

  it('a header-only commit is a new commit with the same tree', async () => {
    const before = await head()
    const res = await commit([header('Rebuild')])
    expect(res.status).toBe(200)
    const after = await head()
    expect(after).not.toBe(before)
    expect(await repo.git.treeOid(after, '')).toBe(await repo.git.treeOid(before, ''))
    expect((await repo.git.log(after, 1))[0].parents).toEqual([before])
  })

  it('accepts the legacy JSON body', async () => {
    const res = await fetch(`${hub.url}/api/${id()}/commit/main`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        summary: 'legacy',
        files: [{ path: 'l.txt', content: 'legacy text', encoding: 'utf-8' }],
        deletedEntries: [{ path: '.gitattributes' }]
      })
    })
    expect(res.status).toBe(200)
    expect(await files()).toEqual(['l.txt'])
  })

  it('create_pr=1 commits to a new refs/pr/N and leaves the branch alone', async () => {
    const main = await head()
    const res = await commit([header('PR one'), textFile('pr.txt', 'one')], {
      query: '?create_pr=1'
    })
    const body = (await res.json()) as Record<string, string>
    expect(res.status).toBe(200)
    expect(body.pullRequestUrl).toBe(`${hub.url}/user/${repo.name}/discussions/1`)
    expect(body.commitOid).toBe(await head('refs/pr/1'))
    expect(await head()).toBe(main)
    expect((await repo.git.log(body.commitOid, 1))[0].parents).toEqual([main])

    // Committing onto the PR's ref (`refs%2Fpr%2F1`) moves it; a second PR gets number 2.
    const onPr = await commit([header('more'), textFile('pr2.txt', 'x')], { rev: 'refs/pr/1' })
    expect(onPr.status).toBe(200)
    expect(await files('refs/pr/1')).toEqual(['.gitattributes', 'pr.txt', 'pr2.txt'])
    const second = await commit([header('PR two')], { query: '?create_pr=1' })
    expect(((await second.json()) as Record<string, string>).pullRequestUrl).toMatch(
      /\/discussions\/2$/
    )
    expect(await head()).toBe(main)
  })

  it('404 RevisionNotFound for a missing branch', async () => {
    const res = await commit([header('x')], { rev: 'nope' })
    expect(res.status).toBe(404)
    expect(res.headers.get('x-error-code')).toBe('RevisionNotFound')
  })

  it('401 without a token, 403 with a read token or for another user', async () => {
    const before = await head()
    const anonymous = await postCommit(hub, id(), [header('x')])
    const read = await postCommit(hub, id(), [header('x')], { token: EMULATOR_TOKENS.read })
    const other = await postCommit(hub, id(), [header('x')], { token: EMULATOR_TOKENS.other })
    expect([anonymous.status, read.status, other.status]).toEqual([401, 403, 403])
    expect(await head()).toBe(before)
  })

  it('lost response: the commit lands once, the client sees a dropped connection', async () => {
    const before = await repo.git.countCommits('main')
    hub.addFault({ kind: 'lost-response', method: 'POST', path: `/api/${id()}/commit/`, times: 1 })
    await expect(commit([header('lost'), textFile('lost.txt', 'x')])).rejects.toThrow()
    expect(await repo.git.countCommits('main')).toBe(before + 1)
    expect((await repo.git.log('main', 1))[0].title).toBe('lost')
    expect(hub.faults.hits['lost-response']).toBe(1)
  })

  it('a commit to a Space main starts a build of it; one to another branch does not', async () => {
    const space = await hub.repos.create({
      type: 'space',
      namespace: 'user',
      name: 'built',
      sdk: 'gradio'
    })
    space.runtime?.force('RUNNING')
    const res = await postCommit(
      hub,
      'spaces/user/built',
      [header('app'), textFile('app.py', 'x = 1\n')],
      { token }
    )
    expect(res.status).toBe(200)
    expect(space.runtime?.stage).toBe('RUNNING_BUILDING')
    space.runtime?.settleNow()
    expect(space.runtime?.sha).toBe(((await res.json()) as { commitOid: string }).commitOid)

    await space.git.updateRef('refs/heads/dev', (await space.git.resolve('main')) as string)
    await postCommit(hub, 'spaces/user/built', [header('dev')], { token, rev: 'dev' })
    expect(space.runtime?.stage).toBe('RUNNING')
  })
})
