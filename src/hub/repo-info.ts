/**
 * `GET /api/{type}s/{id}/revision/{rev}`: a repo's info at a revision, above all `sha`, the commit
 * the revision points at. With `files`, its `siblings` carry each file's size, blob id and LFS
 * object (`?blobs=true`, huggingface_hub's `files_metadata`).
 */
import type { RepoType } from '../settings.js'
import type { HubClient } from './client.js'
import { HubApiError } from './error.js'
import { encodeRevision, repoApiPath, type RepoInfo } from './types.js'

export function getRepoInfo(
  client: HubClient,
  type: RepoType,
  id: string,
  revision: string,
  options: RepoInfoOptions = {}
): Promise<RepoInfo> {
  const query = options.files
    ? '?blobs=true'
    : options.fields
      ? `?${options.fields.map((field) => `expand=${field}`).join('&')}`
      : ''
  return client.json<RepoInfo>({
    method: 'GET',
    path: `${repoApiPath(type, id)}/revision/${encodeRevision(revision)}${query}`
  })
}

export interface RepoInfoOptions {
  /** File metadata in `siblings`. */
  files?: boolean
  /**
   * Only these fields (and `id`), `?expand=…`: a repo of 50,000 files otherwise sends megabytes
   * of `siblings` that a caller listing its tree anyway does not read.
   */
  fields?: readonly (keyof RepoInfo)[]
}

/** The fields of `RepoInfo` a repo of that type has: what a caller that reads them all asks for. */
export function infoFields(type: RepoType): readonly (keyof RepoInfo)[] {
  return type === 'space' ? ['sha', 'private', 'sdk', 'runtime'] : ['sha', 'private']
}

/**
 * The repo's info, or undefined when the repo does not exist (404 without `RevisionNotFound`: a
 * missing revision of an existing repo is still an error).
 */
export async function findRepo(
  client: HubClient,
  type: RepoType,
  id: string,
  revision: string,
  options: RepoInfoOptions = {}
): Promise<RepoInfo | undefined> {
  try {
    return await getRepoInfo(client, type, id, revision, options)
  } catch (error) {
    if (
      error instanceof HubApiError &&
      error.status === 404 &&
      error.errorCode !== 'RevisionNotFound'
    )
      return undefined
    throw error
  }
}
