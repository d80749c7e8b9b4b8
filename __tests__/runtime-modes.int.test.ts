import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS, HubEmulator } from '../emulator/index.js'
import { runAction } from './helpers/run-action.js'
import { seedSpace } from './helpers/spaces.js'

let hub: HubEmulator
beforeAll(async () => {
  hub = await HubEmulator.start({ serveApps: true })
})
afterAll(async () => hub.close())

describe('restart', () => {
  it('sends exactly one restart with the bearer token and waits for RUNNING', async () => {
    await seedSpace(hub, 'user/restart-me')
    hub.clearRequests()
    const run = await runAction({
      repo_id: 'user/restart-me',
      mode: 'restart',
      token: EMULATOR_TOKENS.write,
      endpoint: hub.url
    })
    expect(run.exitCode).toBe(0)
    const restarts = hub.hubRequests().filter((r) => r.path.endsWith('/restart'))
    expect(restarts).toHaveLength(1)
    expect(restarts[0].headers.authorization).toBe(`Bearer ${EMULATOR_TOKENS.write}`)
    expect(restarts[0].query).toBe('')
    expect(run.outputs.stage).toBe('RUNNING')
    expect(run.outputs.changed).toBe('true')
  })
})
