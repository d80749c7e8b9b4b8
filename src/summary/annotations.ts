/**
 * The `::error::` annotations of a failed run: they head the run page, so each names its repo once
 * (not "user/app: user/app is in BUILD_ERROR") and carries the first error line of the log, not
 * only "exit code 1".
 */
import * as runner from '../runner/index.js'
import type { RepoResult } from '../result.js'
import { cutLine, errorLinesOf } from './repo-section.js'

/** Error lines of the log quoted in an annotation (the summary shows more). */
const QUOTED_LINES = 3

/** Marks the step failed, with an annotation per failed repo when there are several. */
export function failForErrors(results: readonly RepoResult[]): void {
  const failed = results.filter((r) => r.error)
  if (failed.length === 0) return
  if (results.length === 1) {
    runner.setFailed(annotationOf(failed[0], false))
    return
  }
  for (const result of failed) runner.error(annotationOf(result, true))
  runner.setFailed(
    `${failed.length} of ${results.length} repos failed: ${failed.map((r) => r.repoId).join(', ')}.`
  )
}

/** The error, prefixed with the repo when several run and the message does not name it. */
export function annotationOf(result: RepoResult, several: boolean): string {
  const error = result.error ?? ''
  const message = several && !namesRepo(error, result.repoId) ? `${result.repoId}: ${error}` : error
  const quoted = errorLinesOf(result).slice(0, QUOTED_LINES).map(cutLine)
  if (quoted.length === 0) return message
  const kind = result.logTail?.kind === 'run' ? 'run' : 'build'
  return `${message}\nFirst error lines of the ${kind} log:\n${quoted.map((l) => `  ${l}`).join('\n')}`
}

/** Whether `text` names the repo as a word (a URL path that contains it does not count). */
function namesRepo(text: string, repoId: string): boolean {
  const escaped = repoId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(^|[\\s'"\`(])${escaped}($|[\\s'"\`).,:;])`).test(text)
}
