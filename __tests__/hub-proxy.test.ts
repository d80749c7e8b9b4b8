/**
 * Behind a proxy: with a proxy variable set (any case), the Hub client goes through undici's
 * proxy agent — through the proxy, or straight to a host `NO_PROXY` names; without one it sends
 * over node:http and the proxy sees nothing.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS } from '../emulator/index.js'
import { HubClient } from '../src/hub/client.js'
import { getSpaceRuntime } from '../src/hub/space-runtime.js'
import { NodeHttpTransport } from '../src/hub/transport/node-http.js'
import { createTransport, type Transport } from '../src/hub/transport/index.js'
import { useEmulator } from './helpers/emulator.js'
import { useProxy } from './helpers/proxy.js'
import { seedSpace } from './helpers/spaces.js'

const hub = useEmulator()
const proxy = useProxy()
const SPACE = 'user/behind-a-proxy'

beforeAll(async () => {
  await seedSpace(hub(), SPACE)
})

const transports: Transport[] = []
beforeEach(() => {
  hub().clearRequests()
  proxy().tunnels.length = 0
})
afterEach(async () => {
  for (const transport of transports.splice(0)) await transport.close()
})

function clientWith(env: NodeJS.ProcessEnv): HubClient {
  const transport = createTransport(env)
  transports.push(transport)
  return new HubClient({ endpoint: hub().url, token: EMULATOR_TOKENS.write, transport })
}

const emulatorHost = () => new URL(hub().url).host

describe('the transport', () => {
  it('goes through HTTP_PROXY, token and all, to the Hub', async () => {
    const runtime = await getSpaceRuntime(clientWith({ HTTP_PROXY: proxy().url }), SPACE)
    expect(runtime.stage).toBe('RUNNING')
    expect(proxy().tunnels).toEqual([emulatorHost()])
    const [seen] = hub().hubRequests()
    expect(seen.headers.authorization).toBe(`Bearer ${EMULATOR_TOKENS.write}`)
  })

  it('goes straight to a host NO_PROXY names, as undici decides', async () => {
    const { hostname } = new URL(hub().url)
    const client = clientWith({ HTTP_PROXY: proxy().url, NO_PROXY: `example.org,${hostname}` })
    expect((await getSpaceRuntime(client, SPACE)).stage).toBe('RUNNING')
    expect(proxy().tunnels).toEqual([])
    expect(hub().hubRequests()).toHaveLength(1)
  })

  it('is node:http without a proxy variable, and the proxy sees nothing', async () => {
    const transport = createTransport({ NO_PROXY: '*' })
    transports.push(transport)
    expect(transport).toBeInstanceOf(NodeHttpTransport)
    const client = new HubClient({ endpoint: hub().url, token: EMULATOR_TOKENS.write, transport })
    expect((await getSpaceRuntime(client, SPACE)).stage).toBe('RUNNING')
    expect(proxy().tunnels).toEqual([])
  })

  it('of a client made without one follows the process’s variables (lower case too)', async () => {
    const saved = process.env.http_proxy
    process.env.http_proxy = proxy().url
    try {
      const client = new HubClient({ endpoint: hub().url, token: EMULATOR_TOKENS.write })
      transports.push(client.transport)
      expect(client.transport).not.toBeInstanceOf(NodeHttpTransport)
      await getSpaceRuntime(client, SPACE)
    } finally {
      if (saved === undefined) delete process.env.http_proxy
      else process.env.http_proxy = saved
    }
    expect(proxy().tunnels).toEqual([emulatorHost()])
  })

  it('keeps the client’s rules behind the proxy: a 503 is retried, a redirect followed', async () => {
    hub().addFault({ kind: 'status', status: 503, times: 1, path: '/runtime' })
    const sleeps: number[] = []
    const transport = createTransport({ HTTP_PROXY: proxy().url })
    transports.push(transport)
    const client = new HubClient({
      endpoint: hub().url,
      token: EMULATOR_TOKENS.write,
      transport,
      sleep: async (ms) => {
        sleeps.push(ms)
      }
    })
    expect((await getSpaceRuntime(client, SPACE)).stage).toBe('RUNNING')
    expect(sleeps).toHaveLength(1)
    const moved = await seedSpace(hub(), 'user/old-proxied')
    hub().repos.move(moved, 'user', 'new-proxied')
    expect((await getSpaceRuntime(client, 'user/old-proxied')).stage).toBe('RUNNING')
    expect(
      hub()
        .hubRequests()
        .map((r) => `${r.status} ${r.path}`)
    ).toEqual([
      `503 /api/spaces/${SPACE}/runtime`,
      `200 /api/spaces/${SPACE}/runtime`,
      '307 /api/spaces/user/old-proxied/runtime',
      '200 /api/spaces/user/new-proxied/runtime'
    ])
    expect(new Set(proxy().tunnels)).toEqual(new Set([emulatorHost()]))
  })
})
