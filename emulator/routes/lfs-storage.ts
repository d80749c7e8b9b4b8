/**
 * The emulator's object storage, behind the presigned URLs the LFS batch answer hands out. It
 * behaves like the S3 the real upload URLs point at: no Authorization header allowed (400
 * `InvalidArgument`), a `Content-Length` required (501 `NotImplemented` for chunked uploads), XML
 * errors; bodies stream to disk while hashed, and objects are stored only once verified.
 */
import { createReadStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { writeRangeHead } from '../byte-range.js'
import { drain } from '../body-stream.js'
import { sendJson, sendText, type RepoType, type RequestContext } from '../http.js'
import { LfsStore, StorageError, type PartRef } from '../lfs-store.js'
import type { UrlSigner } from '../presign.js'
import type { Router } from '../router.js'
import type { HubEmulator } from '../server.js'

interface StorageRequest {
  store: LfsStore
  oid: string
  size: number
  chunk: number
}

export function registerLfsStorageRoutes(
  router: Router,
  hub: HubEmulator,
  signer: UrlSigner
): void {
  const storage =
    (handler: (ctx: RequestContext, request: StorageRequest) => Promise<void>) =>
    async (ctx: RequestContext): Promise<void> => {
      try {
        await handler(ctx, checkRequest(ctx, hub, signer))
      } catch (error) {
        await drain(ctx)
        if (!(error instanceof StorageError)) throw error
        sendStorageError(ctx, error)
      }
    }

  router.on(
    'PUT',
    '/_lfs/upload/:repo/:oid',
    storage(async (ctx, { store, oid, size, chunk }) => {
      const part = Number(ctx.url.searchParams.get('part') ?? 0)
      if (part > 0) {
        sendEmpty(ctx, await store.putPart(ctx.stream(), oid, part, { size, chunk }))
        return
      }
      await store.put(ctx.stream(), oid, size)
      sendEmpty(ctx, `"${oid}"`)
    })
  )

  // Completion of a multipart upload: `{oid, parts: [{partNumber, etag}]}` (no token needed).
  router.on(
    'POST',
    '/_lfs/complete/:repo/:oid',
    storage(async (ctx, { store, oid, size, chunk }) => {
      const body = (await ctx.json<{ oid?: unknown; parts?: unknown }>().catch(() => null)) ?? {}
      if (body.oid !== oid || !Array.isArray(body.parts)) {
        throw new StorageError(400, 'MalformedXML', 'Expected {"oid": <this oid>, "parts": [...]}')
      }
      await store.completeMultipart(oid, size, Math.ceil(size / chunk), body.parts as PartRef[])
      sendJson(ctx, 200, { oid, size })
    })
  )

  router.on(
    'GET',
    '/_lfs/download/:repo/:oid',
    storage(async (ctx, { store, oid }) => {
      const size = await store.size(oid)
      if (size === undefined)
        throw new StorageError(404, 'NoSuchKey', 'The specified key does not exist.')
      // As S3 does: one byte range (huggingface.js probes with `bytes=0-0`), and HEAD.
      const slice = writeRangeHead(ctx, size, {
        'Content-Type': 'application/octet-stream',
        ETag: `"${oid}"`
      })
      if (!slice || ctx.method === 'HEAD' || size === 0) {
        ctx.res.end()
        return
      }
      const { start, end } = slice
      await pipeline(createReadStream(store.objectPath(oid), { start, end }), ctx.res)
    })
  )
}

/** Checks what S3 would check of a presigned request, and names the object it is about. */
function checkRequest(ctx: RequestContext, hub: HubEmulator, signer: UrlSigner): StorageRequest {
  if (ctx.req.headers.authorization !== undefined) {
    throw new StorageError(
      400,
      'InvalidArgument',
      'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified'
    )
  }
  if (ctx.method === 'PUT' && ctx.req.headers['content-length'] === undefined) {
    throw new StorageError(
      501,
      'NotImplemented',
      'A header you provided implies functionality that is not implemented (Transfer-Encoding)'
    )
  }
  const check = signer.check(ctx.url)
  if (check === 'invalid') {
    throw new StorageError(
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided.'
    )
  }
  if (check === 'expired') throw new StorageError(403, 'AccessDenied', 'Request has expired')
  const separator = ctx.params.repo.indexOf(':')
  const repo = hub.repos.get(
    ctx.params.repo.slice(0, separator) as RepoType,
    ctx.params.repo.slice(separator + 1)
  )
  if (!repo) throw new StorageError(404, 'NoSuchBucket', 'The specified bucket does not exist')
  const query = ctx.url.searchParams
  return {
    store: LfsStore.of(repo),
    oid: ctx.params.oid,
    size: Number(query.get('size') ?? 0),
    chunk: Number(query.get('chunk') ?? 0)
  }
}

function sendEmpty(ctx: RequestContext, etag: string): void {
  ctx.res.writeHead(200, { ETag: etag, 'Content-Length': '0' })
  ctx.res.end()
}

function sendStorageError(ctx: RequestContext, error: StorageError): void {
  const escape = (text: string) => text.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`)
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${error.code}</Code><Message>${escape(error.message)}</Message>` +
    `<RequestId>${escape(ctx.requestId)}</RequestId></Error>`
  sendText(ctx, error.status, xml, 'application/xml')
}
