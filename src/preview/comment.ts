/**
 * The one pull-request comment a preview keeps up to date: found again by a hidden marker,
 * created the first time, edited after. GitHub refusing it is a warning (naming the permission
 * the job lacks), never a failure: the preview itself is what counts.
 */
import * as runner from '../runner/index.js'
import { getErrorMessage } from '../errors.js'
import type { GitHubClient } from '../github/client.js'
import { createIssueComment } from '../github/create-issue-comment.js'
import { GitHubApiError } from '../github/error.js'
import { listIssueComments } from '../github/list-issue-comments.js'
import { updateIssueComment } from '../github/update-issue-comment.js'

export function previewMarker(productionId: string): string {
  return `<!-- hf-space-action:preview ${productionId} -->`
}

/** Creates or edits the comment; returns its URL, or undefined when GitHub refused. */
export async function upsertPreviewComment(
  github: GitHubClient,
  target: { repository: string; number: number; productionId: string },
  body: string,
  options: { createIfMissing: boolean }
): Promise<string | undefined> {
  const marker = previewMarker(target.productionId)
  const ref = { repository: target.repository, issueNumber: target.number }
  const text = `${marker}\n${body}`
  try {
    const existing = (await listIssueComments(github, ref)).find((c) => c.body.includes(marker))
    if (existing) {
      if (existing.body === text) return existing.html_url
      return (
        await updateIssueComment(
          github,
          { repository: ref.repository, commentId: existing.id },
          text
        )
      ).html_url
    }
    if (!options.createIfMissing) return undefined
    return (await createIssueComment(github, ref, text)).html_url
  } catch (error) {
    const why = getErrorMessage(error)
    const permission =
      error instanceof GitHubApiError && error.isRefusal
        ? " Give the job 'permissions: pull-requests: write' (and pass github_token) so the action can comment."
        : ''
    runner.warning(
      `Could not write the preview comment on ${target.repository}#${target.number}: ${why}${permission}`
    )
    return undefined
  }
}
