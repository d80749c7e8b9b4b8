/**
 * The one error type of Hub calls: status, the Hub's own message, `X-Error-Code` and request id,
 * plus a remedy a user can act on.
 */
import { counted, sentence } from '../errors.js'

const INVALID_CREDENTIALS = 'Invalid credentials in Authorization header'

export interface HubApiErrorInit {
  status: number
  method: string
  url: string
  /** The Hub's message: JSON `error`/`message`, or `X-Error-Message`, or the text body. */
  hubMessage?: string
  errorCode?: string
  requestId?: string
  /** Whether the request carried a token (401 means different things with and without). */
  sentToken: boolean
  /** Attempts made, when the call was retried. */
  attempts?: number
}

export class HubApiError extends Error {
  readonly status: number
  readonly method: string
  readonly url: string
  readonly hubMessage?: string
  readonly errorCode?: string
  readonly requestId?: string
  readonly sentToken: boolean
  readonly attempts: number

  constructor(init: HubApiErrorInit) {
    super('')
    this.name = 'HubApiError'
    this.status = init.status
    this.method = init.method
    this.url = init.url
    this.hubMessage = init.hubMessage
    this.errorCode = init.errorCode
    this.requestId = init.requestId
    this.sentToken = init.sentToken
    this.attempts = init.attempts ?? 1
    this.message = this.describe()
  }

  /** `space user/demo` (or `model`, `dataset`), read from the request path when it names a repo. */
  get repo(): string | undefined {
    const path = new URL(this.url).pathname
    const api = /^\/api\/(model|dataset|space)s\/([^/]+\/[^/]+)/.exec(path)
    if (api) return `${api[1]} ${api[2]}`
    const git = /^\/(?:(dataset|space)s\/)?([^/]+\/[^/.]+)\.git\//.exec(path)
    return git ? `${git[1] ?? 'model'} ${git[2]}` : undefined
  }

  /** What the user can do about it, in one sentence. */
  get remedy(): string {
    const repo = this.repo ? `the ${this.repo.replace(' ', ' repo ')}` : 'this repo'
    switch (this.status) {
      case 401:
        if (!this.sentToken) {
          return 'No token was sent: set the `token` input (or the HF_TOKEN environment variable) to a Hub access token with write access.'
        }
        if (this.hubMessage?.includes(INVALID_CREDENTIALS)) {
          return 'The token is invalid, expired or revoked: create a new access token at https://huggingface.co/settings/tokens and update the secret.'
        }
        return `The Hub refused the token for this call (OAuth tokens from \`hf auth login\` are refused by restart, sleeptime and hardware): use an access token with write access to ${repo}.`
      case 402:
        return 'A paid plan is needed for this (Gradio and Docker Spaces on cpu-basic, or paid hardware): see https://huggingface.co/pricing, or use a static Space.'
      case 403:
        return `The token lacks write access to ${repo}: use a token with the "write" role, or a fine-grained token with write permission on this repo or its organization.`
      case 404:
        if (this.errorCode === 'RevisionNotFound')
          return 'The revision (branch) does not exist: check the `revision` input.'
        if (this.errorCode === 'EntryNotFound')
          return 'The file or folder does not exist in the repo.'
        return `Check \`repo_id\` and \`repo_type\`: ${repo} does not exist, or it is private and the token cannot see it (set \`create: true\` to create it in commit modes).`
      case 409:
        return 'The Hub reports a conflict: the resource already exists or another operation is in progress.'
      case 412:
        return 'The branch moved while the action was committing (someone else pushed): run the action again.'
      case 429:
        return `The Hub rate-limited the action${this.afterAttempts}: run less often, or try again in a few minutes.`
      default:
        if (this.status >= 500)
          return `The Hub failed${this.afterAttempts}: try again later (https://status.huggingface.co).`
        return 'The Hub rejected the request.'
    }
  }

  /** ` after 6 attempts` when the call was retried: the count is the requests made. */
  private get afterAttempts(): string {
    return this.attempts > 1 ? ` after ${counted(this.attempts, 'attempt')}` : ''
  }

  private describe(): string {
    const path = new URL(this.url).pathname
    const answered = `Hub answered ${this.status} to ${this.method} ${path}`
    const said = this.hubMessage ? sentence(`${answered}: ${this.hubMessage}`) : `${answered}.`
    const id = this.requestId ? ` (request id ${this.requestId})` : ''
    return `${said} ${this.remedy}${id}`
  }
}

/** A network failure (connection refused, reset, timeout) that outlived the retries. */
export class HubNetworkError extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly cause: unknown,
    readonly attempts: number
  ) {
    const reason = describeCause(cause)
    super(
      `${sentence(`Could not reach the Hub at ${new URL(url).origin} (${method} ${new URL(url).pathname}, ${counted(attempts, 'attempt')}): ${reason}`)} Check the \`endpoint\` input and the runner's network.`
    )
    this.name = 'HubNetworkError'
  }
}

/**
 * `CODE: message` of a socket-layer error. Read by shape, not `instanceof Error`: node's own errors
 * come from another realm than a test's. A failed connection to every address of a host is an
 * `AggregateError` with no message of its own: its first error says what happened.
 */
function describeCause(cause: unknown): string {
  if (typeof cause !== 'object' || cause === null || !('message' in cause)) return String(cause)
  const { code, name, message, errors } = cause as NodeJS.ErrnoException & { errors?: unknown }
  const first = Array.isArray(errors) ? (errors[0] as { message?: unknown }) : undefined
  const said = message || (typeof first?.message === 'string' ? first.message : '')
  return `${code ?? name}: ${said}`
}

/** The Hub's message from an error answer, by the clients' precedence. */
export function hubMessageOf(
  body: string,
  contentType: string | undefined,
  header: string | undefined
): string | undefined {
  if (contentType?.includes('json')) {
    try {
      const json = JSON.parse(body) as Record<string, unknown>
      const error = json.error ?? json.message ?? json.error_description
      if (Array.isArray(error)) return error.map(String).join('; ')
      if (Array.isArray(json.errors)) {
        return (json.errors as { message?: string }[])
          .map((e) => e.message ?? JSON.stringify(e))
          .join('; ')
      }
      // OAuth-style answers put the explanation apart: `invalid_grant` alone says little.
      const description = json.error_description
      if (typeof error === 'string' && typeof description === 'string' && description !== error)
        return `${error}: ${description}`
      if (typeof error === 'string') return error
    } catch {
      // fall through to the header or text
    }
  }
  if (header) return header
  const text = body.trim()
  if (text && !/^\s*</.test(text)) return text.slice(0, 500)
  return undefined
}
