/** Why a Space in an error stage failed: the stage, the Hub's message, and the log that shows it. */
import { getErrorMessage, sentence } from '../errors.js'
import { fetchSpaceLogTail, type LogKind } from '../hub/space-logs.js'
import type { RepoResult } from '../result.js'
import type { SpaceContext } from './context.js'

const LOG_TAIL_LINES = 30

/** Sets `error` for a Space in an error stage (`result.runtime`), with the log tail that shows why. */
export async function explainFailure(ctx: SpaceContext, result: RepoResult): Promise<void> {
  const runtime = result.runtime
  const stage = runtime?.stage ?? 'unknown'
  const message = runtime?.errorMessage ? `: ${runtime.errorMessage}` : ''
  const hint =
    stage === 'NO_APP_FILE'
      ? ' The repo has no app file for its SDK (e.g. app.py for Gradio, Dockerfile for Docker).'
      : ''
  result.error = `${sentence(`${result.repoId} is in ${stage}${message}`)}${hint}`
  if (stage === 'NO_APP_FILE') return
  const kind: LogKind = stage === 'RUNTIME_ERROR' ? 'run' : 'build'
  try {
    const lines = await fetchSpaceLogTail(ctx.client, result.repoId, kind, LOG_TAIL_LINES)
    result.logTail = { kind, lines }
  } catch (error) {
    result.notes.push(`Could not read the ${kind} log: ${getErrorMessage(error)}`)
  }
}
