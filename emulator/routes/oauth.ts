/**
 * `POST /oauth/token`: the Trusted-Publisher exchange (RFC 8693). A CI's OIDC ID token for a
 * repo that has a matching publisher becomes an `hf_jwt_…` token that reads and writes that one
 * repo for 60 minutes. Also the control route that registers a publisher.
 */
import { randomBytes } from 'node:crypto'
import { HubHttpError, badRequest, sendJson, type RepoType } from '../http.js'
import type { Router } from '../router.js'
import type { HubEmulator } from '../server.js'
import { ExchangeRefusal, type TrustedPublisher } from '../trusted-publishers.js'

const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange'
const ID_TOKEN = 'urn:ietf:params:oauth:token-type:id_token'
const ACCESS_TOKEN = 'urn:ietf:params:oauth:token-type:access_token'
const LIFETIME_SECONDS = 3600

interface ExchangeBody {
  grant_type?: string
  subject_token_type?: string
  subject_token?: string
  resource?: string
}

export function registerOauthRoutes(router: Router, hub: HubEmulator): void {
  router.on('POST', '/oauth/token', async (ctx) => {
    const body = (await ctx.json<ExchangeBody>().catch(() => undefined)) ?? {}
    try {
      if (body.grant_type !== TOKEN_EXCHANGE)
        throw new ExchangeRefusal('invalid_request', `grant_type must be ${TOKEN_EXCHANGE}.`)
      if (body.subject_token_type !== ID_TOKEN)
        throw new ExchangeRefusal('invalid_request', `subject_token_type must be ${ID_TOKEN}.`)
      if (!body.subject_token)
        throw new ExchangeRefusal('invalid_request', 'subject_token is required.')
      const { type, id } = parseResource(body.resource)
      if (!hub.repos.get(type, id))
        throw new ExchangeRefusal('invalid_grant', `Repository ${body.resource} not found.`)
      await hub.trustedPublishers.verify(type, id, body.subject_token, hub.url)
      const token = `hf_jwt_${randomBytes(24).toString('base64url')}`
      hub.tokens.add(token, {
        user: oidcUser(hub),
        role: 'write',
        displayName: `Trusted Publisher of ${body.resource}`,
        type: 'oidc',
        scope: { type, id },
        expiresAt: Date.now() + LIFETIME_SECONDS * 1000
      })
      hub.trustedPublishers.issued.push({ type, id, token })
      sendJson(ctx, 200, {
        access_token: token,
        token_type: 'bearer',
        expires_in: LIFETIME_SECONDS,
        issued_token_type: ACCESS_TOKEN
      })
    } catch (error) {
      if (!(error instanceof ExchangeRefusal)) throw error
      throw new HubHttpError(
        400,
        error.code,
        undefined,
        {
          error_description: `${error.message} Request ID: ${ctx.requestId}`
        },
        {},
        false
      )
    }
  })

  router.on('POST', '/_emulator/trusted-publishers', async (ctx) => {
    const body = await ctx.json<Partial<TrustedPublisher> & { resource?: string }>()
    const target = body?.resource ? parseResource(body.resource) : body
    if (!target?.type || !target.id || !body?.issuer)
      throw badRequest('resource (or type and id) and issuer are required')
    hub.trustedPublishers.add({
      type: target.type,
      id: target.id,
      issuer: body.issuer,
      jwks: body.jwks,
      claims: body.claims ?? {}
    })
    sendJson(ctx, 200, {})
  })
}

/** `spaces/ns/name`, `datasets/ns/name` or `ns/name` (a model). */
function parseResource(resource: string | undefined): { type: RepoType; id: string } {
  const match = /^(?:(spaces|datasets)\/)?([^/]+\/[^/]+)$/.exec(resource ?? '')
  if (!match) {
    throw new ExchangeRefusal(
      'invalid_request',
      `resource must be ns/name, datasets/ns/name or spaces/ns/name, got ${JSON.stringify(resource ?? null)}.`
    )
  }
  const type: RepoType =
    match[1] === 'spaces' ? 'space' : match[1] === 'datasets' ? 'dataset' : 'model'
  return { type, id: match[2] }
}

/** The synthetic user the Hub attributes Trusted-Publisher pushes to. */
function oidcUser(hub: HubEmulator) {
  let user = hub.users.get('[OIDC]')
  if (!user) user = hub.addUser('[OIDC]', [], false)
  return user
}
