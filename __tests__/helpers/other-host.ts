/**
 * "Another host" for redirect tests: a loopback HTTP server on a port of its own (so another
 * origin than the emulator's) that records every request and whether it carried credentials, and
 * passes it on to the emulator so that the client's conversation can go on (a mirror, a CDN).
 */
import { afterAll, beforeAll } from '@jest/globals'
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface OtherHostRequest {
  method: string
  /** Path and query. */
  url: string
  headers: IncomingHttpHeaders
}

export interface OtherHost {
  /** `http://127.0.0.1:<port>` */
  url: string
  requests: OtherHostRequest[]
  /** The requests that carried an `Authorization` header. */
  authorized(): OtherHostRequest[]
  close(): Promise<void>
}

/** Starts the host; `forwardTo` (an origin) answers what it receives, else it answers 404. */
export async function startOtherHost(forwardTo?: () => string): Promise<OtherHost> {
  const requests: OtherHostRequest[] = []
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers })
    const target = forwardTo?.()
    if (!target) {
      req.resume()
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not here')
      return
    }
    const upstream = request(
      new URL(req.url ?? '/', target),
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    authorized: () => requests.filter((r) => r.headers.authorization !== undefined),
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

/** One other host for a test file, forwarding to `forwardTo` when given; call the result to get it. */
export function useOtherHost(forwardTo?: () => string): () => OtherHost {
  let host: OtherHost | undefined
  beforeAll(async () => {
    host = await startOtherHost(forwardTo)
  })
  afterAll(async () => host?.close())
  return () => {
    if (!host) throw new Error('the other host is not started yet (use it inside a test)')
    return host
  }
}
