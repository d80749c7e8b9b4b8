/**
 * What most routes start with: which repo a path names and whether the caller may read or
 * change it, answered with the Hub's own errors.
 */
import { assertRead, assertWrite, type TokenGrant } from '../auth.js'
import { HubHttpError, type RepoType, type RequestContext } from '../http.js'
import type { EmulatedRepo } from '../repos.js'
import { safeDecode } from '../router.js'
import type { HubEmulator } from '../server.js'

const TYPES: Record<string, RepoType> = { models: 'model', datasets: 'dataset', spaces: 'space' }

export function repoTypeFromPlural(segment: string): RepoType {
  const type = TYPES[segment]
  if (!type) throw new HubHttpError(404, "Sorry, we can't find the page you are looking for.")
  return type
}

/** The web path of a repo: no prefix for models, `datasets/` and `spaces/` otherwise. */
export function repoWebPath(type: RepoType, id: string): string {
  return type === 'model' ? id : `${type}s/${id}`
}

export function repoWebUrl(hub: HubEmulator, type: RepoType, id: string): string {
  return `${hub.url}/${repoWebPath(type, id)}`
}

export interface RepoAccess {
  repo: EmulatedRepo
  grant?: TokenGrant
}

/**
 * Resolves `:types/:ns/:name` (or an explicit type) to a repo the caller may read (`write`:
 * change); throws 401/403/404 as the Hub does.
 */
export function accessRepo(
  hub: HubEmulator,
  ctx: RequestContext,
  need: 'read' | 'write',
  type: RepoType = repoTypeFromPlural(ctx.params.types)
): RepoAccess {
  const grant = hub.tokens.resolve(ctx.token)
  const id = `${ctx.params.ns}/${ctx.params.name}`
  const found = hub.repos.get(type, id)
  const movedTo = found ? undefined : hub.repos.movedTo(type, id)
  if (movedTo) throw redirect(ctx, id, movedTo)
  const repo = need === 'write' ? assertWrite(grant, found) : assertRead(grant, found)
  return { repo, grant }
}

/** Space-only routes: a Space the caller owns (or writes to through an org). */
export function accessSpace(
  hub: HubEmulator,
  ctx: RequestContext
): RepoAccess & { repo: Required<Pick<EmulatedRepo, 'runtime'>> & EmulatedRepo } {
  const access = accessRepo(hub, ctx, 'write', 'space')
  if (!access.repo.runtime) throw new HubHttpError(404, 'Repository not found', 'RepoNotFound')
  return access as RepoAccess & { repo: Required<Pick<EmulatedRepo, 'runtime'>> & EmulatedRepo }
}

/** The Hub's answer for a renamed repo: 307 to the same path under the new id. */
function redirect(ctx: RequestContext, from: string, to: string): HubHttpError {
  const location = ctx.url.pathname.replace(`/${from}`, `/${to}`) + ctx.url.search
  return new HubHttpError(
    307,
    `Temporary Redirect. Redirecting to ${location}`,
    undefined,
    {},
    { Location: location },
    false
  )
}

/**
 * The revision is one segment (`%2F`-encoded if it has slashes), except that `refs/pr/1`,
 * `refs/heads/x`, … may also come raw; the rest is the path, raw or `%2F`-encoded.
 */
export function splitRevisionAndPath(raw: string[]): { rev: string; path: string } {
  const parts = raw.map(safeDecode)
  const taken = parts[0] === 'refs' && parts.length >= 3 ? 3 : 1
  return { rev: parts.slice(0, taken).join('/'), path: parts.slice(taken).join('/') }
}
