/**
 * Turns the results into the step's outputs, its log lines and its job summary.
 */
import * as core from '@actions/core'
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
    core.setOutput(name, first[name] ?? '')
  }
  core.setOutput('changed', String(results.some((r) => r.changed)))
  core.setOutput('runtime', results[0]?.runtime ? JSON.stringify(results[0].runtime) : '')
  core.setOutput('results', JSON.stringify(all))
}

/** Prints what happened to each repo, and the log tail of a failed Space where everyone sees it. */
export function logResults(results: RepoResult[], settings: ActionSettings): void {
  for (const result of results) {
    const o = outputsOf(result, settings.endpoint)
    const stage = o.stage ? ` — stage ${o.stage}` : ''
    core.info(
      `${result.repoId}${stage}${o.commit_sha ? `, commit ${o.commit_sha}` : ''}${result.changed ? ' (changed)' : ''}`
    )
    for (const note of result.notes) core.info(`  ${note}`)
    if (result.logTail && result.logTail.lines.length > 0) {
      core.info(
        `  Last ${result.logTail.lines.length} lines of the ${result.logTail.kind} log of ${result.repoId}:`
      )
      for (const line of result.logTail.lines) core.info(`  | ${line}`)
    }
  }
}
