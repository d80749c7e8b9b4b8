/**
 * The GitHub REST client (base `GITHUB_API_URL`, token `github_token`). It sends through a Hub
 * client, so GitHub calls share its transport (kept-alive connections, a proxy when one is set),
 * timeouts and retry policy (408/429/5xx and network errors, `Retry-After`), and turns its errors
 * into `GitHubApiError`.
 */
import {
  HubClient,
  type HttpMethod,
  type HubClientOptions,
  type HubResponse
} from '../hub/client.js'
import { HubApiError, HubNetworkError } from '../hub/error.js'
import { GitHubApiError } from './error.js'

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com'
/** The REST API version the calls are written against (GitHub's date-based versioning). */
export const GITHUB_API_VERSION = '2022-11-28'

export interface GitHubRequest {
  method: HttpMethod
  /** A path on the API (`/repos/…`) or an absolute URL on the same host (a `Link` page). */
  path: string
  query?: Record<string, string | number | undefined>
  json?: unknown
}

export interface GitHubResponse<T> {
  status: number
  headers: HubResponse['headers']
  data: T
}

export interface GitHubClientOptions {
  /** `GITHUB_API_URL`; default `https://api.github.com`. */
  apiUrl?: string
  /** `github_token` (already masked by the caller). */
  token?: string
  onRetry?: HubClientOptions['onRetry']
  retry?: HubClientOptions['retry']
  sleep?: HubClientOptions['sleep']
}

export class GitHubClient {
  readonly apiUrl: string
  private readonly transport: HubClient

  constructor(options: GitHubClientOptions = {}) {
    this.apiUrl = (options.apiUrl || DEFAULT_GITHUB_API_URL).replace(/\/+$/, '')
    this.transport = new HubClient({
      endpoint: this.apiUrl,
      token: options.token || undefined,
      onRetry: options.onRetry,
      retry: options.retry,
      sleep: options.sleep
    })
  }

  /** A client for the runner's API (`GITHUB_API_URL`: github.com, or a GitHub Enterprise Server). */
  static fromEnv(
    token: string | undefined,
    options: Omit<GitHubClientOptions, 'apiUrl' | 'token'> = {},
    env: NodeJS.ProcessEnv = process.env
  ): GitHubClient {
    return new GitHubClient({ ...options, apiUrl: env.GITHUB_API_URL, token })
  }

  get hasToken(): boolean {
    return this.transport.hasToken
  }

  async request<T>(req: GitHubRequest): Promise<GitHubResponse<T>> {
    const url = this.transport.url(req.path, req.query)
    // The token goes along: never to another host than the API's (a `Link` could point anywhere).
    if (url.origin !== new URL(this.apiUrl).origin) {
      throw new Error(`Refusing to send the GitHub token to ${url.origin} (not ${this.apiUrl}).`)
    }
    let res: HubResponse
    try {
      res = await this.transport.send({
        method: req.method,
        path: url.href,
        json: req.json,
        headers: {
          accept: 'application/vnd.github+json',
          'x-github-api-version': GITHUB_API_VERSION
        }
      })
    } catch (error) {
      throw asGitHubError(error)
    }
    return {
      status: res.status,
      headers: res.headers,
      data: (res.text ? JSON.parse(res.text) : undefined) as T
    }
  }
}

function asGitHubError(error: unknown): unknown {
  if (error instanceof HubApiError) {
    return new GitHubApiError({
      status: error.status,
      method: error.method,
      url: error.url,
      githubMessage: error.hubMessage,
      attempts: error.attempts
    })
  }
  if (error instanceof HubNetworkError) {
    const cause = error.cause as NodeJS.ErrnoException | undefined
    return new GitHubApiError({
      status: 0,
      method: error.method,
      url: error.url,
      githubMessage: cause?.code ?? cause?.message,
      attempts: error.attempts
    })
  }
  return error
}

/** `owner/repo` as two path segments, each encoded. */
export function repoPath(repository: string): string {
  const [owner, repo, ...rest] = repository.split('/')
  if (!owner || !repo || rest.length > 0)
    throw new Error(`'${repository}' is not a GitHub repository (owner/repo).`)
  return `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`
}
