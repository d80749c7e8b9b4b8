/**
 * `GET /api/{type}s/{id}/tree/{rev}/{path}?recursive=true`: every file under a folder of a
 * revision, following the `Link: <…>; rel="next"` pages.
 */
import type { RepoType } from '../settings.js'
import type { HubClient } from './client.js'
import { HubApiError } from './error.js'
import { encodeRevision, repoApiPath } from './types.js'

export interface TreeItem {
  type: 'file' | 'directory'
  /** Git blob id (of the pointer, for LFS files) or tree id. */
  oid: string
  /** Bytes of the content (the LFS object's size for LFS files). */
  size: number
  /** Full path in the repo. */
  path: string
  lfs?: { oid: string; size: number; pointerSize?: number }
}

/**
 * The files (not folders) under `folder` ('' for the whole repo), with their full paths. A folder
 * that does not exist has no files: the answer is empty, not an error.
 */
export async function listRepoFiles(
  client: HubClient,
  type: RepoType,
  id: string,
  revision: string,
  folder: string
): Promise<TreeItem[]> {
  const encodedFolder = folder ? `/${folder.split('/').map(encodeURIComponent).join('/')}` : ''
  let next: string | undefined = client
    .url(`${repoApiPath(type, id)}/tree/${encodeRevision(revision)}${encodedFolder}`, {
      recursive: 'true'
    })
    .toString()
  const files: TreeItem[] = []
  while (next) {
    let res
    try {
      res = await client.send({ method: 'GET', path: next })
    } catch (error) {
      if (error instanceof HubApiError && error.errorCode === 'EntryNotFound') return []
      throw error
    }
    const page = JSON.parse(res.text) as TreeItem[]
    files.push(...page.filter((item) => item.type === 'file'))
    next = nextPageUrl(res.headers.link)
    // The token goes along with each page: never to another host than the Hub's.
    if (next && new URL(next, client.endpoint).origin !== new URL(client.endpoint).origin) {
      throw new Error(`The Hub's tree listing links to another host (${next}): refusing to follow.`)
    }
  }
  return files
}

/** The `rel="next"` URL of a `Link` header (GitHub style), if any. */
export function nextPageUrl(link: string | string[] | undefined): string | undefined {
  for (const value of [link ?? []].flat()) {
    for (const part of value.split(',')) {
      const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)
      if (match) return match[1]
    }
  }
  return undefined
}

/**
 * The entries right inside `folder` (files and folders, not recursive), when they fit in one page;
 * undefined when the folder holds more (the caller lists it recursively instead).
 */
export async function listFolderPage(
  client: HubClient,
  type: RepoType,
  id: string,
  revision: string,
  folder: string
): Promise<TreeItem[] | undefined> {
  const encodedFolder = folder ? `/${folder.split('/').map(encodeURIComponent).join('/')}` : ''
  let res
  try {
    res = await client.send({
      method: 'GET',
      path: `${repoApiPath(type, id)}/tree/${encodeRevision(revision)}${encodedFolder}`
    })
  } catch (error) {
    if (error instanceof HubApiError && error.errorCode === 'EntryNotFound') return []
    throw error
  }
  return nextPageUrl(res.headers.link) ? undefined : (JSON.parse(res.text) as TreeItem[])
}
