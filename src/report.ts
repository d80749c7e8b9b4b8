/**
 * Turns the results into the step's outputs, its log lines and its job summary.
 */
import * as core from '@actions/core'
import { appUrl, repoPageUrl, type RepoResult } from './result.js'
import type { ActionSettings } from './settings.js'

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

export async function writeSummary(results: RepoResult[], settings: ActionSettings): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const kind = settings.repoType === 'space' ? 'Space' : settings.repoType
  const summary = core.summary.addHeading(
    `Hugging Face ${kind}: ${settings.mode}${settings.dryRun ? ' (dry run)' : ''}`,
    2
  )
  for (const result of results) {
    const o = outputsOf(result, settings.endpoint)
    summary.addHeading(`${result.error ? '❌' : '✅'} ${escapeHtml(result.repoId)}`, 3)
    const rows: [string, string][] = [
      ['Stage', o.stage ? `<code>${escapeHtml(String(o.stage))}</code>` : ''],
      ['Hardware', escapeHtml(hardwareText(String(o.hardware), String(o.requested_hardware)))],
      [
        'Sleep time',
        o.sleep_time ? `${o.sleep_time} s (${humanSeconds(Number(o.sleep_time))})` : ''
      ],
      [result.repoType === 'space' ? 'Space' : 'Repo', link(String(o.space_url))],
      ['App', o.app_url ? link(String(o.app_url)) : ''],
      ['Commit', o.commit_url ? link(String(o.commit_url), String(o.commit_sha).slice(0, 12)) : ''],
      ['Pull request', o.pr_url ? link(String(o.pr_url)) : ''],
      ['Changed', result.changed ? 'yes' : 'no']
    ]
    summary.addTable([
      [
        { data: 'Field', header: true },
        { data: 'Value', header: true }
      ],
      ...rows.filter(([, value]) => value !== '').map(([field, value]) => [field, value])
    ])
    if (result.notes.length > 0) summary.addList(result.notes.map(escapeHtml))
    if (result.error)
      summary.addRaw(`<p><strong>Failed:</strong> ${escapeHtml(result.error)}</p>`, true)
    if (result.logTail && result.logTail.lines.length > 0) {
      summary.addDetails(
        `${result.logTail.kind === 'build' ? 'Build' : 'Run'} log, last ${result.logTail.lines.length} lines`,
        `\n\n<pre>${escapeHtml(result.logTail.lines.join('\n'))}</pre>\n\n`
      )
    }
    for (const detail of result.details ?? [])
      summary.addDetails(escapeHtml(detail.title), `\n\n${detail.markdown}\n\n`)
  }
  await summary.write()
}

/** The summary of a run that failed before it reached any repo (an invalid input). */
export async function writeFailureSummary(message: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary
    .addHeading('Hugging Face Space action', 2)
    .addRaw(`<p>❌ <strong>Failed before any request:</strong> ${escapeHtml(message)}</p>`, true)
    .write()
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function link(url: string, text: string = url): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`
}

/** `cpu-basic`, `none (requested t4-small)` while it is not running, or `t4-small (requested …)`. */
function hardwareText(current: string, requested: string): string {
  if (!requested || requested === current) return current
  return `${current || 'none'} (requested ${requested})`
}

function humanSeconds(seconds: number): string {
  if (seconds < 0) return 'never sleeps'
  if (seconds % 3600 === 0) return `${seconds / 3600} h`
  if (seconds % 60 === 0) return `${seconds / 60} min`
  return `${seconds} s`
}
