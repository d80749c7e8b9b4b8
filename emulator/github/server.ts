/**
 * The local GitHub emulator: a real HTTP server on loopback serving the few GitHub REST calls the
 * action makes (issue comments, workflow enable) and GitHub Actions' OIDC ID-token service, with
 * GitHub's error shapes and permission answers. Never imported by `src/`.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createContext, sendJson, type RequestContext } from '../http.js'
import { Router } from '../router.js'
import { GitHubHttpError, sendGitHubError } from './http.js'
import { CommentStore, registerIssueCommentRoutes } from './issue-comments.js'
import { OidcIssuer, registerOidcRoutes, type EmulatedJob, type JobSpec } from './oidc.js'
import { ACTIONS_BOT, GITHUB_EMULATOR_TOKEN, GitHubTokens } from './tokens.js'
import { registerWorkflowRoutes, type EmulatedWorkflow, type WorkflowState } from './workflows.js'

export interface GitHubRecordedRequest {
  method: string
  path: string
  query: string
  /** Request headers, names lower-cased. */
  headers: Record<string, string>
  status: number
}

export interface GitHubEmulatorOptions {
  port?: number
  /** Largest `per_page` the list calls honour (GitHub: 100); small values exercise pagination. */
  maxPerPage?: number
}

export class GitHubEmulator {
  readonly tokens = new GitHubTokens()
  readonly comments = new CommentStore()
  readonly oidc: OidcIssuer
  readonly requests: GitHubRecordedRequest[] = []
  readonly workflows: EmulatedWorkflow[] = []
  /** `GITHUB_API_URL` */
  url = ''
  /** `GITHUB_SERVER_URL` (links in answers). */
  readonly serverUrl = 'https://github.com'
  maxPerPage: number
  private readonly failures: { status: number; times: number; path?: string }[] = []
  private readonly ids = new Map<string, number>()
  private readonly router = new Router()
  private server!: Server

  private constructor(options: GitHubEmulatorOptions) {
    this.maxPerPage = options.maxPerPage ?? 100
    this.oidc = new OidcIssuer(this)
    this.tokens.add(GITHUB_EMULATOR_TOKEN, {
      ...ACTIONS_BOT,
      permissions: {
        actions: 'write',
        issues: 'write',
        'pull-requests': 'write',
        contents: 'write'
      }
    })
    registerIssueCommentRoutes(this.router, this)
    registerWorkflowRoutes(this.router, this)
    registerOidcRoutes(this.router, this)
    registerControlRoutes(this.router, this)
  }

  static async start(options: GitHubEmulatorOptions = {}): Promise<GitHubEmulator> {
    const gh = new GitHubEmulator(options)
    gh.server = createServer((req, res) => void gh.handle(req, res))
    await new Promise<void>((resolve) => gh.server.listen(options.port ?? 0, '127.0.0.1', resolve))
    gh.url = `http://127.0.0.1:${(gh.server.address() as AddressInfo).port}`
    return gh
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  /** A job of a workflow run, with its own ID-token request URL and token. */
  addJob(spec: JobSpec = {}): EmulatedJob {
    return this.oidc.addJob(spec)
  }

  /** A workflow file of a repository, in the state GitHub would report (replacing an earlier one). */
  addWorkflow(repository: string, file: string, state: WorkflowState = 'active'): EmulatedWorkflow {
    const workflow = { repository, file, state, enableCalls: 0 }
    const existing = this.workflows.findIndex((w) => w.repository === repository && w.file === file)
    if (existing >= 0) this.workflows[existing] = workflow
    else this.workflows.push(workflow)
    return workflow
  }

  /** By file name or by numeric id (the position GitHub would have given it). */
  workflow(repository: string, fileOrId: string): EmulatedWorkflow | undefined {
    return this.workflows.find(
      (w, i) =>
        w.repository === repository && (w.file === fileOrId || String(100_000 + i) === fileOrId)
    )
  }

  /**
   * The next `times` requests (whose path contains `path`, when given) get `status` (e.g. 502, to
   * check the client retries), before the route sees them.
   */
  failNext(status: number, times = 1, path?: string): void {
    this.failures.push({ status, times, path })
  }

  /** GitHub's numeric id of a repository, stable for the emulator's life. */
  repositoryId(repository: string): number {
    return this.idOf(`repo:${repository}`)
  }

  repositoryById(id: number): string | undefined {
    for (const [key, value] of this.ids)
      if (value === id && key.startsWith('repo:')) return key.slice(5)
    return undefined
  }

  ownerId(owner: string): number {
    return this.idOf(`owner:${owner}`)
  }

  /** Requests received since the last `clearRequests()`, minus the control routes. */
  apiRequests(): GitHubRecordedRequest[] {
    return this.requests.filter((r) => !r.path.startsWith('/_emulator'))
  }

  clearRequests(): void {
    this.requests.length = 0
  }

  private idOf(key: string): number {
    let id = this.ids.get(key)
    if (id === undefined) this.ids.set(key, (id = 700_000_000 + this.ids.size))
    return id
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = `${randomBytes(4).toString('hex').toUpperCase()}:${randomBytes(6).toString('hex').toUpperCase()}`
    const ctx = createContext(req, res, requestId, () => undefined)
    res.setHeader('X-GitHub-Request-Id', requestId)
    res.setHeader('X-GitHub-Api-Version-Selected', '2022-11-28')
    const record: GitHubRecordedRequest = {
      method: ctx.method,
      path: ctx.url.pathname,
      query: ctx.url.search,
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
      status: 0
    }
    this.requests.push(record)
    res.on('close', () => (record.status = res.headersSent ? res.statusCode : 0))
    try {
      const failure = this.failures.find(
        (f) => f.times > 0 && (f.path === undefined || ctx.url.pathname.includes(f.path))
      )
      if (failure && !ctx.url.pathname.startsWith('/_emulator')) {
        failure.times--
        throw new GitHubHttpError(
          failure.status,
          failure.status === 429 ? 'API rate limit exceeded' : 'Server Error'
        )
      }
      const found = this.router.match(ctx.method, ctx.url.pathname)
      if (!found) throw new GitHubHttpError(404, 'Not Found')
      ctx.params = found.params
      await found.handler(ctx)
    } catch (error) {
      if (res.headersSent) {
        res.destroy()
        return
      }
      if (error instanceof GitHubHttpError) sendGitHubError(ctx, error)
      else {
        console.error('[github-emulator] internal error:', error)
        sendGitHubError(
          ctx,
          new GitHubHttpError(500, `Internal emulator error: ${(error as Error).message}`)
        )
      }
    }
  }
}

/** `/_emulator/…`: for a standalone emulator (demo, CLI); tests in-process call the methods. */
function registerControlRoutes(router: Router, gh: GitHubEmulator): void {
  router.on('GET', '/_emulator/requests', (ctx) => sendJson(ctx, 200, gh.apiRequests()))
  router.on('POST', '/_emulator/jobs', async (ctx: RequestContext) => {
    const job = gh.addJob((await ctx.json<JobSpec>()) ?? {})
    sendJson(ctx, 200, { requestUrl: job.requestUrl, requestToken: job.requestToken })
  })
  router.on('POST', '/_emulator/workflows', async (ctx) => {
    const body =
      (await ctx.json<{ repository: string; file: string; state?: WorkflowState }>()) ?? {}
    sendJson(ctx, 200, gh.addWorkflow(body.repository, body.file, body.state))
  })
  router.on('GET', '/_emulator/workflows', (ctx) => sendJson(ctx, 200, gh.workflows))
  router.on('GET', '/_emulator/comments', (ctx) => sendJson(ctx, 200, gh.comments.all))
}
