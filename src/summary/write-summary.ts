/**
 * The job summary: a heading, for several repos an overview table, then each repo's section —
 * cut to GitHub's 1 MiB limit when it would pass it.
 */
import * as runner from '../runner/index.js'
import type { RepoResult } from '../result.js'
import type { ActionSettings } from '../settings.js'
import { fitSummary, type SummaryPart } from './fit.js'
import { escapeHtml } from './html.js'
import { overviewTable } from './overview.js'
import { repoSection } from './repo-section.js'

export function summaryHtml(results: readonly RepoResult[], settings: ActionSettings): string {
  const kind = settings.repoType === 'space' ? 'Space' : settings.repoType
  const title = `Hugging Face ${kind}: ${settings.mode}${settings.dryRun ? ' (dry run)' : ''}`
  const parts: SummaryPart[] = [{ html: `<h2>${escapeHtml(title)}</h2>\n` }]
  if (results.length > 1) {
    const failed = results.filter((r) => r.error).length
    parts.push({
      html: `<p>${results.length} repos${failed > 0 ? `, ${failed} failed` : ''}.</p>\n${overviewTable(results, settings.endpoint)}`
    })
  }
  for (const result of results) parts.push(...repoSection(result, settings.endpoint))
  return fitSummary(parts)
}

export async function writeSummary(
  results: readonly RepoResult[],
  settings: ActionSettings
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await runner.appendSummary(summaryHtml(results, settings))
}

/** The summary of a run that failed before it reached any repo (an invalid input). */
export async function writeFailureSummary(message: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const html = fitSummary([
    { html: '<h2>Hugging Face Space action</h2>\n' },
    { html: `<p>❌ <strong>Failed before any request:</strong> ${escapeHtml(message)}</p>\n` }
  ])
  await runner.appendSummary(html)
}
