/**
 * Network latency on loopback, for benchmarks: every request waits one round trip before it is
 * handled, and every new connection one more (its TCP handshake), so connection reuse and
 * requests sent together pay off as they do against the real Hub.
 */
import type { Server } from 'node:http'

export class Latency {
  /** Milliseconds per round trip (0: none). */
  ms = 0

  /** Delays the first bytes of each new connection by one round trip. */
  attach(server: Server): void {
    server.on('connection', (socket) => {
      if (this.ms <= 0) return
      socket.pause()
      setTimeout(() => socket.resume(), this.ms)
    })
  }

  /** One round trip, before a request is handled. */
  async roundTrip(): Promise<void> {
    if (this.ms > 0) await new Promise((resolve) => setTimeout(resolve, this.ms))
  }
}
