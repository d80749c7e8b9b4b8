/**
 * `GET /repos/{owner}/{repo}/issues/{number}/comments`: every comment of an issue or pull
 * request, oldest first, following GitHub's `Link: <…>; rel="next"` pages.
 */
import { nextPageUrl } from '../hub/list-repo-tree.js'
import { repoPath, type GitHubClient } from './client.js'
import type { IssueComment } from './types.js'

/** GitHub's largest page, so a busy PR costs few calls. */
const PER_PAGE = 100
/** A loop guard: 100 pages of 100 is far beyond any PR a preview comment lives on. */
const MAX_PAGES = 100

export interface IssueRef {
  /** `owner/repo` */
  repository: string
  /** The issue or pull-request number. */
  issueNumber: number
}

export async function listIssueComments(
  client: GitHubClient,
  ref: IssueRef
): Promise<IssueComment[]> {
  const comments: IssueComment[] = []
  const seen = new Set<string>()
  let next: string | undefined = `${repoPath(ref.repository)}/issues/${ref.issueNumber}/comments`
  let query: Record<string, number> | undefined = { per_page: PER_PAGE }
  while (next) {
    if (seen.has(next) || seen.size >= MAX_PAGES) {
      throw new Error(
        `GitHub's comment pages of ${ref.repository}#${ref.issueNumber} do not end (${seen.size} pages read): refusing to go on.`
      )
    }
    seen.add(next)
    const res = await client.request<IssueComment[]>({ method: 'GET', path: next, query })
    comments.push(...res.data)
    next = nextPageUrl(res.headers.link)
    // The next page's URL carries its own query (page, per_page).
    query = undefined
  }
  return comments
}
