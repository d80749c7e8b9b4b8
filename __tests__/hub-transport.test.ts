/**
 * The default transport (node:http) under the Hub client, against small local servers that
 * number their connections: connections reused, and closed before the server's `Keep-Alive`
 * timeout; a call that meets a connection the server had closed sent again only when it may be
 * repeated; timeouts that measure the server's silence; aborts; every kind of request body.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { HubClient, type HubRequest, type RetryNotice } from '../src/hub/client.js'
import { HubNetworkError } from '../src/hub/error.js'
import { NodeHttpTransport, idleLimitMs } from '../src/hub/transport/node-http.js'
import { readText } from '../src/hub/transport/index.js'
import { failure } from './helpers/failure.js'

interface Seen {
  method: string
  url: string
  /** Which of the server's connections carried it (1, 2, …). */
  connection: number
  /** How many requests that connection had carried, this one included. */
  onConnection: number
  headers: IncomingHttpHeaders
  body: Buffer
}

interface TestServer {
  url: string
  seen: Seen[]
  /** Connections the server accepted so far. */
  opened(): number
  /** Closes every connection (the server stays up). */
  closeConnections(): void
  close(): Promise<void>
}

type Handler = (req: IncomingMessage, res: ServerResponse, seen: Seen) => void

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

/** A loopback server that reads each request whole, records it, then lets `handler` answer. */
async function startServer(handler: Handler): Promise<TestServer> {
  const seen: Seen[] = []
  const connections = new WeakMap<Socket, { id: number; requests: number }>()
  let opened = 0
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const connection = connections.get(req.socket) as { id: number; requests: number }
    connection.requests++
    const record: Seen = {
      method: req.method ?? '',
      url: req.url ?? '',
      connection: connection.id,
      onConnection: connection.requests,
      headers: req.headers,
      body: Buffer.concat(chunks)
    }
    seen.push(record)
    handler(req, res, record)
  })
  // The server keeps connections long: when one is not reused, the client closed it.
  server.keepAliveTimeout = 10_000
  server.on('connection', (socket: Socket) =>
    connections.set(socket, { id: ++opened, requests: 0 })
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const close = async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  cleanups.push(close)
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    opened: () => opened,
    closeConnections: () => server.closeAllConnections(),
    close
  }
}

/** A client of `server` whose retries are recorded, and their sleeps not waited. */
function clientOf(server: TestServer) {
  const sleeps: number[] = []
  const notices: RetryNotice[] = []
  const transport = new NodeHttpTransport()
  cleanups.push(() => transport.close())
  const client = new HubClient({
    endpoint: server.url,
    transport,
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    onRetry: (notice) => notices.push(notice)
  })
  return { client, sleeps, notices, transport }
}

const ok: Handler = (_req, res) => res.end('ok')

describe('connections opened ahead (preconnect)', () => {
  async function until(condition: () => boolean) {
    while (!condition()) await sleep(5)
  }

  it('carry the first calls, sent side by side; nothing is sent on them before', async () => {
    const server = await startServer(ok)
    const { client } = clientOf(server)
    client.preconnect(2)
    await until(() => server.opened() === 2)
    await sleep(20)
    expect(server.seen).toEqual([])
    await Promise.all([
      client.send({ method: 'GET', path: '/a' }),
      client.send({ method: 'GET', path: '/b' })
    ])
    await client.send({ method: 'GET', path: '/c' })
    const [a, b, c] = server.seen.map((s) => s.connection)
    expect([[a, b].sort(), [1, 2].includes(c)]).toEqual([[1, 2], true])
    expect(server.opened()).toBe(2)
  })

  it('one the server closed meanwhile is not used: the call opens its own', async () => {
    const server = await startServer(ok)
    const { client } = clientOf(server)
    client.preconnect(1)
    await until(() => server.opened() === 1)
    server.closeConnections()
    await sleep(20)
    expect((await client.send({ method: 'GET', path: '/after' })).status).toBe(200)
    expect(server.seen.map((s) => [s.url, s.connection])).toEqual([['/after', 2]])
  })
})

describe('kept-alive connections', () => {
  it('carry calls in a row on one connection', async () => {
    const server = await startServer(ok)
    const { client } = clientOf(server)
    for (let i = 0; i < 3; i++) await client.send({ method: 'GET', path: `/${i}` })
    expect(server.seen.map((s) => s.connection)).toEqual([1, 1, 1])
  })

  it('are closed 500 ms before the server’s Keep-Alive timeout (Node’s own rule would not keep them)', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { Connection: 'keep-alive', 'Keep-Alive': 'timeout=1' }).end('ok')
    })
    const { client } = clientOf(server)
    await client.send({ method: 'GET', path: '/first' })
    await sleep(200)
    await client.send({ method: 'GET', path: '/soon-after' })
    await sleep(800)
    await client.send({ method: 'GET', path: '/later' })
    expect(server.seen.map((s) => [s.url, s.connection])).toEqual([
      ['/first', 1],
      ['/soon-after', 1],
      ['/later', 2]
    ])
  })

  it.each([
    ['timeout=5', 4000],
    ['timeout=3, max=100', 2500],
    ['timeout=1', 500],
    ['timeout=0', -500],
    [undefined, 4000]
  ])('stay idle, after Keep-Alive: %s, for %i ms at most', (header, ms) => {
    expect(idleLimitMs(header)).toBe(ms)
  })
})

describe('a kept-alive connection the server closed as the call went out', () => {
  /** Each connection carries one answer; a second request on it finds it closed, unanswered. */
  const oneAnswerPerConnection: Handler = (req, res, seen) => {
    if (seen.onConnection > 1) req.socket.destroy()
    else res.end('ok')
  }

  it.each<[string, Partial<HubRequest>]>([
    ['a GET', { method: 'GET' }],
    ['a POST marked idempotent', { method: 'POST', json: { a: 1 }, idempotent: true }]
  ])('%s is sent again at once, on a new connection, not counted as a retry', async (_, call) => {
    const server = await startServer(oneAnswerPerConnection)
    const { client, sleeps, notices } = clientOf(server)
    await client.send({ method: 'GET', path: '/warm-up' })
    const res = await client.send({ method: 'GET', path: '/call', ...call })
    expect(res.text).toBe('ok')
    expect(server.seen.map((s) => [s.method, s.url, s.connection])).toEqual([
      ['GET', '/warm-up', 1],
      [call.method, '/call', 1],
      [call.method, '/call', 2]
    ])
    expect(sleeps).toEqual([])
    expect(notices).toEqual([])
  })

  it('a POST that may not be repeated is not sent again: the server may have acted on it', async () => {
    const server = await startServer(oneAnswerPerConnection)
    const { client, sleeps } = clientOf(server)
    await client.send({ method: 'GET', path: '/warm-up' })
    const error = await failure(client.send({ method: 'POST', path: '/commit', json: { a: 1 } }))
    expect(error).toBeInstanceOf(HubNetworkError)
    expect(error.message).toContain('ECONNRESET')
    expect((error as HubNetworkError).attempts).toBe(1)
    expect(server.seen.map((s) => [s.method, s.url])).toEqual([
      ['GET', '/warm-up'],
      ['POST', '/commit']
    ])
    expect(sleeps).toEqual([])
  })
})

describe('timeouts count the server’s silence', () => {
  const request = (bodyTimeoutMs: number, headersTimeoutMs = 5000) => ({
    method: 'GET',
    headers: {},
    headersTimeoutMs,
    bodyTimeoutMs
  })

  it('a host that takes the connection but never completes TLS fails with CONNECT_TIMEOUT', async () => {
    const sockets: Socket[] = []
    const silent = createTcpServer((socket) => sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    cleanups.push(async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => silent.close(() => resolve()))
    })
    const transport = new NodeHttpTransport(200)
    cleanups.push(() => transport.close())
    const url = new URL(`https://127.0.0.1:${(silent.address() as AddressInfo).port}/`)
    const started = Date.now()
    const error = (await failure(transport.request(url, request(5000)))) as Error & {
      code?: string
    }
    expect(error.code).toBe('CONNECT_TIMEOUT')
    expect(Date.now() - started).toBeLessThan(3000)
    expect(sockets).toHaveLength(1)
  })

  it('the wait for answers counts from a connection, not while a call waits for one', async () => {
    // 128 calls on 64 connections: the second half waits for the first half's answers.
    const server = await startServer((_req, res) => {
      setTimeout(() => res.end('ok'), 400)
    })
    const { client, notices } = clientOf(server)
    const calls = Array.from({ length: 128 }, (_, i) =>
      client.send({ method: 'GET', path: `/${i}`, headersTimeoutMs: 700 })
    )
    expect((await Promise.all(calls)).every((res) => res.text === 'ok')).toBe(true)
    expect(notices).toEqual([])
    expect(new Set(server.seen.map((s) => s.connection)).size).toBe(64)
  })

  it('a body that stops coming fails with BODY_TIMEOUT', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200)
      res.write('the start, and then nothing')
    })
    const transport = clientOf(server).transport
    const res = await transport.request(new URL(server.url), request(200))
    const error = (await failure(readText(res.body))) as Error & { code?: string }
    expect(error.code).toBe('BODY_TIMEOUT')
  })

  it('a body the reader takes its time over does not time out', async () => {
    const big = Buffer.alloc(4 * 1024 * 1024, 7)
    const server = await startServer((_req, res) => res.end(big))
    const transport = clientOf(server).transport
    const res = await transport.request(new URL(server.url), request(150))
    await sleep(500)
    expect((await readText(res.body)).length).toBe(big.length)
  })

  it('a request body sent slowly but steadily is not an answer that is late', async () => {
    const server = await startServer(ok)
    const { client } = clientOf(server)
    async function* slowly() {
      for (let i = 0; i < 6; i++) {
        await sleep(100)
        yield Buffer.from(`part ${i}\n`)
      }
    }
    const res = await client.send({
      method: 'PUT',
      path: '/slow-upload',
      body: () => slowly(),
      headersTimeoutMs: 300
    })
    expect(res.text).toBe('ok')
    expect(server.seen[0].body.toString()).toContain('part 5')
  })
})

describe('aborts', () => {
  it('end a streamed answer and its connection', async () => {
    let closed!: Promise<void>
    const server = await startServer((req, res) => {
      closed = new Promise((resolve) => req.socket.once('close', () => resolve()))
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      const timer = setInterval(() => res.write('data: {"data": "line\\n"}\n\n'), 20)
      res.on('close', () => clearInterval(timer))
    })
    const { client } = clientOf(server)
    const controller = new AbortController()
    let chunks = 0
    const error = await failure(
      client.stream({ method: 'GET', path: '/logs', signal: controller.signal }, async (res) => {
        for await (const _chunk of res.body) if (++chunks === 2) controller.abort()
      })
    )
    expect(error.name).toBe('AbortError')
    expect(chunks).toBe(2)
    await closed
  })

  it('before the call leave the server untouched', async () => {
    const server = await startServer(ok)
    const { client } = clientOf(server)
    const error = await failure(
      client.send({ method: 'GET', path: '/never', signal: AbortSignal.abort() })
    )
    expect(error.name).toBe('AbortError')
    expect(server.seen).toEqual([])
  })
})

describe('request bodies', () => {
  const echo: Handler = (_req, res) => res.end('ok')
  const digest = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')

  it('go out whole and framed whatever their kind and method: text, bytes, a file stream, an async iterable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'transport-bodies-'))
    cleanups.push(() => rm(dir, { recursive: true, force: true }))
    const file = join(dir, 'blob.bin')
    const blob = Buffer.alloc(3 * 1024 * 1024 + 17, 'ab')
    await writeFile(file, blob)
    const server = await startServer(echo)
    const { client } = clientOf(server)
    async function* parts() {
      yield Buffer.from('one,')
      yield new Uint8Array([116, 119, 111])
    }
    await client.send({ method: 'PUT', path: '/text', body: 'héllo' })
    await client.send({ method: 'PUT', path: '/bytes', body: blob })
    await client.send({
      method: 'PUT',
      path: '/file',
      headers: { 'content-length': String(blob.length) },
      body: () => createReadStream(file)
    })
    await client.send({ method: 'POST', path: '/parts', body: () => parts(), idempotent: true })
    // Node frames no body of a DELETE by itself.
    await client.send({ method: 'DELETE', path: '/delete-json', json: { name: 'x' } })
    await client.send({ method: 'DELETE', path: '/delete-parts', body: () => parts() })
    expect(
      server.seen.map((s) => [
        s.url,
        s.headers['content-length'] ?? s.headers['transfer-encoding'],
        digest(s.body)
      ])
    ).toEqual([
      ['/text', String(Buffer.byteLength('héllo')), digest('héllo')],
      ['/bytes', String(blob.length), digest(blob)],
      ['/file', String(blob.length), digest(blob)],
      ['/parts', 'chunked', digest('one,two')],
      ['/delete-json', '12', digest('{"name":"x"}')],
      ['/delete-parts', 'chunked', digest('one,two')]
    ])
  })
})
