/** `POST /repos/{owner}/{repo}/issues/{number}/comments`: a new comment on an issue or PR. */
import { repoPath, type GitHubClient } from './client.js'
import type { IssueRef } from './list-issue-comments.js'
import type { IssueComment } from './types.js'

/**
 * Creates the comment. Not retried on a lost answer (it would post twice); only a 429, sent
 * before GitHub acted, is repeated.
 */
export async function createIssueComment(
  client: GitHubClient,
  ref: IssueRef,
  body: string
): Promise<IssueComment> {
  const res = await client.request<IssueComment>({
    method: 'POST',
    path: `${repoPath(ref.repository)}/issues/${ref.issueNumber}/comments`,
    json: { body }
  })
  return res.data
}
