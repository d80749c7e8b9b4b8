/** `GET /api/whoami-v2`: who a token belongs to, with its role. */
import { HubHttpError, sendJson } from '../http.js'
import { INVALID_USERNAME_OR_PASSWORD, type FineGrainedScope, type TokenGrant } from '../auth.js'
import type { Router } from '../router.js'
import type { HubEmulator } from '../server.js'

export function registerIdentityRoutes(router: Router, hub: HubEmulator): void {
  router.on('GET', '/api/whoami-v2', (ctx) => {
    const grant = hub.tokens.resolve(ctx.token)
    if (!grant) throw new HubHttpError(401, INVALID_USERNAME_OR_PASSWORD)
    const { user } = grant
    sendJson(ctx, 200, {
      type: 'user',
      id: user.id,
      name: user.name,
      fullname: user.fullname,
      email: `${user.name}@example.com`,
      emailVerified: true,
      canPay: user.isPro,
      isPro: user.isPro,
      periodEnd: null,
      avatarUrl: `/avatars/${user.id}.svg`,
      billingMode: 'postpaid',
      orgs: user.orgs.map((name) => ({
        type: 'org',
        id: `${user.id.slice(0, 12)}${Buffer.from(name).toString('hex').padEnd(12, '0').slice(0, 12)}`,
        name,
        fullname: name,
        email: null,
        canPay: true,
        billingMode: 'postpaid',
        avatarUrl: `/avatars/${name}.svg`,
        periodEnd: null,
        plan: 'team',
        roleInOrg: 'write',
        securityRestrictions: [],
        resourceGroups: []
      })),
      auth: grant.scope
        ? trustedPublisherAuth(grant)
        : {
            type: grant.type,
            accessToken: {
              displayName: grant.displayName,
              role: grant.role,
              ...(grant.fineGrained && { fineGrained: fineGrainedJson(grant.fineGrained) }),
              createdAt: '2026-01-01T00:00:00.000Z'
            }
          }
    })
  })
}

/** As the Hub lists a fine-grained token's scopes: each entity with its object id. */
function fineGrainedJson(scopes: FineGrainedScope[]): Record<string, unknown> {
  return {
    scoped: scopes.map(({ entity, permissions }) => ({
      entity: {
        _id: Buffer.from(`${entity.type}:${entity.name}`)
          .toString('hex')
          .padEnd(24, '0')
          .slice(0, 24),
        type: entity.type,
        name: entity.name
      },
      permissions
    })),
    global: [],
    canReadGatedRepos: false
  }
}

/**
 * A Trusted-Publisher token, described as a fine-grained token with write on its one repo (the
 * Hub's exact answer for `hf_jwt_…` tokens is not documented; this is the closest known shape).
 */
function trustedPublisherAuth(grant: TokenGrant): Record<string, unknown> {
  const scope = grant.scope as NonNullable<TokenGrant['scope']>
  const resource = `${scope.type === 'model' ? '' : `${scope.type}s/`}${scope.id}`
  return {
    type: 'access_token',
    accessToken: {
      displayName: grant.displayName,
      role: 'fineGrained',
      fineGrained: {
        scoped: [
          {
            entity: { type: scope.type, name: scope.id },
            permissions: ['repo.content.read', 'repo.write']
          }
        ],
        global: []
      },
      createdAt: new Date((grant.expiresAt ?? Date.now()) - 3600_000).toISOString()
    },
    expiresAt: new Date(grant.expiresAt ?? Date.now()).toISOString(),
    resource: { sub: resource }
  }
}
