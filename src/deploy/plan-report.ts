/**
 * The plan in words: one headline, a line per file for the step log, and a table for the job
 * summary. Long lists are cut: a deploy of 50,000 files must not print 50,000 lines.
 */
import { escapeHtml } from '../report.js'
import type { DeployPlan } from './plan.js'

/** Files listed, in the log and in the summary. */
const LISTED = 200

export interface PlanDescription {
  headline: string
  logLines: string[]
  markdown: string
}

export function describePlan(plan: DeployPlan): PlanDescription {
  const bytes = (files: { size: number }[]) => formatBytes(files.reduce((n, f) => n + f.size, 0))
  const parts = [
    `${plan.added.length} to add (${bytes(plan.added)})`,
    `${plan.changed.length} to change (${bytes(plan.changed)})`,
    `${plan.deleted.length} to delete`,
    `${plan.unchanged.length} unchanged`
  ]
  if (plan.kept.length > 0) parts.push(`${plan.kept.length} remote file(s) kept`)
  const rows: [string, string, number | undefined][] = [
    ...plan.added.map((f): [string, string, number] => ['+', f.pathInRepo, f.size]),
    ...plan.changed.map((f): [string, string, number] => ['~', f.pathInRepo, f.size]),
    ...plan.deleted.map((f): [string, string, undefined] => ['-', f.pathInRepo, undefined])
  ]
  return {
    headline: parts.join(', '),
    logLines: listed(rows, ([sign, path, size]) =>
      size === undefined ? `${sign} ${path}` : `${sign} ${path} (${formatBytes(size)})`
    ),
    markdown: markdownTable(rows)
  }
}

/** `1.2 MB`, in SI units as the Hub shows sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  const units = ['kB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = -1
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}

const CHANGE_NAMES: Record<string, string> = { '+': 'add', '~': 'change', '-': 'delete' }

function markdownTable(rows: [string, string, number | undefined][]): string {
  if (rows.length === 0) return 'Nothing to change.'
  const cell = (text: string) => escapeHtml(text).replace(/\|/g, '&#124;')
  const lines = listed(
    rows,
    ([sign, path, size]) =>
      `| ${CHANGE_NAMES[sign]} | <code>${cell(path)}</code> | ${size === undefined ? '' : formatBytes(size)} |`,
    (more) => `| … | ${more} more | |`
  )
  return ['| Change | File | Size |', '| --- | --- | --- |', ...lines].join('\n')
}

function listed<T>(
  rows: T[],
  format: (row: T) => string,
  formatMore: (more: number) => string = (more) => `… and ${more} more`
): string[] {
  const lines = rows.slice(0, LISTED).map(format)
  if (rows.length > LISTED) lines.push(formatMore(rows.length - LISTED))
  return lines
}
