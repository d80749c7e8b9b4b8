/**
 * `HubClient` and redirects, against the emulator with a redirect fault and a second loopback
 * server as "another host": the token never reaches another origin, a 3xx is never taken for an
 * answer, and a streamed request (the commit POST, a storage PUT) is sent again where it can be —
 * or fails saying why.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { EMULATOR_TOKENS, type EmulatedRepo } from '../emulator/index.js'
import { HubClient } from '../src/hub/client.js'
import { createCommit } from '../src/hub/create-commit.js'
import { requestLfsUploads } from '../src/hub/lfs-batch.js'
import { uploadLfsObject } from '../src/hub/lfs-upload.js'
import { getSpaceRuntime } from '../src/hub/space-runtime.js'
import { bytes, sha256 } from './emulator-helpers.js'
import { commitCount, useFolders } from './helpers/deploy.js'
import { requestsTo, useEmulator } from './helpers/emulator.js'
import { failure } from './helpers/failure.js'
import { useOtherHost } from './helpers/other-host.js'
import { seedSpace } from './helpers/spaces.js'

const hub = useEmulator()
const other = useOtherHost({ forwardTo: () => hub().url })
const { make } = useFolders()
const SPACE = 'user/redirected'
let repo: EmulatedRepo

beforeAll(async () => {
  repo = await seedSpace(hub(), SPACE)
})
afterEach(() => {
  hub().faults.clear()
  hub().clearRequests()
  other().requests.length = 0
})

const client = () =>
  new HubClient({ endpoint: hub().url, token: EMULATOR_TOKENS.write, sleep: async () => {} })

const seen = () =>
  hub()
    .hubRequests()
    .map((r) => `${r.method} ${r.path} ${r.status}`)

async function head(): Promise<string> {
  return (await repo.git.resolve('main')) as string
}

function commitTo(c: HubClient, summary: string, parentCommit: string) {
  return createCommit(c, 'space', SPACE, 'main', {
    header: { summary, description: '', parentCommit },
    operations: [],
    createPr: false
  })
}

describe('the token and other hosts', () => {
  it('is not sent to a URL on another origin, even when the call asks for auth', async () => {
    await client().send({ method: 'GET', path: `${other().url}/api/spaces/${SPACE}/runtime` })
    expect(other().requests).toHaveLength(1)
    expect(other().authorized()).toEqual([])
  })

  it('is dropped when the Hub redirects a read to another host, which is followed', async () => {
    hub().addFault({
      kind: 'redirect',
      status: 302,
      path: '/runtime',
      location: other().url,
      times: 1
    })
    const runtime = await getSpaceRuntime(client(), SPACE)
    expect(runtime.stage).toBe('RUNNING')
    expect(other().requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET /api/spaces/${SPACE}/runtime`
    ])
    expect(other().authorized()).toEqual([])
  })

  it('is dropped when a commit POST is redirected (307) to another host', async () => {
    const before = await commitCount(repo)
    hub().addFault({
      kind: 'redirect',
      status: 307,
      method: 'POST',
      path: '/commit/',
      location: other().url,
      times: 1
    })
    // The other host passes it on without the token: the Hub refuses the anonymous commit.
    const error = await failure(commitTo(client(), 'Elsewhere', await head()))
    expect(error.message).toContain('Hub answered 401')
    expect(other().requests.map((r) => r.method)).toEqual(['POST'])
    expect(other().authorized()).toEqual([])
    expect(await commitCount(repo)).toBe(before)
  })
})

describe('a 3xx is never an answer', () => {
  it('follows a 307 of the commit POST by sending the commit again, once', async () => {
    const before = await commitCount(repo)
    hub().addFault({
      kind: 'redirect',
      status: 307,
      method: 'POST',
      path: '/commit/',
      location: hub().url,
      times: 1
    })
    const answer = await commitTo(client(), 'Redirected once', await head())
    expect(answer.commitOid).toBe(await head())
    expect(await commitCount(repo)).toBe(before + 1)
    expect(seen()).toEqual([
      `POST /api/spaces/${SPACE}/commit/main 307`,
      `POST /api/spaces/${SPACE}/commit/main 200`
    ])
  })

  it.each([301, 302, 303])(
    'fails clearly on a %i to the commit POST, which would turn it into a GET',
    async (status) => {
      const before = await commitCount(repo)
      hub().addFault({
        kind: 'redirect',
        status,
        method: 'POST',
        path: '/commit/',
        location: hub().url,
        times: 1
      })
      const error = await failure(commitTo(client(), 'Not sent', await head()))
      expect(error.message).toMatch(
        new RegExp(
          `^The Hub answered ${status} to POST /api/spaces/${SPACE}/commit/main: .*would turn the POST into a GET`
        )
      )
      expect(seen()).toEqual([`POST /api/spaces/${SPACE}/commit/main ${status}`])
      expect(await commitCount(repo)).toBe(before)
    }
  )

  it('fails on a 3xx that is not a redirect, rather than reading its empty body', async () => {
    hub().addFault({
      kind: 'redirect',
      status: 304,
      path: '/runtime',
      location: hub().url,
      times: 1
    })
    const error = await failure(getSpaceRuntime(client(), SPACE))
    expect(error.message).toContain(`The Hub answered 304 to GET /api/spaces/${SPACE}/runtime`)
  })

  it('stops a redirect loop', async () => {
    hub().addFault({ kind: 'redirect', status: 307, path: '/runtime', location: hub().url })
    const error = await failure(getSpaceRuntime(client(), SPACE))
    expect(error.message).toContain('more than 5 redirects in a row')
    expect(requestsTo(hub(), '/runtime')).toHaveLength(6)
  })
})

describe('a storage PUT answered 3xx', () => {
  async function lfsUpload(content: Buffer) {
    const dataset = await hub().repos.create({
      type: 'dataset',
      namespace: 'user',
      name: `lfs-${sha256(content).slice(0, 8)}`
    })
    const file = join(await make(), 'blob.bin')
    await writeFile(file, content)
    const c = client()
    const [{ transfer, object }] = await requestLfsUploads(c, 'dataset', dataset.id, 'main', [
      { oid: sha256(content), size: content.length }
    ])
    const upload = object.actions?.upload
    if (!upload) throw new Error('the batch answer has no upload action')
    const put = () =>
      uploadLfsObject(
        c,
        { absolutePath: file, oid: object.oid, size: content.length },
        transfer,
        upload
      )
    return { put, stored: () => existsSync(join(dataset.lfsDir, object.oid)) }
  }

  it('sends the file again on a 307, and the object is stored', async () => {
    const { put, stored } = await lfsUpload(bytes(4096, 7))
    hub().addFault({
      kind: 'redirect',
      status: 307,
      method: 'PUT',
      path: '/_lfs/upload/',
      location: hub().url,
      times: 1
    })
    await put()
    expect(requestsTo(hub(), '', 'PUT').map((r) => r.status)).toEqual([307, 200])
    expect(stored()).toBe(true)
  })

  it('is not an uploaded object on a 302: the upload fails, saying so', async () => {
    const { put, stored } = await lfsUpload(bytes(4096, 8))
    hub().addFault({
      kind: 'redirect',
      status: 302,
      method: 'PUT',
      path: '/_lfs/upload/',
      location: hub().url,
      times: 1
    })
    const error = await failure(put())
    expect(error.message).toMatch(
      /^The Hub answered 302 to PUT \/_lfs\/upload\/.*would turn the PUT into a GET/
    )
    expect(stored()).toBe(false)
  })
})
