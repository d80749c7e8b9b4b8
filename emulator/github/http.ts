/** GitHub's error answer: JSON `{message, documentation_url, status}`. */
import { sendJson, type RequestContext } from '../http.js'

export class GitHubHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly documentationUrl = 'https://docs.github.com/rest'
  ) {
    super(message)
  }
}

export const notFound = (docs?: string): GitHubHttpError =>
  new GitHubHttpError(404, 'Not Found', docs)
export const badCredentials = (): GitHubHttpError => new GitHubHttpError(401, 'Bad credentials')
export const requiresAuthentication = (): GitHubHttpError =>
  new GitHubHttpError(401, 'Requires authentication')
/** What a `GITHUB_TOKEN` gets for a call its job's `permissions:` do not cover. */
export const notAccessible = (docs: string): GitHubHttpError =>
  new GitHubHttpError(403, 'Resource not accessible by integration', docs)

export function sendGitHubError(ctx: RequestContext, error: GitHubHttpError): void {
  sendJson(ctx, error.status, {
    message: error.message,
    documentation_url: error.documentationUrl,
    status: String(error.status)
  })
}
