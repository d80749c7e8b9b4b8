/**
 * `POST /api/{type}s/{id}/preupload/{rev}`: the Hub decides, per file, whether it goes as a
 * regular git blob or by LFS, and tells the id of the file already at that path, if any.
 */
import { mapWithLimit } from '../concurrency.js'
import type { RepoType } from '../settings.js'
import type { HubClient } from './client.js'
import { encodeRevision, repoApiPath } from './types.js'

/**
 * Files per call: the Hub takes up to 1,000 (huggingface_hub sends 256, huggingface.js 100); 500
 * keeps each request body under ~400 kB.
 */
const BATCH = 500
/** Calls in flight at once: a 10,000-file first deploy asks in 5 rounds, not 20. */
const CONCURRENCY = 4

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
 * Asks in batches, a few at once; the call changes nothing on the Hub, so it is retried like a read.
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
  const batches: PreuploadFile[][] = []
  for (let start = 0; start < files.length; start += BATCH)
    batches.push(files.slice(start, start + BATCH))
  const answered = await mapWithLimit(batches, CONCURRENCY, async (batch) => {
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
    return res.files
  })
  const answers = new Map<string, PreuploadAnswer>()
  for (const answer of answered.flat()) answers.set(answer.path, answer)
  return answers
}
