/**
 * The default transport: node:http and node:https (HTTP/1.1), connections kept alive and reused.
 * An idle connection is closed a margin before the server would close it (its `Keep-Alive:
 * timeout`), after 4 s at most; a request that still meets one the server has just closed fails
 * marked as such, so that the client can tell when sending it again is safe.
 */
import http, { type ClientRequest, type IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import { Transform, pipeline, type Duplex, type Readable } from 'node:stream'
import {
  TransportTimeoutError,
  markReusedConnectionReset,
  type Transport,
  type TransportBody,
  type TransportRequest,
  type TransportResponse
} from './types.js'

type Protocol = Pick<typeof http, 'Agent' | 'request'>

/**
 * The module of each scheme. node:https (and with it TLS) is loaded on the first https request:
 * a start against an http endpoint (the emulator, a local mirror) does not pay for it.
 */
const PROTOCOLS: Record<string, (() => Protocol) | undefined> = {
  'http:': () => http,
  'https:': () => process.getBuiltinModule('node:https')
}

/** Longest idle time of a kept connection. */
const MAX_IDLE_MS = 4000
/**
 * How much sooner than the server an idle connection is closed. Node's own rule takes 1 s off
 * `Keep-Alive: timeout`, so it never reuses a connection of a server that says 1 s; 500 ms still
 * closes well before the server does.
 */
const SERVER_MARGIN_MS = 500
/** A host that takes longer to accept a connection (TLS included) is not there: undici's bound. */
const CONNECT_TIMEOUT_MS = 10_000
/** Connections per origin at once (a fleet of Spaces, parallel listings, uploads of several objects). */
const MAX_SOCKETS = 64
/** How a connection the server had closed shows when a request is written to it. */
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE'])

/** How long each connection may stay idle, learnt from the last answer it carried. */
const idleLimits = new WeakMap<Duplex, number>()

export class NodeHttpTransport implements Transport {
  private readonly agents = new Map<string, PreconnectingAgent>()

  constructor(private readonly connectTimeoutMs = CONNECT_TIMEOUT_MS) {}

  request(url: URL, options: TransportRequest): Promise<TransportResponse> {
    const protocol = PROTOCOLS[url.protocol]?.()
    if (!protocol)
      return Promise.reject(new Error(`Cannot send a request to a ${url.protocol} URL.`))
    const agent = this.agentFor(url.protocol, protocol)
    const { signal } = options
    if (signal?.aborted) return Promise.reject(abortError(signal))
    return new Promise((resolve, reject) => {
      const req = protocol.request(url, { method: options.method, headers: options.headers, agent })
      // Counted from the moment the request has a connection, not while it waits for one.
      const headersTimer = new SilenceTimer(options.headersTimeoutMs, () =>
        req.destroy(
          new TransportTimeoutError(
            'HEADERS_TIMEOUT',
            `No answer within ${seconds(options.headersTimeoutMs)}.`
          )
        )
      )
      req.once('socket', () => headersTimer.start())
      timeConnection(req, url, this.connectTimeoutMs)
      const onAbort = () => req.destroy(abortError(signal as AbortSignal))
      signal?.addEventListener('abort', onAbort)
      let answered = false
      // Kept for the request's whole life: an error after the answer reaches its body (as
      // 'aborted'), and an error event with no listener would end the process.
      req.on('error', (error: NodeJS.ErrnoException) => {
        headersTimer.stop()
        signal?.removeEventListener('abort', onAbort)
        if (answered) return
        const reset = req.reusedSocket && RESET_CODES.has(error.code ?? '')
        reject(reset ? markReusedConnectionReset(error) : error)
      })
      req.on('response', (res: IncomingMessage) => {
        answered = true
        headersTimer.stop()
        signal?.removeEventListener('abort', onAbort)
        idleLimits.set(res.socket, idleLimitMs(firstValue(res.headers['keep-alive'])))
        resolve({
          statusCode: res.statusCode ?? 0,
          headers: res.headers,
          body: watchBody(res, options.bodyTimeoutMs, signal)
        })
      })
      writeBody(req, options.body, () => headersTimer.restart()).catch((error: Error) =>
        req.destroy(error)
      )
    })
  }

  /**
   * Opens `count` connections to `origin` now, for the first requests to take: the handshake
   * (TCP, and TLS for https) then passes while the action still works locally. No request is sent
   * on them, so nothing reaches the Hub — not even a credential — before a request does.
   */
  preconnect(origin: URL, count: number): void {
    const protocol = PROTOCOLS[origin.protocol]?.()
    if (!protocol) return
    const agent = this.agentFor(origin.protocol, protocol)
    const port = Number(origin.port) || (origin.protocol === 'https:' ? 443 : 80)
    const secure = origin.protocol === 'https:'
    for (let i = 0; i < count; i++) agent.preconnect(origin.hostname, port, secure)
  }

  private agentFor(scheme: string, protocol: Protocol): PreconnectingAgent {
    let agent = this.agents.get(scheme)
    if (!agent) {
      agent = preconnecting(
        closingBeforeTheServer(new protocol.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS }))
      )
      this.agents.set(scheme, agent)
    }
    return agent
  }

  async close(): Promise<void> {
    for (const agent of this.agents.values()) agent.destroy()
  }
}

/**
 * How long a connection may stay idle after an answer with this `Keep-Alive` header: a margin
 * under the server's timeout, at most 4 s; 0 or less: not kept.
 */
export function idleLimitMs(keepAlive: string | undefined): number {
  const seconds = /(?:^|[,\s])timeout=(\d+)/i.exec(keepAlive ?? '')?.[1]
  if (seconds === undefined) return MAX_IDLE_MS
  return Math.min(MAX_IDLE_MS, Number(seconds) * 1000 - SERVER_MARGIN_MS)
}

/**
 * Node's agent keeps an idle socket for `Keep-Alive: timeout` minus 1 s, or for the agent's
 * `timeout` — which would also time every request out. These two hooks (the agent's documented
 * extension points) keep a socket for `idleLimitMs` instead; the agent destroys a free socket
 * whose timeout fires.
 */
function closingBeforeTheServer<A extends http.Agent>(agent: A): A {
  const reuseSocket = agent.reuseSocket.bind(agent)
  agent.keepSocketAlive = (socket: Duplex): boolean => {
    const idleMs = idleLimits.get(socket) ?? MAX_IDLE_MS
    if (idleMs <= 0) return false
    const tcp = socket as Socket
    tcp.setKeepAlive(true, 1000)
    // An idle connection does not keep the process alive.
    tcp.unref()
    tcp.setTimeout(idleMs)
    return true
  }
  agent.reuseSocket = (socket: Duplex, req: ClientRequest) => {
    ;(socket as Socket).setTimeout(0)
    reuseSocket(socket, req)
  }
  return agent
}

type PreconnectingAgent = http.Agent & {
  preconnect(host: string, port: number, secure: boolean): void
}

type CreateConnection = (
  options: object,
  done: (error: Error | null, socket?: Duplex) => void
) => Duplex | undefined

/**
 * An agent that can open connections ahead of need: the next time it would open one to that host
 * and port, it takes an opened one instead (`createConnection`, the agent's documented hook for
 * making connections). One that failed or closed meanwhile is dropped, and a new one is made.
 */
function preconnecting(agent: http.Agent): PreconnectingAgent {
  const waiting = new Map<string, Duplex[]>()
  const withHooks = agent as unknown as { createConnection: CreateConnection }
  const create = withHooks.createConnection.bind(agent)
  const key = (host: string, port: number) => `${host}:${port}`
  withHooks.createConnection = (options, done) => {
    const { host, port } = options as { host: string; port: number }
    const sockets = waiting.get(key(host, Number(port))) ?? []
    for (let socket = sockets.shift(); socket; socket = sockets.shift()) {
      if (socket.destroyed) continue
      // From now on the request's: it keeps the process alive until answered.
      ;(socket as Socket).ref()
      return socket
    }
    return create(options, done)
  }
  return Object.assign(agent, {
    preconnect(host: string, port: number, secure: boolean): void {
      // TLS names a host, never an address (RFC 6066).
      const servername = /^[\d.]+$|:/.test(host) ? undefined : host
      const socket = create({ host, port, servername }, () => undefined)
      if (!socket) return
      // Not yet anyone's: an error is dropped (the request then opens its own connection), and
      // an unused connection does not keep the process alive.
      socket.on('error', () => socket.destroy())
      ;(socket as Socket).unref()
      const connected = secure ? 'secureConnect' : 'connect'
      socket.once(connected, () => established.add(socket))
      const sockets = waiting.get(key(host, port)) ?? []
      sockets.push(socket)
      waiting.set(key(host, port), sockets)
    }
  })
}

/** Opened ahead of need and connected already: it will not signal its connection again. */
const established = new WeakSet<Duplex>()

/** Fails the request when a new connection (TCP, then TLS for https) takes longer than `ms`. */
function timeConnection(req: ClientRequest, url: URL, ms: number): void {
  req.once('socket', (socket: Socket) => {
    if (req.reusedSocket || established.has(socket)) return
    const timer = setTimeout(() => {
      const error = `No connection to ${url.host} within ${seconds(ms)}.`
      req.destroy(new TransportTimeoutError('CONNECT_TIMEOUT', error))
    }, ms).unref()
    const connected = url.protocol === 'https:' ? 'secureConnect' : 'connect'
    socket.once(connected, () => clearTimeout(timer))
    socket.once('close', () => clearTimeout(timer))
  })
}

/** Sends the body, a chunk at a time as the socket takes them; each taken chunk is progress. */
async function writeBody(
  req: ClientRequest,
  body: TransportBody | undefined,
  onProgress: () => void
): Promise<void> {
  // Node frames a body by itself only for the methods it expects one with (not DELETE): the
  // length, or chunks, always said.
  const framed = req.hasHeader('content-length') || req.hasHeader('transfer-encoding')
  if (body === undefined) {
    req.end()
  } else if (typeof body === 'string' || body instanceof Uint8Array) {
    if (!framed) req.setHeader('content-length', Buffer.byteLength(body))
    req.end(body)
  } else {
    if (!framed) req.setHeader('transfer-encoding', 'chunked')
    // Leaving the loop early (the request failed) closes the source.
    for await (const chunk of body as AsyncIterable<Uint8Array>) {
      if (req.destroyed) return
      if (!req.write(chunk)) await drained(req)
      onProgress()
    }
    if (!req.destroyed) req.end()
  }
}

function drained(req: ClientRequest): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      req.off('drain', done)
      req.off('close', done)
      resolve()
    }
    req.on('drain', done)
    req.on('close', done)
  })
}

/**
 * The answer's body, timed: it fails when the server sends nothing for `timeoutMs` (not while
 * the reader is the one who waits), or when `signal` aborts.
 */
function watchBody(res: IncomingMessage, timeoutMs: number, signal?: AbortSignal): Readable {
  const timer: SilenceTimer = new SilenceTimer(timeoutMs, () => {
    if (body.readableLength > 0 || body.writableLength > 0) timer.restart()
    else {
      body.destroy(
        new TransportTimeoutError(
          'BODY_TIMEOUT',
          `No data from the server for ${seconds(timeoutMs)}.`
        )
      )
    }
  }).start()
  const body = new Transform({
    transform(chunk, _encoding, done) {
      timer.restart()
      done(null, chunk)
    }
  })
  const onAbort = () => body.destroy(abortError(signal as AbortSignal))
  signal?.addEventListener('abort', onAbort)
  pipeline(res, body, () => {
    timer.stop()
    signal?.removeEventListener('abort', onAbort)
  })
  return body
}

/** A timeout that starts over at each sign of life; it never holds the process open. */
class SilenceTimer {
  private timeout?: NodeJS.Timeout
  private stopped = false

  constructor(
    private readonly ms: number,
    private readonly onSilence: () => void
  ) {}

  start(): this {
    if (!this.stopped && !this.timeout) this.timeout = setTimeout(this.onSilence, this.ms).unref()
    return this
  }

  restart(): void {
    if (!this.stopped) this.timeout?.refresh()
  }

  stop(): void {
    this.stopped = true
    clearTimeout(this.timeout)
  }
}

function abortError(signal: AbortSignal): Error {
  return Object.assign(new Error('The request was aborted.', { cause: signal.reason }), {
    name: 'AbortError',
    code: 'ABORT_ERR'
  })
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
