/**
 * Branches and tags through the emulator's HTTP API (`POST`/`DELETE …/branch/{name}`,
 * `…/tag/{rev}`), answered as the Hub answers huggingface_hub's own tests of them, and checked
 * against the refs the repo's git holds.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS, HubEmulator, type EmulatedRepo } from '../emulator/index.js'
import { commitFiles } from './emulator-helpers.js'

const auth = {
  Authorization: `Bearer ${EMULATOR_TOKENS.write}`,
  'Content-Type': 'application/json'
}

describe('branches and tags', () => {
  let hub: HubEmulator
  let repo: EmulatedRepo
  let initial: string
  let latest: string

  beforeAll(async () => {
    hub = await HubEmulator.start()
    repo = await hub.repos.create({ type: 'space', namespace: 'user', name: 'refs', sdk: 'static' })
    initial = (await repo.git.resolve('main')) as string
    ;({ commitOid: latest } = await commitFiles(hub, repo, { regular: { 'index.html': '<p>' } }))
  })
  afterAll(() => hub.close())

  const call = (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = auth
  ) =>
    fetch(`${hub.url}/api/spaces/user/refs/${path}`, {
      method,
      headers,
      ...(body !== undefined && { body: JSON.stringify(body) })
    })
  const refs = () => repo.git.refs()
  const errorOf = async (res: Response) => [
    res.status,
    res.headers.get('x-error-code'),
    ((await res.json()) as { error: string }).error
  ]

  it('creates a branch from main, from a commit id or from another branch', async () => {
    expect((await call('POST', 'branch/from-head', {})).status).toBe(200)
    expect((await call('POST', 'branch/from-initial', { startingPoint: initial })).status).toBe(200)
    const nested = await call('POST', `branch/${encodeURIComponent('team/from-branch')}`, {
      startingPoint: 'from-initial'
    })
    expect(nested.status).toBe(200)
    const all = await refs()
    expect([
      all.get('refs/heads/from-head'),
      all.get('refs/heads/from-initial'),
      all.get('refs/heads/team/from-branch')
    ]).toEqual([latest, initial, initial])
  })

  it('answers 409 for an existing branch (main too) unless asked to overwrite', async () => {
    expect(await errorOf(await call('POST', 'branch/from-head', {}))).toEqual([
      409,
      null,
      'Reference refs/heads/from-head already exists'
    ])
    expect(await errorOf(await call('POST', 'branch/main', {}))).toEqual([
      409,
      null,
      'Reference refs/heads/main already exists'
    ])
    const moved = await call('POST', 'branch/from-head', {
      startingPoint: initial,
      overwrite: true
    })
    expect(moved.status).toBe(200)
    expect((await refs()).get('refs/heads/from-head')).toBe(initial)
  })

  it('refuses reserved and malformed branch names and missing starting points', async () => {
    for (const name of ['refs/pr/5', 'refs/something/random', 'bad..name', 'bad name']) {
      const [status, , message] = await errorOf(
        await call('POST', `branch/${encodeURIComponent(name)}`, {})
      )
      expect([name, status, message]).toEqual([
        name,
        400,
        `Invalid reference for a branch: ${name}`
      ])
    }
    expect(await errorOf(await call('POST', 'branch/x', { startingPoint: 'nope' }))).toEqual([
      404,
      'RevisionNotFound',
      'Invalid rev id: nope'
    ])
  })

  it('makes an empty branch: one commit without files', async () => {
    expect((await call('POST', 'branch/empty', { emptyBranch: true })).status).toBe(200)
    const sha = (await refs()).get('refs/heads/empty') as string
    expect(await repo.git.listTree(sha)).toEqual([])
  })

  it('deletes a branch, never main, and answers 404 for a missing one or a tag', async () => {
    expect((await call('DELETE', 'branch/from-initial')).status).toBe(200)
    expect((await refs()).has('refs/heads/from-initial')).toBe(false)
    expect(await errorOf(await call('DELETE', 'branch/main'))).toEqual([
      403,
      null,
      'Cannot delete refs/heads/main'
    ])
    expect((await refs()).get('refs/heads/main')).toBe(latest)
    expect(await errorOf(await call('DELETE', 'branch/cool-branch'))).toEqual([
      404,
      'RevisionNotFound',
      'Invalid rev id: cool-branch'
    ])
  })

  it('tags main, a short commit id or a pull request, lightweight or annotated', async () => {
    expect((await call('POST', 'tag/main', { tag: 'v1' })).status).toBe(200)
    const short = await call('POST', `tag/${initial.slice(0, 7)}`, {
      tag: 'v0',
      message: 'The first one'
    })
    expect(short.status).toBe(200)
    const { commitOid: pr } = await commitFiles(
      hub,
      repo,
      { regular: { 'about.html': '<p>' } },
      { query: '?create_pr=1' }
    )
    expect(
      (await call('POST', `tag/${encodeURIComponent('refs/pr/1')}`, { tag: 'pr' })).status
    ).toBe(200)
    const all = await refs()
    expect([all.get('refs/tags/v1'), all.get('refs/tags/v0'), all.get('refs/tags/pr')]).toEqual([
      latest,
      initial,
      pr
    ])
    const message = await repo.git.git(['tag', '-l', '--format=%(contents)', 'v0'])
    expect(message.toString().trim()).toBe('The first one')
    // The refs listing names the commit an annotated tag points at.
    const listed = (await (await call('GET', 'refs', undefined, {})).json()) as {
      tags: { name: string; targetCommit: string }[]
    }
    expect(listed.tags).toContainEqual({ name: 'v0', ref: 'refs/tags/v0', targetCommit: initial })
  })

  it('answers 409 for a tag twice, 400 for a bad name, 404 for a missing revision or tag', async () => {
    expect((await call('POST', 'tag/main', { tag: 'v1' })).status).toBe(409)
    expect((await call('POST', 'tag/main', { tag: 'invalid tag' })).status).toBe(400)
    expect(await errorOf(await call('POST', 'tag/foobar', { tag: 'v9' }))).toEqual([
      404,
      'RevisionNotFound',
      'Invalid rev id: foobar'
    ])
    expect((await call('DELETE', 'tag/v1')).status).toBe(200)
    expect((await refs()).has('refs/tags/v1')).toBe(false)
    expect(await errorOf(await call('DELETE', 'tag/v1'))).toEqual([
      404,
      'RevisionNotFound',
      'Invalid rev id: v1'
    ])
    // A branch is no tag.
    expect((await call('DELETE', 'tag/main')).status).toBe(404)
  })

  it('needs write access: 401 without a token, 403 with a read token, and changes nothing', async () => {
    const before = await refs()
    const anonymous = await call('POST', 'branch/nope', {}, { 'Content-Type': 'application/json' })
    expect(anonymous.status).toBe(401)
    const read = await call('DELETE', 'tag/v0', undefined, {
      Authorization: `Bearer ${EMULATOR_TOKENS.read}`
    })
    expect(read.status).toBe(403)
    expect(await refs()).toEqual(before)
  })
})
