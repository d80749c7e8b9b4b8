/**
 * One repo's part of the job summary. A failure comes first and in the open: the reason and the
 * first error lines of the log, above the table; the whole log tail and the deploy plan follow,
 * collapsed.
 */
import { outputsOf } from '../report.js'
import type { RepoResult } from '../result.js'
import { firstErrorLines } from './error-lines.js'
import type { SummaryPart } from './fit.js'
import { details, escapeHtml, link, pre, table } from './html.js'

/** A log line longer than this is cut in the summary (progress bars can be megabytes long). */
const MAX_LINE_CHARS = 2000

export function repoSection(result: RepoResult, endpoint: string): SummaryPart[] {
  const o = outputsOf(result, endpoint)
  const parts: SummaryPart[] = [
    { html: `<h3>${result.error ? '❌' : '✅'} ${escapeHtml(result.repoId)}</h3>\n` }
  ]
  if (result.error) parts.push({ html: failureHtml(result) })
  const rows: [string, string][] = [
    ['Stage', o.stage ? `<code>${escapeHtml(String(o.stage))}</code>` : ''],
    ['Hardware', escapeHtml(hardwareText(String(o.hardware), String(o.requested_hardware)))],
    ['Sleep time', o.sleep_time ? `${o.sleep_time} s (${humanSeconds(Number(o.sleep_time))})` : ''],
    [result.repoType === 'space' ? 'Space' : 'Repo', link(String(o.space_url))],
    ['App', o.app_url ? link(String(o.app_url)) : ''],
    ['Commit', o.commit_url ? link(String(o.commit_url), String(o.commit_sha).slice(0, 12)) : ''],
    ['Pull request', o.pr_url ? link(String(o.pr_url)) : ''],
    ['Changed', result.changed ? 'yes' : 'no']
  ]
  parts.push({
    html: table(
      ['Field', 'Value'],
      rows.filter(([, value]) => value !== '')
    )
  })
  if (result.notes.length > 0) {
    parts.push({
      html: `<ul>${result.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>\n`
    })
  }
  const tail = result.logTail
  if (tail && tail.lines.length > 0) {
    const title = `${tail.kind === 'build' ? 'Build' : 'Run'} log, last ${tail.lines.length} lines`
    parts.push({ html: details(title, pre(tail.lines.map(cutLine))), optional: true })
  }
  for (const detail of result.details ?? []) {
    parts.push({ html: details(detail.title, detail.markdown), optional: true })
  }
  return parts
}

/** The reason, and the first error lines of the log tail when it has any. */
export function failureHtml(result: RepoResult): string {
  let html = `<p><strong>Failed:</strong> ${escapeHtml(result.error ?? '')}</p>\n`
  const errors = errorLinesOf(result)
  if (errors.length > 0) {
    const kind = result.logTail?.kind === 'run' ? 'run' : 'build'
    html += `<p>First error lines of the ${kind} log:</p>\n${pre(errors.map(cutLine))}\n`
  }
  return html
}

export function errorLinesOf(result: RepoResult): string[] {
  return result.logTail ? firstErrorLines(result.logTail.lines) : []
}

export function cutLine(line: string): string {
  return line.length <= MAX_LINE_CHARS
    ? line
    : `${line.slice(0, MAX_LINE_CHARS)} … (${line.length - MAX_LINE_CHARS} more characters)`
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
