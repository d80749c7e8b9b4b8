/**
 * "Another host" for redirect tests: a loopback HTTP server on a port of its own (so another
 * origin than the emulator's) that records every request and whether it carried credentials, and
 * passes it on to the emulator so that the client's conversation can go on (a mirror, a CDN).
 */
import { afterAll, beforeAll } from '@jest/globals'
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { networkInterfaces } from 'node:os'

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

export interface OtherHostOptions {
  /** An origin that answers what the host receives; without it, the host answers 404. */
  forwardTo?: () => string
  /** The address to listen on (default loopback; a machine's own LAN address makes it "remote"). */
  listen?: string
}

export async function startOtherHost(options: OtherHostOptions = {}): Promise<OtherHost> {
  const { forwardTo, listen = '127.0.0.1' } = options
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
  await new Promise<void>((resolve) => server.listen(0, listen, resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${listen.includes(':') ? `[${listen}]` : listen}:${port}`,
    requests,
    authorized: () => requests.filter((r) => r.headers.authorization !== undefined),
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

/** One other host for a test file; call the result to get it. */
export function useOtherHost(options: OtherHostOptions = {}): () => OtherHost {
  let host: OtherHost | undefined
  beforeAll(async () => {
    host = await startOtherHost(options)
  })
  afterAll(async () => host?.close())
  return () => {
    if (!host) throw new Error('the other host is not started yet (use it inside a test)')
    return host
  }
}

/** This machine's first IPv4 address that is not loopback (to play a host elsewhere), if any. */
export function nonLoopbackAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((a) => a !== undefined && a.family === 'IPv4' && !a.internal)?.address
}
