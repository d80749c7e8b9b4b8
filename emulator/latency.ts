/**
 * Network latency on loopback, for benchmarks: every request waits one round trip before it is
 * handled, and the first request of a new connection one more (its TCP handshake), counted from
 * when the connection opened: a request sent on a connection opened earlier (kept alive, or
 * opened ahead of need) does not wait for it again. So connection reuse and requests sent
 * together pay off as they do against the real Hub.
 *
 * (Pausing the socket on connection would not delay anything: Node's HTTP server reads a
 * connection's bytes below the stream that `pause()` stops.)
 */
import type { Server } from 'node:http'
import type { Socket } from 'node:net'

export class Latency {
  /** Milliseconds per round trip (0: none). */
  ms = 0
  /** When each connection's handshake is over (connections opened while latency was set). */
  private readonly readyAt = new WeakMap<Socket, number>()

  attach(server: Server): void {
    server.on('connection', (socket: Socket) => {
      if (this.ms > 0) this.readyAt.set(socket, performance.now() + this.ms)
    })
  }

  /** The handshake still due on `socket`, then one round trip, before a request is handled. */
  async roundTrip(socket?: Socket): Promise<void> {
    if (this.ms <= 0) return
    const ready = socket ? this.readyAt.get(socket) : undefined
    const handshake = ready === undefined ? 0 : Math.max(0, ready - performance.now())
    await new Promise((resolve) => setTimeout(resolve, handshake + this.ms))
  }
}
