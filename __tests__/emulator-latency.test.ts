/**
 * The emulator's latency model (benchmarks): every request waits one round trip, and the first
 * request of a new connection one more, its handshake — counted from when the connection opened,
 * so a connection opened ahead of need has paid it by the time it is used. Lower bounds only:
 * a loaded machine makes everything slower, never faster.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import { connect } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { HubEmulator } from '../emulator/index.js'

const RTT = 300
let hub: HubEmulator
beforeAll(async () => {
  hub = await HubEmulator.start()
  hub.latency.ms = RTT
})
afterAll(() => hub.close())

function timedGet(agent: http.Agent): Promise<number> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    http
      .get(`${hub.url}/api/whoami-v2`, { agent }, (res) => {
        res.resume()
        res.on('end', () => resolve(performance.now() - started))
      })
      .on('error', reject)
  })
}

describe('latency', () => {
  it('charges a new connection its handshake, a kept-alive one only the round trip', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    try {
      expect(await timedGet(agent)).toBeGreaterThanOrEqual(2 * RTT - 5)
      expect(await timedGet(agent)).toBeGreaterThanOrEqual(RTT - 5)
    } finally {
      agent.destroy()
    }
  })

  it('a connection opened ahead of its first request has its handshake behind it', async () => {
    const { port } = new URL(hub.url)
    const socket = connect(Number(port), '127.0.0.1')
    await new Promise((resolve) => socket.once('connect', resolve))
    await sleep(RTT + 20)
    const started = performance.now()
    socket.write('GET /api/whoami-v2 HTTP/1.1\r\nHost: emulator\r\nConnection: close\r\n\r\n')
    await new Promise((resolve) => socket.once('data', resolve))
    const waited = performance.now() - started
    socket.destroy()
    // One round trip: a handshake charged again would make it two.
    expect(waited).toBeGreaterThanOrEqual(RTT - 5)
    expect(waited).toBeLessThan(2 * RTT)
  })
})
