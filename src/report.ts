/**
 * Turns the results into the step's outputs, its log lines and its job summary.
 */
import * as runner from './runner/index.js'
import { appUrl, repoPageUrl, type RepoResult } from './result.js'
import type { ActionSettings } from './settings.js'

export { escapeHtml } from './summary/html.js'

/** One repo's outputs, with the names of `action.yml` (also the items of `results`). */
export function outputsOf(result: RepoResult, endpoint: string): Record<string, string | boolean> {
  const runtime = result.runtime
  const sleep = runtime?.gcTimeout
  return {
    repo_id: result.repoId,
    repo_type: result.repoType,
    stage: runtime?.stage ?? '',
    hardware: runtime?.hardware?.current ?? '',
    requested_hardware: runtime?.hardware?.requested ?? '',
    sleep_time: typeof sleep === 'number' ? String(sleep) : '',
    space_url: repoPageUrl(endpoint, result.repoType, result.repoId),
    app_url: appUrl(endpoint, runtime) ?? '',
    commit_sha: result.commitSha ?? '',
    commit_url: result.commitUrl ?? '',
    pr_url: result.prUrl ?? '',
    changed: result.changed,
    ...(result.error ? { error: result.error } : {})
  }
}

/** Sets every output: single values from the first repo, `changed` if any repo changed. */
export function setOutputs(results: RepoResult[], settings: ActionSettings): void {
  const all = results.map((r) => outputsOf(r, settings.endpoint))
  const first = all[0] ?? {}
  for (const name of [
    'stage',
    'hardware',
    'requested_hardware',
    'sleep_time',
    'space_url',
    'app_url',
    'commit_sha',
    'commit_url',
    'pr_url'
  ]) {
    runner.setOutput(name, String(first[name] ?? ''))
  }
  runner.setOutput('changed', String(results.some((r) => r.changed)))
  runner.setOutput('runtime', results[0]?.runtime ? JSON.stringify(results[0].runtime) : '')
  runner.setOutput('results', JSON.stringify(all))
}

/** Prints what happened to each repo, and the log tail of a failed Space where everyone sees it. */
export function logResults(results: RepoResult[], settings: ActionSettings): void {
  for (const result of results) {
    const o = outputsOf(result, settings.endpoint)
    const stage = o.stage ? ` — stage ${o.stage}` : ''
    const heading = `${result.repoId}${stage}${o.commit_sha ? `, commit ${o.commit_sha}` : ''}${result.changed ? ' (changed)' : ''}`
    const tail = result.logTail?.lines.length ? result.logTail : undefined
    // A bare owner/name says nothing; the error that follows names the repo itself.
    if (heading !== result.repoId || result.notes.length > 0 || tail) runner.info(heading)
    for (const note of result.notes) runner.info(`  ${note}`)
    if (tail) {
      runner.info(`  Last ${tail.lines.length} lines of the ${tail.kind} log:`)
      for (const line of tail.lines) runner.info(`  | ${line}`)
    }
  }
}
