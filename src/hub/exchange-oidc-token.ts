/**
 * `POST /oauth/token`: Trusted Publishers. A CI's OIDC ID token is exchanged (RFC 8693) for a
 * short-lived Hub token that writes to one repo; no Authorization header is sent.
 */
import type { RepoType } from '../settings.js'
import type { HubClient } from './client.js'

export interface ExchangedToken {
  /** `hf_jwt_…` for a repo. Mask it before anything else. */
  accessToken: string
  /** Seconds the token is valid (the Hub: 3600). */
  expiresIn: number
}

/** The exchange's `resource`: `ns/name` for a model, `datasets/ns/name`, `spaces/ns/name`. */
export function oidcResource(type: RepoType, id: string): string {
  return type === 'model' ? id : `${type}s/${id}`
}

/**
 * Exchanges `idToken` for a token of `resource`. A repeated exchange only mints another token,
 * so the call is retried like an idempotent one. A refusal is a `HubApiError` (400
 * `invalid_grant: <description>`).
 */
export async function exchangeOidcToken(
  client: HubClient,
  idToken: string,
  resource: string
): Promise<ExchangedToken> {
  const answer = await client.json<{ access_token?: string; expires_in?: number }>({
    method: 'POST',
    path: '/oauth/token',
    auth: false,
    idempotent: true,
    json: {
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
      subject_token: idToken,
      resource
    }
  })
  if (typeof answer?.access_token !== 'string' || !answer.access_token) {
    throw new Error(`The Hub's token exchange for ${resource} answered without an access_token.`)
  }
  return { accessToken: answer.access_token, expiresIn: answer.expires_in ?? 3600 }
}
