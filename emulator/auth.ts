/**
 * Users, tokens and the Hub's access rules:
 * - a token the Hub does not know → 401 `Invalid credentials in Authorization header`, on any route;
 * - no token on a private or missing repo, or on a call that needs one → 401
 *   `Invalid username or password.`;
 * - a known token without access to a private or missing repo → 404 `Repository not found`;
 * - a known token that may read but not write (read role, or another namespace) → 403;
 * - a Trusted-Publisher token (`hf_jwt_…`) reads and writes its one repo only, until it expires;
 * - a fine-grained token writes only where one of its scopes grants `repo.write`.
 */
import { HubHttpError, repoNotFound, type RepoType } from './http.js'

export type TokenRole = 'read' | 'write' | 'fineGrained'

/** One scope of a fine-grained token: a repo, or a user's or org's repos, and what it may do. */
export interface FineGrainedScope {
  entity: { type: RepoType | 'user' | 'org'; name: string }
  /** `repo.content.read`, `repo.write`, … */
  permissions: string[]
}

export interface EmulatedUser {
  name: string
  fullname: string
  /** Organisations in which the user has write rights. */
  orgs: string[]
  isPro: boolean
  id: string
}

export interface TokenGrant {
  user: EmulatedUser
  role: TokenRole
  displayName: string
  /** The scopes of a `fineGrained` token. */
  fineGrained?: FineGrainedScope[]
  /** `oauth` tokens get the 2026 behaviour of `restart`, `sleeptime` and `hardware` (401). */
  type: 'access_token' | 'oauth' | 'oidc'
  /** A Trusted-Publisher (`hf_jwt_…`) token: the one repo it may read and write. */
  scope?: { type: RepoType; id: string }
  /** Epoch ms after which the Hub no longer accepts the token. */
  expiresAt?: number
}

export const INVALID_CREDENTIALS = 'Invalid credentials in Authorization header'
export const INVALID_USERNAME_OR_PASSWORD = 'Invalid username or password.'

export const unauthenticated = (): HubHttpError =>
  new HubHttpError(401, INVALID_USERNAME_OR_PASSWORD, 'RepoNotFound')

export class TokenRegistry {
  private readonly grants = new Map<string, TokenGrant>()

  add(token: string, grant: TokenGrant): void {
    this.grants.set(token, grant)
  }

  /** The grant of a token; throws 401 for a token the Hub does not know. */
  resolve(token: string | undefined): TokenGrant | undefined {
    if (token === undefined) return undefined
    const grant = this.grants.get(token)
    if (!grant || (grant.expiresAt !== undefined && Date.now() >= grant.expiresAt))
      throw new HubHttpError(401, INVALID_CREDENTIALS)
    return grant
  }
}

/** What a caller may do with one repo: the answer to every repo route's first question. */
export interface RepoAccessTarget {
  namespace: string
  private: boolean
  type?: RepoType
  id?: string
}

export function canWriteNamespace(grant: TokenGrant, namespace: string): boolean {
  return grant.user.name === namespace || grant.user.orgs.includes(namespace)
}

/** Write rights on this repo: the namespace's, or a Trusted-Publisher token's own repo. */
function canWriteRepo(grant: TokenGrant, repo: RepoAccessTarget): boolean {
  if (grant.scope) return grant.scope.type === repo.type && grant.scope.id === repo.id
  return canWriteNamespace(grant, repo.namespace)
}

/**
 * Checks read access to a repo (`undefined` when it does not exist) and returns it, or throws
 * the error the Hub gives.
 */
export function assertRead<T extends RepoAccessTarget>(
  grant: TokenGrant | undefined,
  repo: T | undefined
): T {
  const visible = repo && (!repo.private || (grant && canWriteRepo(grant, repo)))
  if (visible) return repo
  if (!grant) throw unauthenticated()
  throw repoNotFound()
}

/** Checks write access (owner or org member, with a write token) and returns the repo. */
export function assertWrite<T extends RepoAccessTarget>(
  grant: TokenGrant | undefined,
  repo: T | undefined
): T {
  if (!grant) {
    assertRead(grant, repo)
    throw unauthenticated()
  }
  const target = assertRead(grant, repo)
  if (!canWriteRepo(grant, target)) {
    throw new HubHttpError(
      403,
      `You don't have the rights to perform this operation on ${target.namespace} repositories`
    )
  }
  if (grant.role === 'fineGrained') {
    if (fineGrainedWrites(grant, target)) return target
    throw new HubHttpError(
      403,
      `This operation requires a fine-grained token with write access to ${target.id ?? target.namespace}.`
    )
  }
  if (grant.role !== 'write') {
    throw new HubHttpError(
      403,
      'This operation requires a token with write access. Your token only has read access.'
    )
  }
  return target
}

function fineGrainedWrites(grant: TokenGrant, repo: RepoAccessTarget): boolean {
  return (grant.fineGrained ?? []).some(
    ({ entity, permissions }) =>
      permissions.includes('repo.write') &&
      (entity.type === 'user' || entity.type === 'org'
        ? entity.name === repo.namespace
        : entity.type === repo.type && entity.name === repo.id)
  )
}
