/**
 * Which Hub credential a run uses, and the Hub client each repo gets: the `token` input, else
 * `HF_TOKEN`, else — when the job may request a GitHub ID token — a Trusted-Publisher token,
 * exchanged once per repo (such a token writes to its one repo only). Errors that such a token
 * explains better are rewritten here.
 */
import * as runner from '../runner/index.js'
import { getErrorMessage } from '../errors.js'
import type { HubClient } from '../hub/client.js'
import { HubApiError } from '../hub/error.js'
import type { ModeContext } from '../modes/context.js'
import { previewSpaceId } from '../preview/pull-request-event.js'
import type { ActionSettings, Mode, RepoType } from '../settings.js'
import { trustedPublisherToken } from './trusted-publisher.js'

export type CredentialKind = 'token' | 'trusted-publisher' | 'none'

/** Modes that create the repo they work on when it is missing. */
const CREATING_MODES: readonly Mode[] = ['duplicate', 'preview']

const STORED_TOKEN = 'a stored token with write access (token: ${{ secrets.HF_TOKEN }})'

export class HubAccess {
  readonly kind: CredentialKind
  private readonly shared: HubClient

  constructor(
    private readonly settings: ActionSettings,
    private readonly newClient: (token?: string) => HubClient
  ) {
    this.kind = settings.token ? 'token' : settings.trustedPublisher ? 'trusted-publisher' : 'none'
    this.shared = newClient(settings.token)
  }

  /** Connections to the endpoint, opened while the inputs and the folder are still checked. */
  preconnect(): void {
    this.shared.preconnect()
  }

  /**
   * What a mode works with on one repo. With a Trusted Publisher, the repo's own exchanged token
   * goes to its client and, as `settings.token`, to git and the app ping.
   */
  async contextFor(type: RepoType, id: string): Promise<ModeContext> {
    if (this.kind !== 'trusted-publisher') {
      return { client: this.shared, settings: this.settings, credential: this.kind }
    }
    let token: string
    try {
      token = await trustedPublisherToken(this.shared, {
        type,
        id: writtenRepo(this.settings, id),
        endpoint: this.settings.endpoint,
        wantsCreate: this.settings.create || CREATING_MODES.includes(this.settings.mode)
      })
    } catch (error) {
      // Reading a public Space's status needs no token: a missing publisher must not fail it.
      if (this.settings.mode !== 'status') throw error
      runner.warning(`${getErrorMessage(error)} Reading the status without a token.`)
      return { client: this.shared, settings: this.settings, credential: 'none' }
    }
    return {
      client: this.newClient(token),
      settings: { ...this.settings, token },
      credential: 'trusted-publisher'
    }
  }

  /** A 401/403 of a call made with a Trusted-Publisher token: say what such a token may not do. */
  explain(error: unknown): unknown {
    if (this.kind !== 'trusted-publisher' || !(error instanceof HubApiError)) return error
    if (error.status !== 401 && error.status !== 403) return error
    const path = new URL(error.url).pathname
    const said = error.hubMessage ? `: ${error.hubMessage}` : ''
    const id = error.requestId ? ` (request id ${error.requestId})` : ''
    return new Error(
      `Hub answered ${error.status} to ${error.method} ${path}${said}. This run authenticates as a Trusted Publisher (GitHub OIDC): its token writes to this one repo for 60 minutes, and the Hub may not accept it for this call. Pass ${STORED_TOKEN} for it.${id}`,
      { cause: error }
    )
  }
}

/**
 * The repo a mode writes to for `repoId`, whose publisher the token is asked from: `preview`
 * writes to the pull request's preview Space, not to the production Space it names.
 */
function writtenRepo(settings: ActionSettings, repoId: string): string {
  const pr = settings.pullRequest
  return settings.mode === 'preview' && pr ? previewSpaceId(repoId, pr.number) : repoId
}

/** Before creating or duplicating a repo: a Trusted-Publisher token cannot (the Hub: 401). */
export function assertCanCreateRepos(ctx: ModeContext, what: string): void {
  if (ctx.credential !== 'trusted-publisher') return
  throw new Error(
    `Cannot ${what}: this run authenticates as a Trusted Publisher (GitHub OIDC), whose token writes to one existing repo and cannot create repos. Pass ${STORED_TOKEN}, or create the repo on the Hub first.`
  )
}

/** The one error for a mode that needs a credential when the run has none. */
export function missingCredentialMessage(mode: Mode): string {
  return `Input 'token' is empty, HF_TOKEN is not set, and the job cannot request a GitHub ID token: mode '${mode}' needs a Hub credential, either ${STORED_TOKEN}, or a Trusted Publisher (give the job permissions: id-token: write and register this workflow as a Trusted Publisher of the repo on the Hub).`
}
