/**
 * `preview`: a Space per pull request. `repo_id` is the production Space; the preview is
 * `{repo_id}-pr-{number}`.
 * - opened / reopened / synchronize: copy the production Space when the preview is missing (SDK,
 *   hardware and variables match; `private` and the settings apply), deploy `path` to it as
 *   `deploy` does (one commit, mirror), wait until it serves that commit, and keep one PR comment
 *   up to date with the app link, the commit and the stage — or why it failed.
 * - closed: delete the preview (already gone is fine) and say so in the comment.
 */
import { getErrorMessage } from '../errors.js'
import { GitHubClient } from '../github/client.js'
import { deleteRepo } from '../hub/delete-repo.js'
import { deletedBody, deployedBody } from '../preview/comment-body.js'
import { upsertPreviewComment } from '../preview/comment.js'
import { previewSpaceId, type PullRequestEvent } from '../preview/pull-request-event.js'
import { appUrl, repoPageUrl, type RepoResult } from '../result.js'
import type { ModeContext } from './context.js'
import { deploy } from './deploy.js'
import { ensureDuplicate } from './duplicate.js'

export async function preview(ctx: ModeContext, result: RepoResult): Promise<void> {
  const event = ctx.settings.pullRequest as PullRequestEvent
  const productionId = result.repoId
  const previewId = previewSpaceId(productionId, event.number)
  result.repoId = previewId
  const github = GitHubClient.fromEnv(ctx.settings.githubToken)
  const target = { repository: event.repository, number: event.number, productionId }
  if (event.action === 'close') {
    await closePreview(ctx, result, github, target)
    return
  }
  try {
    const created = await ensureDuplicate(ctx, result, productionId, { quiet: true })
    if (created !== undefined) await deploy(previewContext(ctx, previewId, event), result)
  } catch (error) {
    result.error = getErrorMessage(error)
  }
  if (ctx.settings.dryRun) return
  const body = deployedBody({
    previewId,
    spaceUrl: repoPageUrl(ctx.settings.endpoint, 'space', previewId),
    appUrl: appUrl(ctx.settings.endpoint, result.runtime),
    headSha: event.headSha,
    result
  })
  const url = await upsertPreviewComment(github, target, body, { createIfMissing: true })
  if (url) result.notes.push(`Preview comment: ${url}`)
}

/** The deploy of the PR's folder to the preview: the repo root, mirrored, on main. */
function previewContext(ctx: ModeContext, previewId: string, event: PullRequestEvent): ModeContext {
  return {
    ...ctx,
    settings: {
      ...ctx.settings,
      repoIds: [previewId],
      repoType: 'space',
      revision: 'main',
      createPr: false,
      create: false,
      deleteMissing: true,
      commitMessage:
        ctx.settings.commitMessage ??
        `Preview of ${event.repository}#${event.number}${event.headSha ? ` at ${event.headSha.slice(0, 7)}` : ''}`
    }
  }
}

async function closePreview(
  ctx: ModeContext,
  result: RepoResult,
  github: GitHubClient,
  target: { repository: string; number: number; productionId: string }
): Promise<void> {
  if (ctx.settings.dryRun) {
    result.notes.push(`Dry run: would delete the preview Space ${result.repoId}.`)
    return
  }
  const existed = await deleteRepo(ctx.client, 'space', result.repoId)
  result.changed = existed
  result.notes.push(
    existed
      ? `Deleted the preview Space ${result.repoId}.`
      : `The preview Space ${result.repoId} was already gone.`
  )
  const url = await upsertPreviewComment(github, target, deletedBody(result.repoId, existed), {
    createIfMissing: false
  })
  if (url) result.notes.push(`Preview comment: ${url}`)
}
