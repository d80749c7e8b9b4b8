/**
 * A deploy whose streamed requests are answered with a redirect: a 307 of the commit POST or of a
 * storage PUT is followed by sending the body again (one commit, the object stored); a redirect
 * that would turn them into a GET fails the step with a message that says so, and nothing is
 * committed — never "done", never `Cannot read properties of undefined`.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { HubEmulator } from '../emulator/index.js'
import { bytes } from './emulator-helpers.js'
import { commitCount, deployInputs, repoFiles, requestsTo, useFolders } from './helpers/deploy.js'
import { runAction } from './helpers/run-action.js'
import { seedSpace } from './helpers/spaces.js'

const APP = 'print("hello")\n'

let hub: HubEmulator
const { folder } = useFolders()
beforeAll(async () => {
  hub = await HubEmulator.start()
})
afterEach(() => hub.faults.clear())
afterAll(async () => hub.close())

async function deploy(id: string, files: Record<string, string | Buffer>) {
  const repo = await seedSpace(hub, id)
  const before = await commitCount(repo)
  const dir = await folder(files)
  hub.clearRequests()
  const run = await runAction(deployInputs(hub, id, dir, { wait: 'false' }))
  return { repo, before, run }
}

describe('the commit POST answered with a redirect', () => {
  it('307: sent again at the new address, and committed once', async () => {
    hub.addFault({
      kind: 'redirect',
      status: 307,
      method: 'POST',
      path: '/commit/',
      location: hub.url,
      times: 1
    })
    const { repo, before, run } = await deploy('user/commit-307', { 'app.py': APP })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(requestsTo(hub, 'commit').map((r) => r.status)).toEqual([307, 200])
    expect(await commitCount(repo)).toBe(before + 1)
    expect(run.outputs.commit_sha).toBe(await repo.git.resolve('main'))
  })

  it('302: the step fails, saying the redirect would turn the commit into a GET', async () => {
    hub.addFault({
      kind: 'redirect',
      status: 302,
      method: 'POST',
      path: '/commit/',
      location: hub.url,
      times: 1
    })
    const { repo, before, run } = await deploy('user/commit-302', { 'app.py': APP })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain(
      'The Hub answered 302 to POST /api/spaces/user/commit-302/commit/main: a redirect to'
    )
    expect(run.errors.join('\n')).not.toContain('Cannot read properties')
    expect(requestsTo(hub, 'commit')).toHaveLength(1)
    expect(await commitCount(repo)).toBe(before)
  })
})

describe('a storage PUT answered with a redirect', () => {
  const model = bytes(64 * 1024, 3)

  it('307: the file is sent again, stored, and committed', async () => {
    hub.addFault({
      kind: 'redirect',
      status: 307,
      method: 'PUT',
      path: '/_lfs/upload/',
      location: hub.url,
      times: 1
    })
    const { repo, run } = await deploy('user/put-307', { 'app.py': APP, 'model.bin': model })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(
      requestsTo(hub, 'lfs')
        .filter((r) => r.method === 'PUT')
        .map((r) => r.status)
    ).toEqual([307, 200])
    expect((await repoFiles(repo)).has('model.bin')).toBe(true)
  })

  it('303: not an uploaded object; the step fails before the commit', async () => {
    hub.addFault({
      kind: 'redirect',
      status: 303,
      method: 'PUT',
      path: '/_lfs/upload/',
      location: hub.url,
      times: 1
    })
    const { repo, before, run } = await deploy('user/put-303', {
      'app.py': APP,
      'model.bin': model
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(
      /The Hub answered 303 to PUT \/_lfs\/upload\/\S+: a redirect to .* would turn the PUT into a GET/
    )
    expect(requestsTo(hub, 'commit')).toEqual([])
    expect(await commitCount(repo)).toBe(before)
  })
})
