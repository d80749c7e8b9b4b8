/**
 * `GET /api/{type}s/{id}/tree/{rev}/{path}?recursive=true`: every file under a folder of a
 * revision, following the `Link: <…>; rel="next"` pages — never back to a page already read, and
 * not forever.
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
 * Pages of a listing before it is taken for a runaway: at 1000 items a page, a million files,
 * ten times what the Hub advises a repo to hold.
 */
export const MAX_TREE_PAGES = 1000

/**
 * The files (not folders) under `folder` ('' for the whole repo), with their full paths. A folder
 * that does not exist has no files: the answer is empty, not an error.
 */
export async function listRepoFiles(
  client: HubClient,
  type: RepoType,
  id: string,
  revision: string,
  folder: string,
  options: { maxPages?: number } = {}
): Promise<TreeItem[]> {
  const maxPages = options.maxPages ?? MAX_TREE_PAGES
  const listing = `The Hub's file listing of the ${type} ${id}`
  const encodedFolder = folder ? `/${folder.split('/').map(encodeURIComponent).join('/')}` : ''
  let next: string | undefined = client
    .url(`${repoApiPath(type, id)}/tree/${encodeRevision(revision)}${encodedFolder}`, {
      recursive: 'true'
    })
    .toString()
  const files: TreeItem[] = []
  const read = new Set<string>()
  const cursors = new Set<string>()
  while (next) {
    if (read.size >= maxPages) {
      throw new Error(
        `${listing} goes on past ${maxPages} pages: stopped, as a listing that never ends.`
      )
    }
    read.add(next)
    let res
    try {
      res = await client.send({ method: 'GET', path: next })
    } catch (error) {
      if (error instanceof HubApiError && error.errorCode === 'EntryNotFound') return []
      throw error
    }
    const page = JSON.parse(res.text) as TreeItem[]
    files.push(...page.filter((item) => item.type === 'file'))
    const link = nextPageUrl(res.headers.link)
    next = link === undefined ? undefined : new URL(link, next).href
    if (!next) break
    // The token goes along with each page: never to another host than the Hub's.
    if (new URL(next).origin !== new URL(client.endpoint).origin) {
      throw new Error(`${listing} links to another host (${next}): not followed.`)
    }
    const cursor = new URL(next).searchParams.get('cursor')
    if (read.has(next) || (cursor !== null && cursors.has(cursor))) {
      throw new Error(
        `${listing} links back to a page it already gave (${next}): stopped, as a listing that would never end.`
      )
    }
    if (cursor !== null) cursors.add(cursor)
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
