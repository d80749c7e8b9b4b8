/**
 * After a mode changed a Space: wait (unless `wait: false`) until it settles, and when it failed,
 * say why and fetch the tail of the log that shows it.
 */
import * as core from '@actions/core'
import { fetchSpaceLogTail, type LogKind } from '../hub/space-logs.js'
import { getErrorMessage } from '../errors.js'
import type { RepoResult } from '../result.js'
import { waitForSpace } from '../wait.js'
import type { ModeContext } from './context.js'

const LOG_TAIL_LINES = 30

export interface SettleOptions {
  /** Wait until the Space serves this commit (deploys). */
  expectSha?: string
  /** Wait for this stage rather than RUNNING (PAUSED after a pause). */
  expectStage?: string
}

export async function settleSpace(
  ctx: ModeContext,
  result: RepoResult,
  options: SettleOptions = {}
): Promise<void> {
  const { settings, client } = ctx
  if (!settings.wait) {
    result.notes.push('Not waiting for the Space to settle (wait: false).')
    return
  }
  const waited = await waitForSpace(client, result.repoId, {
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

/** Sets `error` for a Space in an error stage, with the log tail that shows why. */
export async function explainFailure(ctx: ModeContext, result: RepoResult): Promise<void> {
  const runtime = result.runtime
  const stage = runtime?.stage ?? 'unknown'
  const message = runtime?.errorMessage ? `: ${runtime.errorMessage}` : ''
  const hint =
    stage === 'NO_APP_FILE'
      ? ' The repo has no app file for its SDK (e.g. app.py for Gradio, Dockerfile for Docker).'
      : ''
  result.error = `${result.repoId} is in ${stage}${message}.${hint}`
  if (stage === 'NO_APP_FILE') return
  const kind: LogKind = stage === 'RUNTIME_ERROR' ? 'run' : 'build'
  try {
    const lines = await fetchSpaceLogTail(ctx.client, result.repoId, kind, LOG_TAIL_LINES)
    result.logTail = { kind, lines }
  } catch (error) {
    result.notes.push(`Could not read the ${kind} log: ${getErrorMessage(error)}`)
  }
}
