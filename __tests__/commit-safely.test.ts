/**
 * `commitSafely` against the emulator, in process: after a lost answer it finds its commit even
 * when someone pushed on top meanwhile; after a 5xx that did not land it sends once more; after
 * two it gives up without a second commit.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { EMULATOR_TOKENS, HubEmulator, type EmulatedRepo } from '../emulator/index.js'
import { BranchMovedError, commitSafely } from '../src/deploy/commit-safely.js'
import { HubClient } from '../src/hub/client.js'
import type { CommitOperation } from '../src/hub/commit-ndjson.js'
import { tempDirs } from './emulator-helpers.js'
import { commitCount, repoFiles, writeFolder } from './helpers/deploy.js'
import { captureLog } from './helpers/log-capture.js'
import { commitFiles } from './helpers/spaces.js'

let hub: HubEmulator
let client: HubClient
let operations: CommitOperation[]
const dirs = tempDirs()

beforeAll(async () => {
  hub = await HubEmulator.start()
  client = new HubClient({ endpoint: hub.url, token: EMULATOR_TOKENS.write, sleep: async () => {} })
  const dir = await dirs.make()
  await writeFolder(dir, { 'app.py': 'print(1)\n' })
  operations = [{ key: 'file', path: 'app.py', absolutePath: join(dir, 'app.py') }]
})
afterEach(() => hub.faults.clear())
afterAll(async () => {
  await hub.close()
  await dirs.cleanup()
})

let count = 0
async function model(): Promise<{ repo: EmulatedRepo; id: string; head: string }> {
  const name = `m${++count}`
  const repo = await hub.repos.create({ type: 'model', namespace: 'user', name })
  return { repo, id: `user/${name}`, head: (await repo.git.resolve('main')) as string }
}

const target = (id: string, createPr = false) => ({
  type: 'model' as const,
  id,
  revision: 'main',
  createPr
})
const header = (parentCommit: string) => ({ summary: 'Deploy it', description: '', parentCommit })

/**
 * Commits while the commit's answer fails (`fault`), and someone else pushes to the branch while
 * the action is reading the refs to learn what happened.
 */
async function commitWhileSomeonePushes(
  repo: EmulatedRepo,
  id: string,
  head: string,
  fault: 'lost-response' | 'drop'
): ReturnType<typeof commitSafely> {
  hub.addFault({ kind: fault, method: 'POST', path: '/commit/', times: 1 })
  hub.addFault({ kind: 'slow', method: 'GET', path: '/refs', delayMs: 300, times: 1 })
  hub.clearRequests()
  const committing = captureLog(() => commitSafely(client, target(id), header(head), operations))
  while (!hub.hubRequests().some((r) => r.path.endsWith('/refs'))) {
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  await commitFiles(repo, { 'theirs.txt': 'x' }, 'Theirs')
  return (await committing).value
}

describe('commitSafely', () => {
  it('commits once and reports the Hub answer', async () => {
    const { repo, id, head } = await model()
    const outcome = await commitSafely(client, target(id), header(head), operations)
    expect(outcome.recovered).toBe(false)
    expect(outcome.sha).toBe(await repo.git.resolve('main'))
    expect(outcome.url).toBe(`${hub.url}/user/${id.split('/')[1]}/commit/${outcome.sha}`)
  })

  it('finds its commit under one pushed on top of it after the answer was lost', async () => {
    const { repo, id, head } = await model()
    const outcome = await commitWhileSomeonePushes(repo, id, head, 'lost-response')
    expect(outcome.recovered).toBe(true)
    const [theirs, ours] = await repo.git.log('main', 2)
    expect(theirs.title).toBe('Theirs')
    expect(ours.title).toBe('Deploy it')
    expect(outcome.sha).toBe(ours.id)
    expect(await commitCount(repo)).toBe(3)
  })

  it('sends once more after a 503 that did not land, saying so', async () => {
    const { repo, id, head } = await model()
    hub.addFault({ kind: 'status', status: 503, method: 'POST', path: '/commit/', times: 1 })
    const { value: outcome, lines } = await captureLog(() =>
      commitSafely(client, target(id), header(head), operations)
    )
    expect(lines).toEqual([
      expect.stringMatching(/^::warning::The commit got no clear answer \(Hub answered 503 /),
      'The commit did not land: sending it once more.'
    ])
    expect(outcome.recovered).toBe(false)
    expect(await commitCount(repo)).toBe(2)
    expect((await repoFiles(repo)).has('app.py')).toBe(true)
  })

  it('gives up after a second failure, with nothing committed', async () => {
    const { repo, id, head } = await model()
    hub.addFault({ kind: 'status', status: 502, method: 'POST', path: '/commit/', times: 2 })
    const committing = captureLog(() => commitSafely(client, target(id), header(head), operations))
    await expect(committing).rejects.toThrow(/502/)
    expect(await commitCount(repo)).toBe(1)
  })

  it('says the branch moved when someone else committed and ours did not land', async () => {
    const { repo, id, head } = await model()
    await expect(commitWhileSomeonePushes(repo, id, head, 'drop')).rejects.toThrow(BranchMovedError)
    expect(await commitCount(repo)).toBe(2)
  })

  it('answers a stale parent (412) with a clear message', async () => {
    const { repo, id, head } = await model()
    await commitFiles(repo, { 'theirs.txt': 'x' }, 'Theirs')
    await expect(commitSafely(client, target(id), header(head), operations)).rejects.toThrow(
      /The branch 'main' moved while the action was committing/
    )
  })
})
