/** `GET /api/{type}s/{id}/commits/{rev}?limit=N`: the newest commits of a revision. */
import type { RepoType } from '../settings.js'
import type { HubClient } from './client.js'
import { encodeRevision, repoApiPath } from './types.js'

export interface HubCommit {
  id: string
  /** The first line of the message. */
  title: string
  message?: string
  date?: string
}

/** The `limit` newest commits of `revision`, newest first (one page; no need for more here). */
export function listCommits(
  client: HubClient,
  type: RepoType,
  id: string,
  revision: string,
  limit: number
): Promise<HubCommit[]> {
  return client.json<HubCommit[]>({
    method: 'GET',
    path: `${repoApiPath(type, id)}/commits/${encodeRevision(revision)}`,
    query: { limit }
  })
}
