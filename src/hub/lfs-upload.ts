/**
 * Uploading one LFS object where the batch answer says: `basic` (one PUT of the file) or
 * `multipart` (one PUT per part, then a completion POST with the parts' ETags). The URLs are
 * presigned object-storage URLs: no `Authorization` (the storage refuses two auth schemes) and an
 * exact `Content-Length` (it refuses chunked uploads). Bodies stream from disk, a file or a slice
 * of it at a time, so memory stays flat whatever the size; every PUT re-opens its stream when
 * retried.
 */
import { createReadStream } from 'node:fs'
import { mapWithLimit } from '../concurrency.js'
import type { HubClient } from './client.js'
import type { LfsAction } from './lfs-batch.js'

/** Read size of uploads: fewer, larger writes to the socket (memory: one buffer per part in flight). */
const READ_BUFFER = 4 * 1024 * 1024

const LFS_JSON = 'application/vnd.git-lfs+json'
/** Parts of one object sent at once. */
const PART_CONCURRENCY = 4
/** Storage may take a while to answer a large PUT once it has the bytes. */
const PUT_HEADERS_TIMEOUT_MS = 5 * 60_000

export interface LfsFile {
  /** Absolute path on disk. */
  absolutePath: string
  /** sha256, hex */
  oid: string
  size: number
}

/**
 * Told of the bytes read for sending as they go (for progress lines); a negative count takes
 * back what an attempt sent before it was retried.
 */
export type OnBytes = (bytes: number) => void

export async function uploadLfsObject(
  client: HubClient,
  file: LfsFile,
  transfer: string,
  upload: LfsAction,
  onBytes: OnBytes = () => undefined
): Promise<void> {
  if (isMultipart(transfer, upload)) {
    await uploadMultipart(client, file, upload, onBytes)
  } else {
    await putSlice(client, upload.href, file.absolutePath, 0, file.size, onBytes)
  }
}

/**
 * Whether the object goes in parts: the answer's transfer is `multipart` for the whole batch, but
 * only the large objects get part URLs (`chunk_size`); the others are basic uploads.
 */
export function isMultipart(transfer: string, upload: LfsAction): boolean {
  return transfer === 'multipart' && upload.header?.chunk_size !== undefined
}

/** Tells the Hub the upload is done (when the batch answer asks for it); reads only. */
export async function verifyLfsObject(
  client: HubClient,
  file: LfsFile,
  verify: LfsAction
): Promise<void> {
  // The verify URL is the Hub's own, and needs the token; the client never sends it elsewhere.
  await client.send({
    method: 'POST',
    path: verify.href,
    headers: { accept: LFS_JSON, 'content-type': LFS_JSON },
    json: { oid: file.oid, size: file.size },
    idempotent: true
  })
}

async function uploadMultipart(
  client: HubClient,
  file: LfsFile,
  upload: LfsAction,
  onBytes: OnBytes
): Promise<void> {
  const header = upload.header ?? {}
  const chunkSize = Number(header.chunk_size)
  const urls = Object.entries(header)
    .filter(([key]) => /^\d+$/.test(key))
    .map(([key, url]) => ({ partNumber: Number(key), url }))
    .sort((a, b) => a.partNumber - b.partNumber)
  const expected = Math.ceil(file.size / chunkSize)
  if (!Number.isInteger(chunkSize) || chunkSize <= 0 || urls.length !== expected) {
    throw new Error(
      `The Hub's multipart upload plan for ${file.oid} is inconsistent: ${urls.length} part URLs for ${file.size} bytes in chunks of ${header.chunk_size}.`
    )
  }
  const parts = await mapWithLimit(urls, PART_CONCURRENCY, async ({ partNumber, url }) => {
    const start = (partNumber - 1) * chunkSize
    const length = Math.min(chunkSize, file.size - start)
    const etag = await putSlice(client, url, file.absolutePath, start, length, onBytes)
    if (!etag) throw new Error(`Part ${partNumber} of ${file.oid} was stored without an ETag.`)
    return { partNumber, etag }
  })
  // Completing twice finds the object complete, so the POST is retried like a PUT.
  await client.send({
    method: 'POST',
    path: upload.href,
    headers: { accept: LFS_JSON, 'content-type': LFS_JSON },
    json: { oid: file.oid, parts },
    auth: false,
    idempotent: true
  })
}

/** PUTs `length` bytes of the file from `start`; returns the ETag the storage answered. */
async function putSlice(
  client: HubClient,
  url: string,
  absolutePath: string,
  start: number,
  length: number,
  onBytes: OnBytes
): Promise<string | undefined> {
  let counted = 0
  const res = await client.send({
    method: 'PUT',
    path: url,
    headers: { 'content-length': String(length) },
    body: () => {
      // A retry sends the slice again: what the failed attempt counted is taken back.
      onBytes(-counted)
      counted = 0
      const stream = createReadStream(absolutePath, {
        start,
        end: start + length - 1,
        highWaterMark: READ_BUFFER
      })
      // Counted as the request takes each chunk. (A 'data' listener would set the stream flowing
      // before the transport reads it, and the chunks read meanwhile would never be sent.)
      return (async function* () {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          counted += chunk.length
          onBytes(chunk.length)
          yield chunk
        }
      })()
    },
    auth: false,
    idempotent: true,
    headersTimeoutMs: PUT_HEADERS_TIMEOUT_MS
  })
  const etag = res.headers.etag
  return Array.isArray(etag) ? etag[0] : etag
}
