/**
 * What follows a commit, for both commit modes: the outputs, and for a Space whose build branch got
 * the commit, waiting until it serves that commit (or failed to build, with the log tail).
 */
import { getErrorMessage } from '../errors.js'
import type { SpaceRuntime } from '../hub/types.js'
import type { RepoResult } from '../result.js'
import type { ActionSettings } from '../settings.js'
import {
  SPACE_BRANCH,
  checkServesCommit,
  readRuntime,
  waitForCommit,
  type SpaceContext
} from '../space/index.js'

export interface MadeCommit {
  sha: string
  url: string
  prUrl?: string
}

/** What following a commit needs: a Space context, and where the commit went. */
export interface CommitContext extends SpaceContext {
  settings: SpaceContext['settings'] & Pick<ActionSettings, 'revision' | 'createPr'>
}

export async function afterCommit(
  ctx: CommitContext,
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
  ctx: CommitContext,
  result: RepoResult,
  commit: MadeCommit
): Promise<void> {
  if (servesRevision(ctx)) {
    await waitForCommit(ctx, result, commit.sha)
    return
  }
  result.notes.push(
    commit.prUrl
      ? `The Space builds from ${SPACE_BRANCH}: it changes once the pull request is merged.`
      : `The Space builds from ${SPACE_BRANCH}, not ${ctx.settings.revision}: not waiting for a build.`
  )
  await readRuntime(ctx, result)
}

/**
 * Nothing was committed: report the Space as it is. When it serves the revision, a build still
 * under way is waited for, and an error stage fails the step — the deployed files do not run.
 * `known`: the runtime the Space's info carried, read at the start of this deploy (when nothing
 * has restarted the Space since).
 */
export async function reportUnchangedSpace(
  ctx: CommitContext,
  result: RepoResult,
  head: string,
  known?: SpaceRuntime
): Promise<void> {
  if (result.repoType !== 'space') return
  if (servesRevision(ctx)) await checkServesCommit(ctx, result, head, known)
  else await readRuntime(ctx, result, known)
}

function servesRevision(ctx: CommitContext): boolean {
  const { revision, createPr } = ctx.settings
  return !createPr && revision.replace(/^refs\/heads\//, '') === SPACE_BRANCH
}
