/**
 * `POST /api/{type}s/{id}/preupload/{rev}`: the Hub decides, per file, whether it goes as a
 * regular git blob or by LFS, and tells the id of the file already at that path, if any.
 */
import type { RepoType } from '../settings.js'
import type { HubClient } from './client.js'
import { encodeRevision, repoApiPath } from './types.js'

/** Files per call: huggingface.js sends 100 (the Hub takes up to 1000). */
const BATCH = 100

export interface PreuploadFile {
  /** Full path in the repo. */
  path: string
  size: number
  /** The first 512 bytes (the Hub looks for binary content). */
  sample: Buffer
}

export interface PreuploadAnswer {
  path: string
  uploadMode: 'lfs' | 'regular'
  /** The repo's `.gitignore` covers the path: the official client leaves such files out. */
  shouldIgnore: boolean
  /** The id of the file already there: git sha1 for regular files, sha256 for LFS ones. */
  oid?: string
}

export interface PreuploadOptions {
  createPr: boolean
  /** The `.gitattributes` the commit will carry (its LFS patterns count). */
  gitAttributes?: string
  /** The `.gitignore` the commit will carry. */
  gitIgnore?: string
}

/**
 * Asks in batches; the call changes nothing on the Hub, so it is retried like a read.
 * @returns one answer per file, by path
 */
export async function preupload(
  client: HubClient,
  type: RepoType,
  id: string,
  revision: string,
  files: PreuploadFile[],
  options: PreuploadOptions
): Promise<Map<string, PreuploadAnswer>> {
  const answers = new Map<string, PreuploadAnswer>()
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH)
    const res = await client.json<{ files: PreuploadAnswer[] }>({
      method: 'POST',
      path: `${repoApiPath(type, id)}/preupload/${encodeRevision(revision)}`,
      query: options.createPr ? { create_pr: 1 } : undefined,
      json: {
        files: batch.map((f) => ({
          path: f.path,
          size: f.size,
          sample: f.sample.toString('base64')
        })),
        ...(options.gitAttributes !== undefined && { gitAttributes: options.gitAttributes }),
        ...(options.gitIgnore !== undefined && { gitIgnore: options.gitIgnore })
      },
      idempotent: true
    })
    for (const answer of res.files) answers.set(answer.path, answer)
  }
  return answers
}
