/**
 * Downloading a file: `GET`/`HEAD /{prefix}{id}/resolve/{rev}/{path}` and `/raw/{rev}/{path}`,
 * what `hf_hub_download`, `hf download`, huggingface.js `downloadFile` and `fileExists` call.
 *
 * A regular file is served with the Hub's headers: `X-Repo-Commit` (the commit the revision names),
 * `ETag` (the git blob id, quoted), `Accept-Ranges` and single-range requests. On `resolve`, an LFS
 * file answers 302 to its presigned storage URL, with `X-Linked-Size` and `X-Linked-Etag` (the
 * sha256, quoted) so that a client knows the file without following; `raw` serves the pointer.
 * Read access as in auth.ts; 404 RevisionNotFound; 404 EntryNotFound (with `X-Repo-Commit`, which
 * huggingface_hub uses to remember that the file does not exist at that commit).
 */
import { writeRangeHead } from '../byte-range.js'
import { HubHttpError, revisionNotFound, type RepoType, type RequestContext } from '../http.js'
import { MAX_POINTER_SIZE, parsePointer } from '../lfs-pointer.js'
import type { UrlSigner } from '../presign.js'
import { blobContent, commitTree } from '../read-cache.js'
import type { Router } from '../router.js'
import type { HubEmulator } from '../server.js'
import { StorageLinks } from '../storage-links.js'
import { accessRepo, splitRevisionAndPath } from './shared.js'
import { onRepoWebPath } from './web-paths.js'

type FileRoute = 'resolve' | 'raw'

export function registerResolveRoutes(router: Router, hub: HubEmulator, signer: UrlSigner): void {
  for (const route of ['resolve', 'raw'] as const) {
    // GET routes answer HEAD as well (router.ts); Node sends no body to a HEAD.
    onRepoWebPath(router, 'GET', `${route}/*rest`, (ctx, type) =>
      serveFile(hub, signer, ctx, type, route)
    )
  }
}

async function serveFile(
  hub: HubEmulator,
  signer: UrlSigner,
  ctx: RequestContext,
  type: RepoType,
  route: FileRoute
): Promise<void> {
  const { repo } = accessRepo(hub, ctx, 'read', type)
  // Raw segments after `{prefix}/{ns}/{name}/{route}/`: the revision may be `%2F`-encoded.
  const segments = ctx.url.pathname.split('/').filter(Boolean)
  const { rev, path } = splitRevisionAndPath(segments.slice(type === 'model' ? 3 : 4))
  const sha = await repo.git.resolve(rev)
  if (!sha) throw revisionNotFound(rev)
  const commit = { 'X-Repo-Commit': sha }
  const entry = (await commitTree(repo.git, sha)).get(path)
  const blob = entry?.type === 'blob' ? entry : undefined
  if (!blob) throw new HubHttpError(404, 'Entry not found', 'EntryNotFound', {}, commit)

  const content = await blobContent(repo.git, blob.oid)
  const pointer = blob.size <= MAX_POINTER_SIZE ? parsePointer(content) : undefined
  if (pointer && route === 'resolve') {
    const location = new StorageLinks(hub, signer, repo).download(pointer.oid).href
    const body = Buffer.from(`Found. Redirecting to ${location}`)
    ctx.res.writeHead(302, {
      ...commit,
      Location: location,
      'X-Linked-Size': String(pointer.size),
      'X-Linked-Etag': `"${pointer.oid}"`,
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(body.length)
    })
    ctx.res.end(body)
    return
  }
  const slice = writeRangeHead(ctx, content.length, {
    ...commit,
    ETag: `"${blob.oid}"`,
    'Content-Type': content.includes(0) ? 'application/octet-stream' : 'text/plain; charset=utf-8',
    ...(route === 'resolve' && { 'Content-Disposition': disposition(ctx, path) })
  })
  ctx.res.end(slice ? content.subarray(slice.start, slice.end + 1) : undefined)
}

/** `inline` unless `?download=true`, with the file's name in both of HTTP's forms. */
function disposition(ctx: RequestContext, path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const kind = ctx.url.searchParams.get('download') === 'true' ? 'attachment' : 'inline'
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `${kind}; filename*=UTF-8''${encodeURIComponent(name)}; filename="${ascii}";`
}
