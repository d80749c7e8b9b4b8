/**
 * What follows a commit, for both commit modes: the outputs, and for a Space whose `main` got the
 * commit, waiting until it serves that commit (or failed to build, with the log tail).
 */
import { getErrorMessage } from '../errors.js'
import { getSpaceRuntime } from '../hub/space-runtime.js'
import { ERROR_STAGES, TRANSITIONAL_STAGES, type SpaceRuntime } from '../hub/types.js'
import { explainFailure, settleSpace } from '../modes/settle.js'
import type { ModeContext } from '../modes/context.js'
import type { RepoResult } from '../result.js'

/** The branch a Space builds and serves. */
const SPACE_BRANCH = 'main'

export interface MadeCommit {
  sha: string
  url: string
  prUrl?: string
}

export async function afterCommit(
  ctx: ModeContext,
  result: RepoResult,
  commit: MadeCommit
): Promise<void> {
  result.changed = true
  result.commitSha = commit.sha
  result.commitUrl = commit.url
  result.prUrl = commit.prUrl
  if (result.repoType !== 'space') return
  try {
    await followSpace(ctx, result, commit)
  } catch (error) {
    // Caught here, not in main.ts: the commit is made, and its outputs must survive the failure.
    result.error = `Committed ${commit.sha.slice(0, 12)}, but could not follow the Space: ${getErrorMessage(error)}`
  }
}

async function followSpace(
  ctx: ModeContext,
  result: RepoResult,
  commit: MadeCommit
): Promise<void> {
  if (!servesRevision(ctx)) {
    result.notes.push(
      commit.prUrl
        ? 'The Space builds from main: it changes once the pull request is merged.'
        : `The Space builds from main, not ${ctx.settings.revision}: not waiting for a build.`
    )
    result.runtime = await getSpaceRuntime(ctx.client, result.repoId)
    return
  }
  if (!ctx.settings.wait) result.runtime = await getSpaceRuntime(ctx.client, result.repoId)
  await settleSpace(ctx, result, { expectSha: commit.sha })
}

/**
 * Nothing was committed: report the Space as it is. When it serves the revision, a build still
 * under way is waited for, and an error stage fails the step — the deployed files do not run.
 * `known`: the runtime the Space's info carried, read at the start of this deploy.
 */
export async function reportUnchangedSpace(
  ctx: ModeContext,
  result: RepoResult,
  head: string,
  known?: SpaceRuntime
): Promise<void> {
  if (result.repoType !== 'space') return
  result.runtime = known ?? (await getSpaceRuntime(ctx.client, result.repoId))
  if (!servesRevision(ctx)) return
  const stage = result.runtime.stage
  if (TRANSITIONAL_STAGES.includes(stage)) await settleSpace(ctx, result, { expectSha: head })
  else if (ERROR_STAGES.includes(stage)) await explainFailure(ctx, result)
}

function servesRevision(ctx: ModeContext): boolean {
  const { revision, createPr } = ctx.settings
  return !createPr && revision.replace(/^refs\/heads\//, '') === SPACE_BRANCH
}
