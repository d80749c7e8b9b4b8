/**
 * `POST /api/{type}s/{id}/commit/{rev}[?create_pr=1]`: one commit of files (regular ones inline,
 * LFS ones by their uploaded sha256) and deletions, sent as streamed NDJSON.
 */
import type { RepoType } from '../settings.js'
import type { HubClient } from './client.js'
import { commitNdjson, type CommitHeader, type CommitOperation } from './commit-ndjson.js'
import { encodeRevision, repoApiPath } from './types.js'

/** A commit with many files takes the Hub a while to write before it answers. */
const COMMIT_HEADERS_TIMEOUT_MS = 10 * 60_000

export interface CommitAnswer {
  commitOid: string
  commitUrl: string
  /** With `create_pr`: `…/discussions/<n>`. */
  pullRequestUrl?: string
}

/**
 * Sends the commit once: never retried after it may have reached the Hub (a second one could
 * commit twice); see `commitSafely` for what to do when the answer is lost.
 */
export function createCommit(
  client: HubClient,
  type: RepoType,
  id: string,
  revision: string,
  commit: { header: CommitHeader; operations: readonly CommitOperation[]; createPr: boolean }
): Promise<CommitAnswer> {
  return client.json<CommitAnswer>({
    method: 'POST',
    path: `${repoApiPath(type, id)}/commit/${encodeRevision(revision)}`,
    query: commit.createPr ? { create_pr: 1 } : undefined,
    headers: { 'content-type': 'application/x-ndjson' },
    // A factory: a refused connection (which never reached the Hub) is tried again afresh.
    body: () => commitNdjson(commit.header, commit.operations),
    idempotent: false,
    headersTimeoutMs: COMMIT_HEADERS_TIMEOUT_MS
  })
}
