/**
 * What the action knows of the workflow run that started it, read from the runner's `GITHUB_*`
 * variables and event file (no `@actions/github`: it would bring octokit into the bundle).
 */
import { readFileSync } from 'node:fs'

export interface GitHubContext {
  /** The commit the workflow runs on (`GITHUB_SHA`). */
  sha?: string
  /** `owner/repo` (`GITHUB_REPOSITORY`). */
  repository?: string
  /** `https://github.com`, or a GitHub Enterprise Server's URL. */
  serverUrl: string
  runId?: string
  runAttempt?: string
  workflow?: string
  /** The pushed head commit's message (push events only). */
  headCommitMessage?: string
}

/** Reads the context of the current run; every field is optional outside GitHub Actions. */
export function readGitHubContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  return {
    sha: env.GITHUB_SHA || undefined,
    repository: env.GITHUB_REPOSITORY || undefined,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID || undefined,
    runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
    workflow: env.GITHUB_WORKFLOW || undefined,
    headCommitMessage: headCommitMessage(env.GITHUB_EVENT_PATH)
  }
}

/** The link to the commit on GitHub, when the run knows it. */
export function commitLink(ctx: GitHubContext): string | undefined {
  if (!ctx.sha || !ctx.repository) return undefined
  return `${ctx.serverUrl}/${ctx.repository}/commit/${ctx.sha}`
}

/** The link to this run (and attempt) on GitHub, when the run knows it. */
export function runLink(ctx: GitHubContext): string | undefined {
  if (!ctx.runId || !ctx.repository) return undefined
  const attempt = ctx.runAttempt && ctx.runAttempt !== '1' ? `/attempts/${ctx.runAttempt}` : ''
  return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}${attempt}`
}

/**
 * The event file is the runner's JSON of the triggering event; only pushes carry a head commit.
 * An unreadable file is not an error: the message is a nicety.
 */
function headCommitMessage(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      head_commit?: { message?: unknown }
    }
    const message = event.head_commit?.message
    return typeof message === 'string' && message.trim() ? message.trim() : undefined
  } catch {
    return undefined
  }
}
