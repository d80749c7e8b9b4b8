/**
 * Pre-flight: before the first write, is the token allowed to make it? One `whoami-v2` per run
 * (started early, so it overlaps local work such as hashing), then a verdict per repo: a read-only
 * token, or a fine-grained token without write on the repo, fails before any preupload, LFS
 * upload, commit or restart — with the fix, not a 403 halfway through.
 */
import * as runner from '../runner/index.js'
import { getErrorMessage } from '../errors.js'
import type { HubClient } from '../hub/client.js'
import { HubApiError } from '../hub/error.js'
import { whoAmI, type WhoAmI } from '../hub/whoami.js'
import type { RepoResult } from '../result.js'
import type { ActionSettings, RepoType } from '../settings.js'

/** The permission a fine-grained token needs to write a repo's content and settings. */
const WRITE_PERMISSION = 'repo.write'
const TOKENS_PAGE = 'https://huggingface.co/settings/tokens'

export interface PreflightContext {
  client: HubClient
  settings: Pick<ActionSettings, 'token' | 'dryRun' | 'mode'>
}

/** The token's identity, asked once per client (several repos share one answer). */
const identities = new WeakMap<HubClient, Promise<WhoAmI | undefined>>()

/**
 * Starts the identity check in the background and returns immediately; the answer is awaited by
 * `checkBeforeWrite`. Without a token there is nothing to ask (the first call will say so).
 */
export function startPreflight(ctx: PreflightContext): void {
  if (!ctx.client.hasToken || identities.has(ctx.client)) return
  const asked = whoAmI(ctx.client).catch((error: unknown) => {
    // An invalid token is an answer; the rest (rate limit, outage) must not block a deploy.
    if (error instanceof HubApiError && error.status === 401) throw error
    runner.warning(
      `Could not check the token before writing (whoami-v2): ${getErrorMessage(error)}`
    )
    return undefined
  })
  // Awaited later; until then a rejection must not count as unhandled.
  asked.catch(() => undefined)
  identities.set(ctx.client, asked)
}

/**
 * Before a repo's first write: throws when the token cannot make it. A dry run does not throw: it
 * records what the real run would hit as the repo's error (so the step fails as the real one
 * would) and goes on to say what else it would do.
 */
export async function checkBeforeWrite(ctx: PreflightContext, result: RepoResult): Promise<void> {
  startPreflight(ctx)
  const identity = await identities.get(ctx.client)
  if (!identity) return
  const problem = writeProblem(identity, result.repoType, result.repoId)
  if (problem && ctx.settings.dryRun) {
    result.error = `Dry run: the real run would fail before any write. ${problem}`
    return
  }
  if (problem) throw new Error(problem)
  for (const doubt of writeDoubts(identity, result.repoId, ctx.settings.mode)) runner.warning(doubt)
}

/** Signs that a write may still be refused, for a warning (the Hub has the last word). */
function writeDoubts(identity: WhoAmI, repoId: string, mode: string): string[] {
  const doubts: string[] = []
  const namespace = repoId.split('/')[0]
  const role = identity.auth?.accessToken?.role
  const member = identity.name === namespace || identity.orgs?.some((o) => o.name === namespace)
  if (identity.type === 'user' && role !== 'fineGrained' && !member) {
    doubts.push(
      `The token belongs to ${identity.name}, who is not a member of ${namespace}: the Hub will likely refuse to change ${repoId}.`
    )
  }
  if (identity.auth?.type === 'oauth' && ['restart', 'wake'].includes(mode)) {
    doubts.push(
      `${repoId}: the token is an OAuth token (from hf auth login), which the Hub refuses for restarts since 2026: use an access token from ${TOKENS_PAGE}.`
    )
  }
  return doubts
}

/** Why this identity cannot write the repo, in a sentence with the fix; undefined if it can. */
export function writeProblem(
  identity: WhoAmI,
  repoType: RepoType,
  repoId: string
): string | undefined {
  const token = identity.auth?.accessToken
  if (!token || identity.type !== 'user') return undefined
  const named = token.displayName ? ` "${token.displayName}"` : ''
  const what = `the ${repoType} ${repoId}`
  if (token.role === 'read') {
    return `The token${named} of ${identity.name} is read-only: it cannot change ${what}. Create a token with the write role (or a fine-grained one with write access to ${repoId}) at ${TOKENS_PAGE} and store it as the secret the workflow passes in \`token\` (e.g. HF_TOKEN).`
  }
  if (token.role === 'fineGrained') {
    const scopes = token.fineGrained?.scoped ?? []
    // Entities named only by id cannot be matched: leave the verdict to the Hub.
    if (scopes.some((s) => s.entity.name === undefined)) return undefined
    if (scopes.some((s) => covers(s.entity, repoType, repoId) && canWrite(s.permissions))) {
      return undefined
    }
    const namespace = repoId.split('/')[0]
    return `The fine-grained token${named} of ${identity.name} has no write access to ${what}. Edit it at ${TOKENS_PAGE}: under "Repositories permissions", add ${repoId} (or, under its owner ${namespace}, all its repos) with "Write access to contents/settings".`
  }
  return undefined
}

function covers(
  entity: { type: string; name?: string },
  repoType: RepoType,
  repoId: string
): boolean {
  if (entity.type === repoType) return entity.name === repoId
  return (entity.type === 'user' || entity.type === 'org') && entity.name === repoId.split('/')[0]
}

function canWrite(permissions: readonly string[]): boolean {
  return permissions.includes(WRITE_PERMISSION)
}
