/**
 * Trusted Publishers: per repo, the OIDC issuers whose ID tokens the Hub exchanges for a
 * short-lived token of that repo, and the claims those tokens must carry. The exchange checks
 * what the Hub checks: a known issuer, the signature against the issuer's JWKS, the audience
 * (the Hub's own URL), the token's lifetime, and every configured claim, exactly.
 */
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto'
import type { RepoType } from './http.js'

export interface TrustedPublisher {
  type: RepoType
  /** `namespace/name` */
  id: string
  /** `iss` of the ID tokens (GitHub: `https://token.actions.githubusercontent.com`). */
  issuer: string
  /** The issuer's keys; when absent, read from `{issuer}/.well-known/openid-configuration`. */
  jwks?: { keys: JsonWebKey[] }
  /**
   * Claims that must match exactly. `workflow` is the workflow's file name (the Hub's form,
   * compared with the file in `workflow_ref`), `branch` the ref without `refs/heads/`; any other
   * name is compared with the claim of that name (`repository`, `ref`, `environment`, …).
   */
  claims: Record<string, string>
}

/** Why an exchange is refused: the OAuth error code and its description. */
export class ExchangeRefusal extends Error {
  constructor(
    readonly code: 'invalid_request' | 'invalid_grant',
    description: string
  ) {
    super(description)
  }
}

/** Seconds of clock skew tolerated on `exp` and `nbf`. */
const LEEWAY_SECONDS = 30

export class TrustedPublishers {
  /** Tokens issued by the exchange, in order (tests check none was printed). */
  readonly issued: { type: RepoType; id: string; token: string }[] = []
  private readonly publishers: TrustedPublisher[] = []
  private readonly keyCache = new Map<string, { keys: JsonWebKey[] }>()

  add(publisher: TrustedPublisher): void {
    this.publishers.push(publisher)
  }

  of(type: RepoType, id: string): TrustedPublisher[] {
    return this.publishers.filter((p) => p.type === type && p.id === id)
  }

  /**
   * The verified claims of `jwt` for a publisher of the repo, or an `ExchangeRefusal` saying
   * why not.
   */
  async verify(
    type: RepoType,
    id: string,
    jwt: string,
    audience: string
  ): Promise<Record<string, unknown>> {
    const resource = `${type === 'model' ? '' : `${type}s/`}${id}`
    const { header, claims, signed, signature } = decodeJwt(jwt)
    const candidates = this.of(type, id).filter((p) => p.issuer === claims.iss)
    if (candidates.length === 0) {
      throw new ExchangeRefusal(
        'invalid_grant',
        `No Trusted Publisher for issuer ${String(claims.iss)} is configured on ${resource}.`
      )
    }
    if (header.alg !== 'RS256')
      throw new ExchangeRefusal('invalid_grant', 'Unsupported token algorithm.')
    const keys = await this.keysOf(candidates[0])
    const key = keys.find((k) => (k as { kid?: string }).kid === header.kid)
    const valid =
      key !== undefined &&
      verify('RSA-SHA256', signed, createPublicKey({ key, format: 'jwk' }), signature)
    if (!valid) throw new ExchangeRefusal('invalid_grant', 'The token signature is invalid.')
    if (claims.aud !== audience && !(Array.isArray(claims.aud) && claims.aud.includes(audience))) {
      throw new ExchangeRefusal(
        'invalid_grant',
        `The token audience must be ${audience}, got ${JSON.stringify(claims.aud)}.`
      )
    }
    const now = Date.now() / 1000
    if (typeof claims.exp !== 'number' || claims.exp + LEEWAY_SECONDS < now)
      throw new ExchangeRefusal('invalid_grant', 'The token has expired.')
    if (typeof claims.nbf === 'number' && claims.nbf - LEEWAY_SECONDS > now)
      throw new ExchangeRefusal('invalid_grant', 'The token is not valid yet.')
    if (!candidates.some((p) => claimsMatch(p.claims, claims))) {
      throw new ExchangeRefusal(
        'invalid_grant',
        `The token's claims do not match any Trusted Publisher of ${resource}.`
      )
    }
    return claims
  }

  private async keysOf(publisher: TrustedPublisher): Promise<JsonWebKey[]> {
    if (publisher.jwks) return publisher.jwks.keys
    let jwks = this.keyCache.get(publisher.issuer)
    if (!jwks) {
      try {
        const config = (await (
          await fetch(`${publisher.issuer}/.well-known/openid-configuration`)
        ).json()) as { jwks_uri: string }
        jwks = (await (await fetch(config.jwks_uri)).json()) as { keys: JsonWebKey[] }
      } catch {
        throw new ExchangeRefusal(
          'invalid_grant',
          `Could not fetch the keys of ${publisher.issuer}.`
        )
      }
      this.keyCache.set(publisher.issuer, jwks)
    }
    return jwks.keys
  }
}

function claimsMatch(expected: Record<string, string>, claims: Record<string, unknown>): boolean {
  return Object.entries(expected).every(([name, value]) => {
    if (name === 'workflow') return workflowFile(claims) === value
    if (name === 'branch') return claims.ref === `refs/heads/${value}`
    return claims[name] === value
  })
}

/** `deploy.yml` from `owner/repo/.github/workflows/deploy.yml@refs/heads/main`. */
function workflowFile(claims: Record<string, unknown>): string | undefined {
  const ref = claims.workflow_ref
  return typeof ref === 'string' ? /\/\.github\/workflows\/([^@]+)@/.exec(ref)?.[1] : undefined
}

function decodeJwt(jwt: string): {
  header: Record<string, unknown>
  claims: Record<string, unknown>
  signed: Buffer
  signature: Buffer
} {
  const parts = jwt.split('.')
  try {
    if (parts.length !== 3) throw new Error('not three parts')
    return {
      header: JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as Record<
        string,
        unknown
      >,
      claims: JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Record<
        string,
        unknown
      >,
      signed: Buffer.from(`${parts[0]}.${parts[1]}`),
      signature: Buffer.from(parts[2], 'base64url')
    }
  } catch {
    throw new ExchangeRefusal('invalid_request', 'subject_token is not a JWT.')
  }
}
