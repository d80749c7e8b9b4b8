/** `PATCH /repos/{owner}/{repo}/issues/comments/{id}`: replaces a comment's body. */
import { repoPath, type GitHubClient } from './client.js'
import type { IssueComment } from './types.js'

export interface CommentRef {
  /** `owner/repo` */
  repository: string
  commentId: number
}

/** Sets the comment's body; sending the same body again changes nothing, so it may be retried. */
export async function updateIssueComment(
  client: GitHubClient,
  ref: CommentRef,
  body: string
): Promise<IssueComment> {
  const res = await client.request<IssueComment>({
    method: 'PATCH',
    path: `${repoPath(ref.repository)}/issues/comments/${ref.commentId}`,
    json: { body }
  })
  return res.data
}
