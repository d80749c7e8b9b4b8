/**
 * After a mode changed a Space: wait (unless `wait: false`) until it settles, and when it failed,
 * say why with the tail of the log that shows it. Everything lands in the repo's result.
 */
import * as core from '@actions/core'
import { getSpaceRuntime } from '../hub/space-runtime.js'
import { ERROR_STAGES, TRANSITIONAL_STAGES } from '../hub/types.js'
import type { RepoResult } from '../result.js'
import type { SpaceContext } from './context.js'
import { explainFailure } from './explain-failure.js'
import { pollRuntime } from './poll-runtime.js'

/** Waits until the Space is RUNNING (after a restart or a wake), or PAUSED (after a pause). */
export async function waitForStage(
  ctx: SpaceContext,
  result: RepoResult,
  stage: 'RUNNING' | 'PAUSED' = 'RUNNING'
): Promise<void> {
  await settle(ctx, result, stage === 'RUNNING' ? {} : { expectStage: stage })
}

/** Waits until the Space serves `sha`, a commit just made on the branch it builds. */
export async function waitForCommit(
  ctx: SpaceContext,
  result: RepoResult,
  sha: string
): Promise<void> {
  if (!ctx.settings.wait) result.runtime = await getSpaceRuntime(ctx.client, result.repoId)
  await settle(ctx, result, { expectSha: sha })
}

/**
 * Nothing was committed and the Space should serve `sha` already: a build still under way is
 * waited for, and an error stage fails the step — the deployed files do not run.
 */
export async function checkServesCommit(
  ctx: SpaceContext,
  result: RepoResult,
  sha: string
): Promise<void> {
  result.runtime = await getSpaceRuntime(ctx.client, result.repoId)
  const stage = result.runtime.stage
  if (TRANSITIONAL_STAGES.includes(stage)) await settle(ctx, result, { expectSha: sha })
  else if (ERROR_STAGES.includes(stage)) await explainFailure(ctx, result)
}

/** Records the Space's runtime as it is, for a change it does not build (another branch, a PR). */
export async function readRuntime(ctx: SpaceContext, result: RepoResult): Promise<void> {
  result.runtime = await getSpaceRuntime(ctx.client, result.repoId)
}

interface SettleOptions {
  /** Wait until the Space serves this commit (deploys). */
  expectSha?: string
  /** Wait for this stage rather than RUNNING (PAUSED after a pause). */
  expectStage?: string
}

async function settle(
  ctx: SpaceContext,
  result: RepoResult,
  options: SettleOptions
): Promise<void> {
  const { settings, client } = ctx
  if (!settings.wait) {
    result.notes.push('Not waiting for the Space to settle (wait: false).')
    return
  }
  const waited = await pollRuntime(client, result.repoId, {
    timeoutSeconds: settings.waitTimeoutSeconds,
    expectSha: options.expectSha,
    expectStage: options.expectStage,
    onStage: (stage) => core.info(`${result.repoId}: ${stage}`)
  })
  result.runtime = waited.runtime
  const stage = waited.runtime.stage
  switch (waited.outcome) {
    case 'running':
    case 'settled':
      if (!options.expectStage && stage !== 'RUNNING') {
        result.error = `${result.repoId} settled in ${stage}, not RUNNING.`
      }
      return
    case 'failed':
      await explainFailure(ctx, result)
      return
    case 'timeout':
      result.error = `Gave up waiting for ${result.repoId} after ${settings.waitTimeoutSeconds} s (wait_timeout): its last stage was ${stage}${
        options.expectSha && waited.runtime.sha !== options.expectSha
          ? `, serving ${waited.runtime.sha?.slice(0, 12) ?? 'an older commit'}`
          : ''
      }.`
  }
}
