/**
 * The local Hub emulator: a real HTTP server on loopback that speaks the Hub's protocol and keeps
 * state (repos as bare git, LFS objects, Space runtimes). Tests start one per suite on a random
 * port; `emulator/cli.ts` runs one standalone.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TokenRegistry, type EmulatedUser, type TokenGrant } from './auth.js'
import { FaultInjector, answerFault, faultHeaders, type FaultRule } from './faults.js'
import { DEFAULT_LFS_OPTIONS, type LfsOptions } from './lfs-store.js'
import { createContext, HubHttpError, sendError, sendJson, type RequestContext } from './http.js'
import { RepoRegistry, spaceSubdomain } from './repos.js'
import { Router } from './router.js'
import { TrustedPublishers } from './trusted-publishers.js'
import { registerRoutes } from './routes/index.js'
import { startAppServer, type AppServer } from './app-server.js'
import { Latency } from './latency.js'

export interface RecordedRequest {
  method: string
  path: string
  query: string
  /** Request headers, names lower-cased. */
  headers: Record<string, string>
  status: number
  /** Bytes of the request line, headers and body, as received. */
  bytesIn: number
  /** Bytes of the response body sent back (downloads: tree listings, git packs). */
  bytesOut: number
  /** Fault that hit the request, if any. */
  fault?: FaultRule['kind']
  /** A preupload's paths, in the order asked (tests: which files were asked about, and when). */
  askedPaths?: string[]
}

export interface EmulatorOptions {
  /** Port to listen on (0, the default: a free one). */
  port?: number
  /** Folder for the repos (default: a new temporary folder, removed on close). */
  dataDir?: string
  /**
   * Serve each Space's app on a loopback port of its own, so the app URL answers (wake's ping).
   * When false, Spaces get the Hub's `<owner>-<name>.hf.space` domains.
   */
  serveApps?: boolean
  /** Reads of a Space runtime before its stage moves one step (default 1). */
  pollsPerStage?: number
  /** Seed of the fault injector's random numbers. */
  seed?: number
  /** LFS transfer knobs (multipart threshold, part size); see `HubEmulator.lfsOptions`. */
  lfs?: Partial<LfsOptions>
  /** Milliseconds per round trip, for benchmarks (see latency.ts; `HubEmulator.latency.ms`). */
  latencyMs?: number
}

export const EMULATOR_USER = 'user'
export const EMULATOR_ORG = 'acme'
/** Tokens every emulator knows: write and read tokens of `user`, and a write token of `other`. */
export const EMULATOR_TOKENS = {
  write: 'hf_emulatorWriteTokenForUser0000000',
  read: 'hf_emulatorReadTokenForUser00000000',
  other: 'hf_emulatorWriteTokenForOther000000',
  oauth: 'hf_oauth_emulatorOauthTokenForUser00'
} as const

export class HubEmulator {
  readonly tokens = new TokenRegistry()
  /** Per repo, the OIDC issuers and claims `/oauth/token` exchanges ID tokens for. */
  readonly trustedPublishers = new TrustedPublishers()
  readonly faults: FaultInjector
  /** Added network latency (benchmarks); change `latency.ms` at any time. */
  readonly latency = new Latency()
  readonly repos: RepoRegistry
  readonly requests: RecordedRequest[] = []
  readonly users = new Map<string, EmulatedUser>()
  /** Per-Space app servers (when `serveApps`). */
  private readonly apps = new Map<string, AppServer>()
  private readonly router = new Router()
  private server!: Server
  url = ''
  pollsPerStage: number
  /** When the LFS batch answer picks `multipart`, and its part size; tests may change them. */
  lfsOptions: LfsOptions

  private constructor(
    readonly dataDir: string,
    private readonly ownsDataDir: boolean,
    private readonly options: EmulatorOptions
  ) {
    this.faults = new FaultInjector(options.seed ?? 1)
    this.pollsPerStage = options.pollsPerStage ?? 1
    this.lfsOptions = { ...DEFAULT_LFS_OPTIONS, ...options.lfs }
    this.repos = new RepoRegistry(
      dataDir,
      (id) => this.appDomain(id),
      () => this.pollsPerStage
    )
    this.seedUsers()
    registerRoutes(this.router, this)
  }

  static async start(options: EmulatorOptions = {}): Promise<HubEmulator> {
    const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'hub-emulator-')))
    const hub = new HubEmulator(dataDir, options.dataDir === undefined, options)
    hub.server = createServer((req, res) => void hub.handle(req, res))
    // Well past what clients keep an idle connection (undici, fetch and the action: 4 s at most):
    // at 5 s, a heavily loaded machine's timers let a client reuse a connection being closed.
    hub.server.keepAliveTimeout = 30_000
    hub.latency.ms = options.latencyMs ?? 0
    hub.latency.attach(hub.server)
    await new Promise<void>((resolve) => hub.server.listen(options.port ?? 0, '127.0.0.1', resolve))
    const { port } = hub.server.address() as AddressInfo
    hub.url = `http://127.0.0.1:${port}`
    return hub
  }

  async close(): Promise<void> {
    await Promise.all([...this.apps.values()].map((app) => app.close()))
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
    if (this.ownsDataDir) await rm(this.dataDir, { recursive: true, force: true })
  }

  /** Registers a user and returns it; tokens are added with `grant`. */
  addUser(name: string, orgs: string[] = [], isPro = true): EmulatedUser {
    const user = { name, fullname: name, orgs, isPro, id: randomBytes(12).toString('hex') }
    this.users.set(name, user)
    return user
  }

  grant(
    token: string,
    user: string,
    role: TokenGrant['role'] = 'write',
    type: TokenGrant['type'] = 'access_token'
  ): void {
    const found = this.users.get(user)
    if (!found) throw new Error(`unknown emulator user ${user}`)
    this.tokens.add(token, { user: found, role, displayName: `${role}-token`, type })
  }

  /** Requests received since the last `clearRequests()`, minus the emulator's control routes. */
  hubRequests(): RecordedRequest[] {
    return this.requests.filter((r) => !r.path.startsWith('/_emulator'))
  }

  clearRequests(): void {
    this.requests.length = 0
  }

  addFault(rule: FaultRule): void {
    this.faults.add(rule)
  }

  private seedUsers(): void {
    this.addUser(EMULATOR_USER, [EMULATOR_ORG])
    this.addUser('other', [], false)
    this.grant(EMULATOR_TOKENS.write, EMULATOR_USER, 'write')
    this.grant(EMULATOR_TOKENS.read, EMULATOR_USER, 'read')
    this.grant(EMULATOR_TOKENS.other, 'other', 'write')
    this.grant(EMULATOR_TOKENS.oauth, EMULATOR_USER, 'write', 'oauth')
  }

  private async appDomain(id: string): Promise<string> {
    if (!this.options.serveApps) return `${spaceSubdomain(id)}.hf.space`
    const app = await startAppServer(this, id)
    this.apps.set(id, app)
    return app.host
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const trace = String(req.headers['x-amzn-trace-id'] ?? randomBytes(16).toString('hex'))
    const requestId = `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-${randomBytes(12).toString('hex')};${trace}`
    let bodyBytes = 0
    const ctx = createContext(req, res, requestId, (n) => (bodyBytes += n))
    res.setHeader('X-Request-Id', requestId)
    res.setHeader('X-Powered-By', 'huggingface-moon')
    res.setHeader(
      'Access-Control-Expose-Headers',
      'X-Repo-Commit,X-Request-Id,X-Error-Code,X-Error-Message,X-Total-Count,ETag,Link,Accept-Ranges,Content-Range,X-Xet-Access-Token,X-Xet-Token-Expiration,X-Xet-Refresh-Route,X-Xet-Cas-Url,X-Xet-Hash'
    )
    const record: RecordedRequest = {
      method: ctx.method,
      path: ctx.url.pathname,
      query: ctx.url.search,
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
      status: 0,
      bytesIn: headerBytes(req),
      bytesOut: 0
    }
    countResponseBytes(res, (n) => (record.bytesOut += n))
    this.requests.push(record)
    res.on('close', () => {
      record.status = res.headersSent ? res.statusCode : 0
      record.bytesIn += bodyBytes
      if (ctx.askedPaths) record.askedPaths = ctx.askedPaths
    })

    const fault = ctx.url.pathname.startsWith('/_emulator')
      ? undefined
      : this.faults.pick(ctx.method, ctx.url.pathname, ctx.url.search)
    if (fault) record.fault = fault.kind
    try {
      if (!ctx.url.pathname.startsWith('/_emulator')) await this.latency.roundTrip(req.socket)
      if (fault?.kind === 'drop') {
        req.socket.destroy()
        return
      }
      if (fault?.kind === 'slow') await new Promise((r) => setTimeout(r, fault.delayMs ?? 2000))
      if (fault?.kind === 'throttle') ctx.throttleBytesPerSecond = fault.bytesPerSecond
      if (fault?.kind === 'status') {
        await ctx.body().catch(() => undefined)
        const status = fault.status ?? 503
        const message =
          status === 429
            ? 'You have exceeded our rate limit. Please retry later.'
            : "Internal Error - We're working hard to fix this as soon as possible!"
        throw new HubHttpError(status, message, undefined, {}, faultHeaders(fault))
      }
      if (fault?.kind === 'lost-response') loseResponse(ctx)
      if (fault && (await answerFault(ctx, fault, this.url, this.faults))) return
      await this.dispatch(ctx)
    } catch (error) {
      if (res.headersSent || res.destroyed) {
        res.destroy()
        return
      }
      if (error instanceof HubHttpError) sendError(ctx, error)
      else {
        console.error('[hub-emulator] internal error:', error)
        sendError(
          ctx,
          new HubHttpError(500, `Internal emulator error: ${(error as Error).message}`)
        )
      }
    }
  }

  private async dispatch(ctx: RequestContext): Promise<void> {
    const found = this.router.match(ctx.method, ctx.url.pathname)
    if (!found) {
      sendJson(ctx, 404, { error: "Sorry, we can't find the page you are looking for." })
      return
    }
    ctx.params = found.params
    await found.handler(ctx)
  }
}

function headerBytes(req: IncomingMessage): number {
  let n = `${req.method} ${req.url} HTTP/1.1\r\n`.length + 2
  for (let i = 0; i < req.rawHeaders.length; i += 2)
    n += req.rawHeaders[i].length + req.rawHeaders[i + 1].length + 4
  return n
}

function countResponseBytes(res: ServerResponse, count: (n: number) => void): void {
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  const size = (chunk: unknown) =>
    typeof chunk === 'string'
      ? Buffer.byteLength(chunk)
      : chunk instanceof Uint8Array
        ? chunk.length
        : 0
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    count(size(chunk))
    return write(chunk, ...rest)
  }) as typeof res.write
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'function') count(size(chunk))
    return end(chunk, ...rest)
  }) as typeof res.end
}

/** The request is carried out, but the connection dies before the client sees an answer. */
function loseResponse(ctx: RequestContext): void {
  const { res, req } = ctx
  res.writeHead = (() => res) as unknown as typeof res.writeHead
  res.write = (() => true) as unknown as typeof res.write
  res.end = (() => {
    req.socket.destroy()
    return res
  }) as unknown as typeof res.end
}
