/**
 * Reading a repo's files: `GET /api/{type}s/{id}/tree/{rev}[/{path}]` (paginated with `Link`) and
 * `POST /api/{type}s/{id}/paths-info/{rev}` (JSON or form-urlencoded; missing paths omitted).
 * Read access as in auth.ts; 404 RevisionNotFound, 404 EntryNotFound for a tree path that is not
 * a folder (a file included); 400 for a bad cursor or `paths`.
 */
import {
  badRequest,
  entryNotFound,
  revisionNotFound,
  sendJson,
  type RequestContext
} from '../http.js'
import type { EmulatedRepo } from '../repos.js'
import { commitTree } from '../read-cache.js'
import { lastCommitOf, toHubItems, type HubTreeItem } from '../repo-tree.js'
import type { Router } from '../router.js'
import type { HubEmulator } from '../server.js'
import { accessRepo, splitRevisionAndPath } from './shared.js'

const DEFAULT_LIMIT = 1000
/** Each item of an expanded listing costs a `git log`: the Hub pages those by 50 as well. */
const DEFAULT_EXPANDED_LIMIT = 50
const MAX_PATHS = 2000

export function registerTreeRoutes(router: Router, hub: HubEmulator): void {
  router.on('GET', '/api/:types/:ns/:name/tree/*rest', async (ctx) => {
    const { repo } = accessRepo(hub, ctx, 'read')
    // Read the raw segments: the revision may be `%2F`-encoded (`refs%2Fpr%2F1`) or raw.
    const { rev, path } = splitRevisionAndPath(ctx.url.pathname.split('/').filter(Boolean).slice(5))
    const sha = await repo.git.resolve(rev)
    if (!sha) throw revisionNotFound(rev)
    const query = ctx.url.searchParams
    const dir = path.replace(/^\/+|\/+$/g, '')
    const entries = (await commitTree(repo.git, sha)).list(dir, isTrue(query.get('recursive')))
    if (!entries) throw entryNotFound(dir)
    const expand = isTrue(query.get('expand'))
    const limit =
      positiveInt(query.get('limit')) ?? (expand ? DEFAULT_EXPANDED_LIMIT : DEFAULT_LIMIT)
    const offset = decodeCursor(query.get('cursor'))
    const page = await toHubItems(repo.git, entries.slice(offset, offset + limit))
    if (expand) await addLastCommits(repo, sha, page)
    const headers: Record<string, string> = {}
    if (offset + limit < entries.length) {
      const next = new URL(ctx.url.pathname + ctx.url.search, hub.url)
      next.searchParams.set('cursor', encodeCursor(offset + limit))
      headers.Link = `<${next}>; rel="next"`
    }
    sendJson(ctx, 200, page, headers)
  })

  router.on('POST', '/api/:types/:ns/:name/paths-info/*rev', async (ctx) => {
    const { repo } = accessRepo(hub, ctx, 'read')
    const { paths, expand } = await readPathsRequest(ctx)
    const sha = await repo.git.resolve(ctx.params.rev)
    if (!sha) throw revisionNotFound(ctx.params.rev)
    const wanted = paths.map((p) => p.replace(/^\/+|\/+$/g, ''))
    const tree = await commitTree(repo.git, sha)
    const found = [...new Set(wanted)].flatMap((p) => tree.get(p) ?? [])
    const items = await toHubItems(repo.git, found)
    if (expand) await addLastCommits(repo, sha, items)
    sendJson(ctx, 200, items)
  })
}

async function readPathsRequest(
  ctx: RequestContext
): Promise<{ paths: string[]; expand: boolean }> {
  const body = (await ctx.json<{ paths?: unknown; expand?: unknown }>()) ?? {}
  const paths = typeof body.paths === 'string' ? [body.paths] : body.paths
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string')) {
    throw badRequest('"paths" must be a string or an array of strings')
  }
  if (paths.length > MAX_PATHS) throw badRequest(`"paths" must have at most ${MAX_PATHS} items`)
  return { paths: paths as string[], expand: body.expand === true || isTrue(String(body.expand)) }
}

async function addLastCommits(
  repo: EmulatedRepo,
  sha: string,
  items: HubTreeItem[]
): Promise<void> {
  for (const item of items) item.lastCommit = await lastCommitOf(repo.git, sha, item.path)
}

function isTrue(value: string | null): boolean {
  return value === 'true' || value === '1'
}

function positiveInt(value: string | null): number | undefined {
  const n = Number(value)
  return value !== null && Number.isInteger(n) && n > 0 ? n : undefined
}

/** Cursors are opaque to clients (they only follow `Link`); here, the offset of the next item. */
function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url')
}

function decodeCursor(cursor: string | null): number {
  if (!cursor) return 0
  try {
    const { offset } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      offset: unknown
    }
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset
  } catch {
    // fall through
  }
  throw badRequest('Invalid cursor')
}
