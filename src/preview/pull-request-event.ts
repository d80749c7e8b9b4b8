/**
 * The pull request a `preview` run is about, from the runner's event (`GITHUB_EVENT_NAME`,
 * `GITHUB_EVENT_PATH`). Read before any request: any other event is a clear input error.
 */
import { readFileSync } from 'node:fs'
import { InputError } from '../inputs.js'

export const PREVIEW_EVENTS = ['pull_request', 'pull_request_target']
const ACTIVE_ACTIONS = ['opened', 'reopened', 'synchronize']

export interface PullRequestEvent {
  /** `opened`, `reopened`, `synchronize` (deploy) or `closed` (delete). */
  action: 'deploy' | 'close'
  /** The event's own action name, for the log. */
  eventAction: string
  number: number
  /** `owner/repo` of the base repository: where the comment goes. */
  repository: string
  headSha?: string
  /** The PR comes from a fork: GitHub gives its workflows no secrets. */
  fromFork: boolean
}

export function readPullRequestEvent(env: NodeJS.ProcessEnv = process.env): PullRequestEvent {
  const name = env.GITHUB_EVENT_NAME || '(none)'
  if (!PREVIEW_EVENTS.includes(name)) {
    throw new InputError(
      `Mode 'preview' runs on pull_request or pull_request_target events, but this run's event is '${name}': trigger the workflow with on: pull_request (types: [opened, reopened, synchronize, closed]).`
    )
  }
  let event: {
    action?: string
    number?: number
    pull_request?: {
      number?: number
      head?: { sha?: string; repo?: { full_name?: string } | null }
      base?: { repo?: { full_name?: string } }
    }
    repository?: { full_name?: string }
  }
  try {
    event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8'))
  } catch {
    throw new InputError(
      `Mode 'preview' could not read the pull request event (GITHUB_EVENT_PATH '${env.GITHUB_EVENT_PATH ?? ''}'): run it in a GitHub Actions job started by a pull request.`
    )
  }
  const pr = event.pull_request
  const number = pr?.number ?? event.number
  const repository =
    pr?.base?.repo?.full_name ?? event.repository?.full_name ?? env.GITHUB_REPOSITORY
  if (!pr || !Number.isInteger(number) || !repository) {
    throw new InputError(`Mode 'preview': the ${name} event has no pull request number.`)
  }
  const eventAction = event.action ?? ''
  if (eventAction !== 'closed' && !ACTIVE_ACTIONS.includes(eventAction)) {
    throw new InputError(
      `Mode 'preview' acts on pull requests opened, reopened, synchronized or closed, not '${eventAction}': use on: pull_request: types: [opened, reopened, synchronize, closed].`
    )
  }
  const head = pr.head?.repo?.full_name
  return {
    action: eventAction === 'closed' ? 'close' : 'deploy',
    eventAction,
    number: number as number,
    repository,
    headSha: pr.head?.sha,
    fromFork: head !== undefined && head !== repository
  }
}

/** `{repo_id}-pr-{number}` in the production Space's namespace, within the Hub's 96 characters. */
export function previewSpaceId(repoId: string, number: number): string {
  const [owner, name] = repoId.split('/')
  const preview = `${name}-pr-${number}`
  if (preview.length > 96) {
    throw new InputError(
      `The preview Space name '${preview}' has ${preview.length} characters, more than the Hub's 96: use a production Space with a name of at most ${96 - `-pr-${number}`.length} characters.`
    )
  }
  return `${owner}/${preview}`
}
