/**
 * Following the tree listing's `Link: rel="next"` pages, against the emulator with a fault that
 * makes the link repeat or never end: the listing stops with a clear error, after a bounded
 * number of requests, instead of asking forever.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS } from '../emulator/index.js'
import { HubClient } from '../src/hub/client.js'
import { listRepoFiles } from '../src/hub/list-repo-tree.js'
import { requestsTo, useEmulator } from './helpers/emulator.js'
import { failure } from './helpers/failure.js'
import { seedSpace } from './helpers/spaces.js'

const hub = useEmulator()
const SPACE = 'user/paged'

beforeAll(async () => {
  await seedSpace(hub(), SPACE, { files: { 'app.py': 'print(1)\n', 'a/b.txt': 'b' } })
})
afterEach(() => {
  hub().faults.clear()
  hub().clearRequests()
})

const client = () =>
  new HubClient({ endpoint: hub().url, token: EMULATOR_TOKENS.write, sleep: async () => {} })

describe('the tree listing', () => {
  it('follows the pages to the end', async () => {
    const files = await listRepoFiles(client(), 'space', SPACE, 'main', '')
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['a/b.txt', 'app.py']))
    expect(requestsTo(hub(), '/tree/main')).toHaveLength(1)
  })

  it('stops when the next page is one it has read already', async () => {
    hub().addFault({ kind: 'next-link', nextLink: 'repeat', path: '/tree/' })
    const error = await failure(listRepoFiles(client(), 'space', SPACE, 'main', ''))
    expect(error.message).toMatch(
      /^The Hub's file listing of the space user\/paged links back to a page it already gave \(http:\/\/127\.0\.0\.1:\d+\/api\/spaces\/user\/paged\/tree\/main\?recursive=true\): stopped/
    )
    expect(requestsTo(hub(), '/tree/main')).toHaveLength(1)
  })

  it('stops when the pages never end', async () => {
    hub().addFault({ kind: 'next-link', nextLink: 'endless', path: '/tree/' })
    const error = await failure(
      listRepoFiles(client(), 'space', SPACE, 'main', '', { maxPages: 5 })
    )
    expect(error.message).toContain(
      "The Hub's file listing of the space user/paged goes on past 5 pages: stopped"
    )
    expect(requestsTo(hub(), '/tree/main')).toHaveLength(5)
  })
})
