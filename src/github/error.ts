/**
 * The one error type of GitHub REST calls: status and GitHub's own message. Callers
 * add the remedy (which `permissions:` entry the workflow lacks), since it depends on the call.
 */

export interface GitHubApiErrorInit {
  /** 0 when GitHub could not be reached at all. */
  status: number
  method: string
  url: string
  /** GitHub's `message` (e.g. `Resource not accessible by integration`). */
  githubMessage?: string
  attempts?: number
}

export class GitHubApiError extends Error {
  readonly status: number
  readonly method: string
  readonly url: string
  readonly githubMessage?: string
  readonly attempts: number

  constructor(init: GitHubApiErrorInit) {
    const path = new URL(init.url).pathname
    const said = init.githubMessage ? `: ${init.githubMessage}` : ''
    super(
      init.status === 0
        ? `Could not reach the GitHub API at ${new URL(init.url).origin} (${init.method} ${path}, ${init.attempts ?? 1} attempt(s))${said}.`
        : `GitHub answered ${init.status} to ${init.method} ${path}${said}.`
    )
    this.name = 'GitHubApiError'
    this.status = init.status
    this.method = init.method
    this.url = init.url
    this.githubMessage = init.githubMessage
    this.attempts = init.attempts ?? 1
  }

  /**
   * GitHub refused the token for this call: 401 (bad token), 403 (the job's `permissions:` lack
   * the scope), or 404 on a repo the token cannot see (GitHub hides what one may not access).
   */
  get isRefusal(): boolean {
    return this.status === 401 || this.status === 403 || this.status === 404
  }
}
