/**
 * A repo's references: `GET /api/{type}s/{id}/refs[?include_prs=1]`, and creating and deleting
 * branches (`POST`/`DELETE …/branch/{name}`) and tags (`POST …/tag/{rev}` with `{tag, message?}`,
 * `DELETE …/tag/{tag}`), with the Hub's answers:
 * - 409 `Reference refs/heads/x already exists` for an existing branch or tag (unless the
 *   branch request says `overwrite`); a branch may share a tag's name;
 * - 400 `Invalid reference for a branch` for names like `refs/pr/5`, 400 for names git refuses;
 * - 404 RevisionNotFound (`Invalid rev id: x`) for a missing starting point, or a missing branch or
 *   tag to delete (a tag given to the branch route counts as missing, and the other way round);
 * - 403 `Cannot delete refs/heads/main`: the default branch stays.
 * Changing refs needs write access (401/403/404 as in auth.ts).
 */
import { GitError, runGit } from '../git.js'
import { badRequest, HubHttpError, revisionNotFound, sendJson } from '../http.js'
import type { EmulatedRepo } from '../repos.js'
import type { Router } from '../router.js'
import type { HubEmulator } from '../server.js'
import { accessRepo } from './shared.js'

interface BranchBody {
  startingPoint?: unknown
  emptyBranch?: unknown
  overwrite?: unknown
}

export function registerRefRoutes(router: Router, hub: HubEmulator): void {
  router.on('GET', '/api/:types/:ns/:name/refs', async (ctx) => {
    const { repo } = accessRepo(hub, ctx, 'read')
    const refs = await repo.git.refs()
    const pick = (prefix: string) =>
      [...refs]
        .filter(([ref]) => ref.startsWith(prefix))
        .map(([ref, targetCommit]) => ({ name: ref.slice(prefix.length), ref, targetCommit }))
    const body: Record<string, unknown> = {
      branches: pick('refs/heads/'),
      converts: [],
      tags: pick('refs/tags/')
    }
    if (ctx.url.searchParams.get('include_prs')) body.pullRequests = pick('refs/pr/')
    sendJson(ctx, 200, body)
  })

  router.on('POST', '/api/:types/:ns/:name/branch/:branch', async (ctx) => {
    const { repo, grant } = accessRepo(hub, ctx, 'write')
    const ref = await checkedRef(ctx.params.branch, 'branch')
    const body = (await ctx.json<BranchBody>()) ?? {}
    const existing = (await repo.git.refs()).get(ref)
    if (existing && body.overwrite !== true) throw alreadyExists(ref)
    const start =
      body.emptyBranch === true
        ? await emptyCommit(repo, grant?.user.name ?? 'system')
        : await startingPoint(repo, body.startingPoint)
    await repo.git.updateRef(ref, start, existing)
    sendJson(ctx, 200, {})
  })

  router.on('DELETE', '/api/:types/:ns/:name/branch/:branch', async (ctx) => {
    const { repo } = accessRepo(hub, ctx, 'write')
    const ref = `refs/heads/${ctx.params.branch}`
    if (ref === 'refs/heads/main') throw new HubHttpError(403, `Cannot delete ${ref}`)
    await deleteExisting(repo, ref, ctx.params.branch)
    sendJson(ctx, 200, {})
  })

  router.on('POST', '/api/:types/:ns/:name/tag/:rev', async (ctx) => {
    const { repo, grant } = accessRepo(hub, ctx, 'write')
    const body = (await ctx.json<{ tag?: unknown; message?: unknown }>()) ?? {}
    if (typeof body.tag !== 'string') throw badRequest('"tag" must be a string')
    const ref = await checkedRef(body.tag, 'tag')
    const target = await repo.git.resolve(ctx.params.rev)
    if (!target) throw revisionNotFound(ctx.params.rev)
    if ((await repo.git.refs()).has(ref)) throw alreadyExists(ref)
    if (typeof body.message === 'string' && body.message !== '') {
      const name = grant?.user.name ?? 'system'
      await repo.git.git(['tag', '-a', body.tag, target, '-F', '-'], {
        input: body.message,
        env: {
          GIT_COMMITTER_NAME: name,
          GIT_COMMITTER_EMAIL: `${name}@users.noreply.huggingface.co`
        }
      })
    } else {
      await repo.git.updateRef(ref, target)
    }
    sendJson(ctx, 200, {})
  })

  router.on('DELETE', '/api/:types/:ns/:name/tag/:tag', async (ctx) => {
    const { repo } = accessRepo(hub, ctx, 'write')
    await deleteExisting(repo, `refs/tags/${ctx.params.tag}`, ctx.params.tag)
    sendJson(ctx, 200, {})
  })
}

/** The full ref of a new branch or tag name, or 400 for a name the Hub (or git) refuses. */
async function checkedRef(name: string, kind: 'branch' | 'tag'): Promise<string> {
  if (kind === 'branch' && name.startsWith('refs/')) {
    throw badRequest(`Invalid reference for a branch: ${name}`)
  }
  const ref = `refs/${kind === 'branch' ? 'heads' : 'tags'}/${name}`
  try {
    await runGit(['check-ref-format', ref])
  } catch (error) {
    if (!(error instanceof GitError)) throw error
    throw badRequest(`Invalid reference for a ${kind}: ${name}`)
  }
  return ref
}

function alreadyExists(ref: string): HubHttpError {
  return new HubHttpError(409, `Reference ${ref} already exists`)
}

/** The commit a new branch starts from: `startingPoint` (any revision), else main's head. */
async function startingPoint(repo: EmulatedRepo, rev: unknown): Promise<string> {
  const wanted = typeof rev === 'string' && rev !== '' ? rev : 'main'
  const sha = await repo.git.resolve(wanted)
  if (!sha) throw revisionNotFound(wanted)
  return sha
}

/** `emptyBranch`: a branch whose only commit has no file (the Hub's exact commit is unknown). */
function emptyCommit(repo: EmulatedRepo, user: string): Promise<string> {
  return repo.git.commit({
    changes: [],
    message: 'Empty branch',
    author: { name: user, email: `${user}@users.noreply.huggingface.co` }
  })
}

async function deleteExisting(repo: EmulatedRepo, ref: string, name: string): Promise<void> {
  if (!(await repo.git.refs()).has(ref)) throw revisionNotFound(name)
  await repo.git.deleteRef(ref)
}
