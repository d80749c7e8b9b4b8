/**
 * A Trusted-Publisher token for one repo: the job's GitHub ID token (audience: the Hub's origin)
 * exchanged at `{endpoint}/oauth/token`, masked the moment it arrives. A refusal says what the
 * Hub said and which of this run's claims a publisher must match.
 */
import * as runner from '../runner/index.js'
import type { HubClient } from '../hub/client.js'
import { HubApiError } from '../hub/error.js'
import { exchangeOidcToken, oidcResource } from '../hub/exchange-oidc-token.js'
import type { RepoType } from '../settings.js'
import { fetchGitHubIdToken, publisherClaims } from './github-id-token.js'

export interface ExchangeRequest {
  type: RepoType
  id: string
  /** The Hub's base URL; its origin is the ID token's audience (`https://huggingface.co`). */
  endpoint: string
  /** The run asked to create the repo when missing (the refusal then says what that needs). */
  wantsCreate: boolean
}

export async function trustedPublisherToken(
  client: HubClient,
  request: ExchangeRequest
): Promise<string> {
  const idToken = await fetchGitHubIdToken(new URL(request.endpoint).origin)
  const resource = oidcResource(request.type, request.id)
  try {
    const { accessToken, expiresIn } = await exchangeOidcToken(client, idToken, resource)
    runner.setSecret(accessToken)
    runner.info(
      `Authenticated to the ${request.type} ${request.id} as its Trusted Publisher (GitHub OIDC; the token is valid for ${Math.round(expiresIn / 60)} min).`
    )
    return accessToken
  } catch (error) {
    if (error instanceof HubApiError && error.status >= 400 && error.status < 500) {
      throw new Error(refusal(request, error, publisherClaims(idToken)), { cause: error })
    }
    throw error
  }
}

function refusal(
  request: ExchangeRequest,
  error: HubApiError,
  claims: Record<string, string | undefined>
): string {
  const said = error.hubMessage ? `: ${error.hubMessage}` : ` (HTTP ${error.status})`
  const quote = (name: string) => `${name} '${claims[name] ?? '?'}'`
  const compared = [quote('repository'), quote('workflow'), quote('ref')]
  if (claims.environment) compared.push(quote('environment'))
  const create = request.wantsCreate
    ? ' If the repo does not exist yet: a Trusted-Publisher token cannot create repos, so create it once with a stored token (token: ${{ secrets.HF_TOKEN }}) or on the Hub, then register the publisher.'
    : ''
  return (
    `The Hub refused to exchange this job's GitHub ID token for a token of the ${request.type} ${request.id}${said}. ` +
    `A Trusted Publisher registered on the repo (its Settings → Trusted Publishers) must match this run's claims exactly; the Hub compares ${compared.join(', ')} (issuer ${claims.issuer ?? '?'}).${create}`
  )
}
