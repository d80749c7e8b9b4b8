/** Several repos: one table first, a row per repo, so a fleet's state reads at a glance. */
import { outputsOf } from '../report.js'
import type { RepoResult } from '../result.js'
import { escapeHtml, link, table } from './html.js'

/** An error longer than this is cut in its table cell; the repo's section has it whole. */
const MAX_ERROR_CHARS = 300

export function overviewTable(results: readonly RepoResult[], endpoint: string): string {
  const rows = results.map((result) => {
    const o = outputsOf(result, endpoint)
    const links = [link(String(o.space_url), result.repoType === 'space' ? 'Space' : 'repo')]
    if (o.app_url) links.push(link(String(o.app_url), 'app'))
    if (o.pr_url) links.push(link(String(o.pr_url), 'pull request'))
    else if (o.commit_url) links.push(link(String(o.commit_url), 'commit'))
    const error = result.error ?? ''
    return [
      `${result.error ? '❌' : '✅'} ${escapeHtml(result.repoId)}`,
      o.stage ? `<code>${escapeHtml(String(o.stage))}</code>` : '',
      result.changed ? 'yes' : 'no',
      links.join(' · '),
      escapeHtml(error.length > MAX_ERROR_CHARS ? `${error.slice(0, MAX_ERROR_CHARS)}…` : error)
    ]
  })
  return table(['Repo', 'Stage', 'Changed', 'Link', 'Error'], rows)
}
