/**
 * Git LFS on the Hub: the batch API at `/{prefix}{id}.git/info/lfs/objects/batch` (upload and
 * download) and its verify step. Upload URLs point at the emulator's own presigned storage
 * (`lfs-storage.ts`); the transfer is `multipart` for large objects when the client offers it,
 * else `basic` — never `xet`, whose CAS protocol the emulator does not speak.
 *
 * Batch: uploads need write access, downloads read access (401/403/404 as in auth.ts); 422 for a
 * bad `operation` or `objects`, 409 for a hash algorithm other than sha256 (git-lfs's answer);
 * a bad oid or size is a per-object `error` (422) in a 200 answer, as is a missing download (404).
 */
import { HubHttpError, sendJson } from '../http.js'
import { SHA256_HEX } from '../lfs-pointer.js'
import { LfsStore } from '../lfs-store.js'
import type { UrlSigner } from '../presign.js'
import type { EmulatedRepo } from '../repos.js'
import type { Router } from '../router.js'
import type { HubEmulator } from '../server.js'
import { StorageLinks, type LfsAction } from '../storage-links.js'
import { registerLfsStorageRoutes } from './lfs-storage.js'
import { accessRepo, repoWebUrl } from './shared.js'
import { onRepoWebPath } from './web-paths.js'

const LFS_JSON = 'application/vnd.git-lfs+json'

interface BatchRequest {
  operation?: unknown
  transfers?: unknown
  objects?: unknown
  hash_algo?: unknown
}

interface BatchObject {
  oid: string
  size: number
  authenticated?: boolean
  actions?: Record<string, LfsAction>
  error?: { code: number; message: string }
}

export function registerLfsRoutes(router: Router, hub: HubEmulator, signer: UrlSigner): void {
  registerLfsStorageRoutes(router, hub, signer)

  onRepoWebPath(router, 'POST', 'info/lfs/objects/batch', async (ctx, type) => {
    const body = (await ctx.json<BatchRequest>()) ?? {}
    const { operation } = body
    if (operation !== 'upload' && operation !== 'download') {
      throw new HubHttpError(422, 'operation must be "upload" or "download"')
    }
    const { repo } = accessRepo(hub, ctx, operation === 'upload' ? 'write' : 'read', type)
    // HH sends `sha256`, huggingface.js `sha_256`; git-lfs answers 409 to other algorithms.
    if (
      body.hash_algo !== undefined &&
      body.hash_algo !== 'sha256' &&
      body.hash_algo !== 'sha_256'
    ) {
      throw new HubHttpError(409, `Unsupported hash algorithm: ${String(body.hash_algo)}`)
    }
    if (!Array.isArray(body.objects)) throw new HubHttpError(422, '"objects" must be an array')
    const requested = body.objects.map(readObject)
    const transfers = Array.isArray(body.transfers) ? body.transfers : ['basic']
    const { multipartThreshold } = hub.lfsOptions
    const multipart =
      operation === 'upload' &&
      transfers.includes('multipart') &&
      requested.some((o) => !o.error && o.size > multipartThreshold)
    const links = new StorageLinks(hub, signer, repo)
    const store = LfsStore.of(repo)
    const objects = await Promise.all(
      requested.map(async (object): Promise<BatchObject> => {
        if (object.error) return object
        const stored = await store.size(object.oid)
        if (operation === 'download') {
          return stored === undefined
            ? { ...object, error: { code: 404, message: 'Object does not exist' } }
            : { ...object, authenticated: true, actions: { download: links.download(object.oid) } }
        }
        if (stored === object.size) return { ...object, authenticated: true }
        if (stored !== undefined) {
          return { ...object, error: { code: 422, message: `Size must be ${stored} for this oid` } }
        }
        const upload =
          multipart && object.size > multipartThreshold
            ? links.multipart(object.oid, object.size)
            : links.basic(object.oid, object.size)
        const verify = verifyAction(hub, repo, ctx.req.headers.authorization)
        return { ...object, authenticated: true, actions: { upload, verify } }
      })
    )
    const transfer = multipart ? 'multipart' : 'basic'
    sendJson(ctx, 200, { transfer, objects, hash_algo: 'sha256' }, { 'Content-Type': LFS_JSON })
  })

  // HH calls it (with the token) after an upload when the batch answer offers it.
  onRepoWebPath(router, 'POST', 'info/lfs/objects/verify', async (ctx, type) => {
    const { repo } = accessRepo(hub, ctx, 'write', type)
    const { oid, size } = (await ctx.json<{ oid?: unknown; size?: unknown }>()) ?? {}
    const stored = typeof oid === 'string' ? await LfsStore.of(repo).size(oid) : undefined
    if (stored === undefined || stored !== size) {
      throw new HubHttpError(404, `Object ${String(oid)} of ${String(size)} bytes not found`)
    }
    sendJson(ctx, 200, { oid, size }, { 'Content-Type': LFS_JSON })
  })
}

/** An object of the request; invalid ones get their `error` (with HTTP 200, per object). */
function readObject(raw: unknown): BatchObject {
  const { oid, size } = (raw ?? {}) as { oid?: unknown; size?: unknown }
  const object = { oid: String(oid), size: Number(size) }
  if (typeof oid !== 'string' || !SHA256_HEX.test(oid)) {
    return {
      ...object,
      error: {
        code: 422,
        message: 'Invalid object id: must be a sha256 (64 lower-case hex digits)'
      }
    }
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    return {
      ...object,
      error: { code: 422, message: 'Invalid object size: must be a non-negative integer' }
    }
  }
  return object
}

/**
 * The verify step comes back to the Hub, which needs the caller's credentials again: the action
 * carries the `Authorization` the batch request came with (git-lfs sends an action's `header`
 * and nothing else, so without it the verify answers 401 and the push fails its first try).
 */
function verifyAction(hub: HubEmulator, repo: EmulatedRepo, authorization?: string): LfsAction {
  return {
    href: `${repoWebUrl(hub, repo.type, repo.id)}.git/info/lfs/objects/verify`,
    ...(authorization && { header: { Authorization: authorization } })
  }
}
