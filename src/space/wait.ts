/**
 * After a mode changed a Space: wait (unless `wait: false`) until it settles, and when it failed,
 * say why with the tail of the log that shows it. Everything lands in the repo's result.
 */
import * as runner from '../runner/index.js'
import { getSpaceRuntime } from '../hub/space-runtime.js'
import { ERROR_STAGES, TRANSITIONAL_STAGES, type SpaceRuntime } from '../hub/types.js'
import type { RepoResult } from '../result.js'
import { newerBranchHead, type NewerCommit } from './branch-head.js'
import { SPACE_BRANCH, type SpaceContext } from './context.js'
import { explainFailure } from './explain-failure.js'
import { pollRuntime } from './poll-runtime.js'
import { WaitReporter } from './wait-progress.js'

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
  sha: string,
  known?: SpaceRuntime
): Promise<void> {
  result.runtime = known ?? (await getSpaceRuntime(ctx.client, result.repoId))
  const stage = result.runtime.stage
  if (TRANSITIONAL_STAGES.includes(stage)) await settle(ctx, result, { expectSha: sha })
  else if (ERROR_STAGES.includes(stage)) await explainFailure(ctx, result)
}

/** Records the Space's runtime as it is, for a change it does not build (another branch, a PR). */
export async function readRuntime(
  ctx: SpaceContext,
  result: RepoResult,
  known?: SpaceRuntime
): Promise<void> {
  result.runtime = known ?? (await getSpaceRuntime(ctx.client, result.repoId))
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
  const { expectSha } = options
  if (!settings.wait) {
    result.notes.push('Not waiting for the Space to settle (wait: false).')
    return
  }
  const reporter = new WaitReporter(
    client,
    result.repoId,
    settings.waitTimeoutSeconds,
    expectSha
  ).start()
  const waited = await pollRuntime(client, result.repoId, {
    timeoutSeconds: settings.waitTimeoutSeconds,
    expectSha,
    expectStage: options.expectStage,
    newerCommit: expectSha ? () => newerBranchHead(client, result.repoId, expectSha) : undefined,
    onStage: (stage) => reporter.onStage(stage)
  }).finally(() => reporter.stop())
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
    case 'superseded':
      reportSuperseded(result, expectSha ?? '', waited.newer)
      return
    case 'timeout':
      result.error = `Gave up waiting for ${result.repoId} after ${settings.waitTimeoutSeconds} s (wait_timeout): its last stage was ${stage}${
        expectSha && waited.runtime.sha !== expectSha
          ? `, serving ${waited.runtime.sha?.slice(0, 12) ?? 'an older commit'}`
          : ''
      }.`
  }
}

/**
 * A newer commit on the branch: the Space builds it, never ours, and that is no failure of ours
 * (the newer commit's own deploy reports on its build).
 */
function reportSuperseded(result: RepoResult, ours: string, newer: NewerCommit): void {
  const by = `${newer.sha.slice(0, 12)} ("${newer.title}")`
  const note = `Superseded by ${by}, committed to ${SPACE_BRANCH} after ${ours.slice(0, 12)}: the Space builds that one instead (now ${result.runtime?.stage ?? 'unknown'}), so this run stops waiting.`
  result.notes.push(note)
  runner.notice(`${result.repoId}: ${note}`)
}
