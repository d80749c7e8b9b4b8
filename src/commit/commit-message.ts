/**
 * The commit's title and description: the user's (`commit_message`, `commit_description`), or by
 * default the GitHub commit and repo it came from and a link to the workflow run, so that a Hub
 * commit leads back to its source.
 */
import { commitLink, runLink, type GitHubContext } from '../github-context.js'
import type { ActionSettings } from '../settings.js'

export interface CommitMessage {
  /** One line: the commit's title. */
  summary: string
  description: string
}

/** What the commit is for: `deploy` publishes files, `rebuild` is the empty commit. */
export type CommitPurpose = 'deploy' | 'rebuild'

/** Longest default title: the Hub shows titles in one line. */
const MAX_TITLE = 100

export function commitMessage(
  settings: Pick<ActionSettings, 'commitMessage' | 'commitDescription'>,
  github: GitHubContext,
  purpose: CommitPurpose
): CommitMessage {
  const [first, ...rest] = (settings.commitMessage ?? defaultSummary(github, purpose)).split('\n')
  // A multi-line commit_message: its first line is the title, the rest leads the description.
  const extra = rest.join('\n').trim()
  const description = settings.commitDescription ?? defaultDescription(github, purpose)
  return {
    summary: first.trim() || defaultSummary(github, purpose),
    description: [extra, description].filter(Boolean).join('\n\n')
  }
}

function defaultSummary(github: GitHubContext, purpose: CommitPurpose): string {
  const verb = purpose === 'deploy' ? 'Deploy' : 'Rebuild'
  if (!github.repository) {
    return purpose === 'deploy' ? 'Deploy with hf-space-action' : 'Rebuild (empty commit)'
  }
  const source = `${github.repository}${github.sha ? `@${github.sha.slice(0, 7)}` : ''}`
  const headline = github.headCommitMessage?.split('\n')[0].trim()
  const title = `${verb} ${source}${headline ? `: ${headline}` : ''}`
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title
}

function defaultDescription(github: GitHubContext, purpose: CommitPurpose): string {
  const what = purpose === 'deploy' ? 'Deployed' : 'Empty commit (it forces a rebuild), made'
  const commit = commitLink(github)
  const run = runLink(github)
  const lines = [`${what} by hf-space-action${commit ? ` from ${commit}` : ''}.`]
  if (run) lines.push(`Workflow run: ${run}${github.workflow ? ` (${github.workflow})` : ''}`)
  return lines.join('\n\n')
}
