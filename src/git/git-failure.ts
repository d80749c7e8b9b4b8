/**
 * What went wrong with a git command, told in the action's own words. git's stderr is never
 * relayed: it can echo URLs and headers, credentials among them. It is read only to tell the
 * cases apart — the Hub's HTTP status (with the same remedy the HTTP modes give), no answer in
 * time, a redirect that was not followed, no connection, a lost connection, a refused push.
 */
import { HubApiError } from '../hub/error.js'
import type { GitProcessResult } from './git-process.js'

export type GitFailure =
  | { kind: 'status'; status: number }
  | { kind: 'timeout' }
  | { kind: 'redirect' }
  | { kind: 'unreachable' }
  /** The connection died mid-way: whatever git sent may or may not have arrived. */
  | { kind: 'lost' }
  /** The Hub answered the push but refused the ref update (not a fast-forward, a hook). */
  | { kind: 'rejected' }
  | { kind: 'other' }

export function classifyGitFailure(result: GitProcessResult): GitFailure {
  if (result.timedOut) return { kind: 'timeout' }
  const text = `${result.stderr}\n${result.stdout}`
  const status = /The requested URL returned error: (\d{3})/.exec(text)
  if (status) {
    const code = Number(status[1])
    return code >= 300 && code < 400 ? { kind: 'redirect' } : { kind: 'status', status: code }
  }
  if (/Operation too slow|Operation timed out|curl 28\b/i.test(text)) return { kind: 'timeout' }
  if (/redirect/i.test(text)) return { kind: 'redirect' }
  if (/Authentication failed|could not read (Username|Password)/i.test(text))
    return { kind: 'status', status: 401 }
  if (/repository '.*' not found/i.test(text)) return { kind: 'status', status: 404 }
  if (/Failed to connect|Could not resolve host|Connection refused|Couldn't connect/i.test(text))
    return { kind: 'unreachable' }
  if (
    /Empty reply|RPC failed|remote end hung up|Connection reset|unexpected disconnect/i.test(text)
  )
    return { kind: 'lost' }
  if (/!\s*\[(remote )?rejected\]/.test(text)) return { kind: 'rejected' }
  return { kind: 'other' }
}

export interface GitFailureContext {
  /** What git was doing: `fetch`, `push`, `ls-remote`, … */
  command: string
  /** The repo's git URL, without credentials. */
  remoteUrl: string
  sentToken: boolean
  timeoutMs: number
  attempts?: number
}

/** An error whose message a user can act on; the failure says what kind it was. */
export class GitCommandError extends Error {
  constructor(
    readonly failure: GitFailure,
    private readonly context: GitFailureContext,
    private readonly exitCode: number
  ) {
    super(describe(failure, context, exitCode))
    this.name = 'GitCommandError'
  }

  /** The same failure, told after `attempts` tries of the command. */
  after(attempts: number): GitCommandError {
    return new GitCommandError(this.failure, { ...this.context, attempts }, this.exitCode)
  }
}

export function gitCommandError(
  result: GitProcessResult,
  context: GitFailureContext
): GitCommandError {
  return new GitCommandError(classifyGitFailure(result), context, result.exitCode)
}

function describe(failure: GitFailure, context: GitFailureContext, exitCode: number): string {
  const { command, remoteUrl } = context
  const url = new URL(remoteUrl)
  const origin = url.origin
  const repo = repoLabel(url.pathname)
  const doing = command === 'push' ? `push to ${repo}` : `${command} ${repo}`
  switch (failure.kind) {
    case 'status': {
      const remedy = new HubApiError({
        status: failure.status,
        method: command === 'push' ? 'POST' : 'GET',
        url: `${origin}/`,
        sentToken: context.sentToken,
        attempts: context.attempts
      }).remedy
      return `git could not ${doing}: the Hub answered ${failure.status}. ${remedy}`
    }
    case 'timeout':
      return `git got no answer from the Hub at ${origin} within ${Math.round(context.timeoutMs / 1000)} s (git ${command} of ${repo}): try again later; https://status.huggingface.co tells whether the Hub is down.`
    case 'redirect':
      return `The Hub answered git ${command} of ${repo} with a redirect: not followed, so that the token never goes to another host. Check the \`endpoint\` input: it must be the Hub's own address.`
    case 'unreachable':
      return `git could not reach the Hub at ${origin} (git ${command} of ${repo}): check the \`endpoint\` input and the runner's network.`
    case 'lost':
      return `git lost its connection to the Hub at ${origin} (git ${command} of ${repo}): try again later.`
    case 'rejected':
      return `The Hub refused the ${command} to ${repo}: the branch does not fast-forward to the new commit, or the Hub declined it.`
    case 'other':
      return `git could not ${doing} (git exited ${exitCode}). git's own output is not shown, as it may hold credentials: re-run the job with debug logging to see it, redacted.`
  }
}

/** `the space owner/name` (or dataset, model) from a git URL's path. */
function repoLabel(pathname: string): string {
  const match = /^\/(?:(space|dataset)s\/)?([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(pathname)
  return match ? `the ${match[1] ?? 'model'} ${match[2]}` : 'the repo'
}

/** git's stderr without anything credential-shaped: URL user info, auth headers, tokens. */
export function redact(text: string): string {
  return text
    .replace(/(\w+:\/\/)[^/\s@]+@/g, '$1***@')
    .replace(/(authorization:\s*)(\S+\s+)?\S+/gi, '$1***')
    .replace(/\bhf_[A-Za-z0-9]+/g, 'hf_***')
}
