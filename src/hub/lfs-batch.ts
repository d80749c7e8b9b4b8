/**
 * The Git LFS batch API, `POST {endpoint}/{prefix}{id}.git/info/lfs/objects/batch`: where to upload
 * each object. Only `basic` and `multipart` are offered, never `xet` (its CAS protocol is not
 * spoken here; the Hub still takes LFS uploads and migrates them).
 */
import type { RepoType } from '../settings.js'
import type { HubClient } from './client.js'
import { repoWebPath } from './types.js'

/** Objects per call: huggingface.js sends 100. */
const BATCH = 100
const LFS_JSON = 'application/vnd.git-lfs+json'

export interface LfsObject {
  /** sha256, hex */
  oid: string
  size: number
}

export interface LfsAction {
  href: string
  header?: Record<string, string>
}

export interface LfsBatchObject extends LfsObject {
  /** No `actions`: the Hub has the object already. */
  actions?: { upload?: LfsAction; verify?: LfsAction }
  error?: { code: number; message: string }
}

export type LfsTransfer = 'basic' | 'multipart'

/** One object's answer, with the transfer its batch chose. */
export interface LfsUploadAnswer {
  transfer: string
  object: LfsBatchObject
}

export interface LfsBatchAnswer {
  transfer?: LfsTransfer | string
  objects: LfsBatchObject[]
}

/**
 * Asks where to upload `objects`; one answer per object, by oid. `revision` undefined (a pull
 * request) leaves `ref` out, as the official clients do. The call stores nothing: retried freely.
 */
export async function requestLfsUploads(
  client: HubClient,
  type: RepoType,
  id: string,
  revision: string | undefined,
  objects: LfsObject[]
): Promise<LfsUploadAnswer[]> {
  const out: LfsUploadAnswer[] = []
  for (let start = 0; start < objects.length; start += BATCH) {
    const batch = objects.slice(start, start + BATCH)
    const answer = await client.json<LfsBatchAnswer>({
      method: 'POST',
      path: `/${repoWebPath(type, id)}.git/info/lfs/objects/batch`,
      headers: { accept: LFS_JSON, 'content-type': LFS_JSON },
      json: {
        operation: 'upload',
        transfers: ['basic', 'multipart'],
        objects: batch.map(({ oid, size }) => ({ oid, size })),
        hash_algo: 'sha256',
        ...(revision !== undefined && { ref: { name: revision } })
      },
      idempotent: true
    })
    for (const object of answer.objects) out.push({ transfer: answer.transfer ?? 'basic', object })
  }
  return out
}
