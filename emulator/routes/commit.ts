/**
 * Committing over HTTP: `POST /api/{type}s/{id}/preupload/{rev}` (regular or LFS, per file) and
 * `POST /api/{type}s/{id}/commit/{rev}[?create_pr=1]` (NDJSON body, streamed).
 *
 * Both need write access (401/403/404 as in auth.ts; pull requests from read-only users are not
 * emulated). Preupload: 422 for a bad or over-long file list or a bad path, 404 RevisionNotFound.
 * Commit: 400 for a missing header or summary, a bad line, a regular file over 10 MiB, or an
 * `lfsFile` whose object was never uploaded (the Hub's "LFS pointer pointed to a file that does
 * not exist", which huggingface_hub raises as a BadRequestError); 422 for a path escaping the
 * repo; 404 RevisionNotFound / EntryNotFound; 412 for a stale `parentCommit`.
 */
import ignore from 'ignore'
import { applyCommit, type CommitTarget } from '../commit-apply.js'
import { checkPath, readCommitRequest } from '../commit-request.js'
import { drain } from '../body-stream.js'
import { LfsAttributes } from '../gitattributes.js'
import { HubHttpError, revisionNotFound, sendJson } from '../http.js'
import type { EmulatedRepo } from '../repos.js'
import { commitTree, fileAt } from '../read-cache.js'
import { toHubItems, type HubTreeItem } from '../repo-tree.js'
import type { Router } from '../router.js'
import type { HubEmulator } from '../server.js'
import { uploadMode } from '../upload-mode.js'
import { accessRepo, repoWebUrl } from './shared.js'

const MAX_PREUPLOAD_FILES = 1000

interface PreuploadBody {
  files?: unknown
  gitAttributes?: unknown
  gitIgnore?: unknown
}

export function registerCommitRoutes(router: Router, hub: HubEmulator): void {
  router.on('POST', '/api/:types/:ns/:name/preupload/*rev', async (ctx) => {
    const { repo } = accessRepo(hub, ctx, 'write')
    const body = (await ctx.json<PreuploadBody>()) ?? {}
    if (!Array.isArray(body.files)) throw new HubHttpError(422, '"files" must be an array')
    if (body.files.length > MAX_PREUPLOAD_FILES) {
      throw new HubHttpError(422, `At most ${MAX_PREUPLOAD_FILES} files per preupload call`)
    }
    const candidates = body.files.map(readCandidate)
    ctx.askedPaths = candidates.map((c) => c.path)
    const sha = await repo.git.resolve(ctx.params.rev)
    if (!sha) throw revisionNotFound(ctx.params.rev)
    // The request's .gitattributes / .gitignore are the ones the commit will carry; either
    // .gitattributes may make a path LFS.
    const [repoAttributes, repoIgnore] = await Promise.all(
      ['.gitattributes', '.gitignore'].map((path) => fileAt(repo.git, sha, path))
    )
    const attributes = [repoAttributes?.toString('utf8'), optionalText(body.gitAttributes)].map(
      LfsAttributes.parse
    )
    const ignored = ignore().add(optionalText(body.gitIgnore) ?? repoIgnore?.toString('utf8') ?? '')
    const existing = await existingFiles(repo, sha, new Set(candidates.map((c) => c.path)))
    const files = candidates.map((file) => {
      const item = existing.get(file.path)
      return {
        path: file.path,
        uploadMode: uploadMode(file, attributes),
        shouldIgnore: ignored.ignores(file.path),
        // The id the client compares with its own hash: sha256 for LFS files, git's sha1 otherwise.
        ...(item && { oid: item.lfs?.oid ?? item.oid })
      }
    })
    sendJson(ctx, 200, { files, commitOid: sha })
  })

  router.on('POST', '/api/:types/:ns/:name/commit/*rev', async (ctx) => {
    try {
      const { repo, grant } = accessRepo(hub, ctx, 'write')
      const createPr = ['1', 'true'].includes(ctx.url.searchParams.get('create_pr') ?? '')
      const target = await commitTarget(repo, ctx.params.rev, createPr)
      const ref = target.kind === 'ref' ? target.ref : `refs/pr/${repo.pullRequests + 1}`
      const request = await readCommitRequest(ctx, repo, ref)
      const user = grant?.user.name ?? 'system'
      const applied = await applyCommit(repo, request, target, {
        name: user,
        email: `${user}@users.noreply.huggingface.co`
      })
      if (repo.type === 'space' && applied.ref === 'refs/heads/main') {
        await hub.repos.startSpaceBuild(repo, applied.sha)
      }
      const web = repoWebUrl(hub, repo.type, repo.id)
      sendJson(ctx, 200, {
        success: true,
        commitOid: applied.sha,
        commitUrl: `${web}/commit/${applied.sha}`,
        hookOutput: '',
        ...(applied.pullRequest && { pullRequestUrl: `${web}/discussions/${applied.pullRequest}` })
      })
    } catch (error) {
      await drain(ctx)
      throw error
    }
  })
}

/**
 * A commit goes onto an existing branch (`main`, `refs/heads/x`) or PR (`refs/pr/N`); with
 * `create_pr` the revision must be a branch, and the commit opens a new PR from it.
 */
async function commitTarget(
  repo: EmulatedRepo,
  rev: string,
  createPr: boolean
): Promise<CommitTarget> {
  if (createPr) {
    const branch = rev.startsWith('refs/heads/') ? rev : `refs/heads/${rev}`
    if (!(await repo.git.ref(branch))) throw revisionNotFound(rev)
    return { kind: 'pr', branch }
  }
  const ref = rev.startsWith('refs/') ? rev : `refs/heads/${rev}`
  if (!/^refs\/(heads|pr)\//.test(ref) || !(await repo.git.ref(ref))) throw revisionNotFound(rev)
  return { kind: 'ref', ref }
}

function readCandidate(raw: unknown): { path: string; size: number; sample: Buffer } {
  const file = (raw ?? {}) as { path?: unknown; size?: unknown; sample?: unknown }
  const path = checkPath(file.path)
  if (typeof file.size !== 'number' || !Number.isInteger(file.size) || file.size < 0) {
    throw new HubHttpError(422, `Invalid size for ${path}: ${String(file.size)}`)
  }
  if (file.sample !== undefined && typeof file.sample !== 'string') {
    throw new HubHttpError(422, `Invalid sample for ${path}: must be base64`)
  }
  return { path, size: file.size, sample: Buffer.from(file.sample ?? '', 'base64') }
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

async function existingFiles(
  repo: EmulatedRepo,
  sha: string,
  paths: Set<string>
): Promise<Map<string, HubTreeItem>> {
  const tree = await commitTree(repo.git, sha)
  const entries = [...paths].flatMap((path) => {
    const entry = tree.get(path)
    return entry?.type === 'blob' ? [entry] : []
  })
  const items = await toHubItems(repo.git, entries)
  return new Map(items.map((item) => [item.path, item]))
}
