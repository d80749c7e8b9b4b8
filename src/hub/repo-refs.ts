/** `GET /api/{type}s/{id}/refs?include_prs=1`: branches, tags and pull-request refs with heads. */
import type { RepoType } from '../settings.js'
import type { HubClient } from './client.js'
import { repoApiPath } from './types.js'

export interface GitRef {
  /** `main`, or `refs/pr/1` for pull requests. */
  name: string
  /** `refs/heads/main`, `refs/pr/1`, … */
  ref: string
  targetCommit: string
}

export interface RepoRefs {
  branches: GitRef[]
  tags: GitRef[]
  pullRequests?: GitRef[]
}

export function listRepoRefs(
  client: HubClient,
  type: RepoType,
  id: string,
  options: { includePullRequests?: boolean } = {}
): Promise<RepoRefs> {
  return client.json<RepoRefs>({
    method: 'GET',
    path: `${repoApiPath(type, id)}/refs`,
    query: options.includePullRequests ? { include_prs: 1 } : undefined
  })
}
