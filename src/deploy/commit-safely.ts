/**
 * Sending the commit without ever losing or duplicating it. The POST is not retried blindly:
 * when its answer is lost (a network error or a 5xx after the request went out), the branch tells
 * what happened —
 * - the head is still `parentCommit`: the commit did not land; it is sent once more (still with
 *   `parentCommit`, so a push that races it gets a 412 rather than a second commit);
 * - a recent commit has our title and `parentCommit` as its parent: it landed; that is the result;
 * - the branch moved to someone else's commit: nothing of ours landed; the deploy fails clearly.
 * For a pull request, the pull-request refs are compared before and after instead.
 */
import * as runner from '../runner/index.js'
import { getErrorMessage } from '../errors.js'
import type { HubClient } from '../hub/client.js'
import type { CommitHeader, CommitOperation } from '../hub/commit-ndjson.js'
import { createCommit } from '../hub/create-commit.js'
import { HubApiError, HubNetworkError } from '../hub/error.js'
import { listCommits } from '../hub/list-commits.js'
import { listRepoRefs } from '../hub/repo-refs.js'
import { repoWebPath } from '../hub/types.js'
import type { CommitTarget } from './commit-target.js'

export interface CommitOutcome {
  sha: string
  url: string
  prUrl?: string
  /** The answer was lost and the commit was found on the Hub afterwards. */
  recovered: boolean
}

/** Commits searched for ours after a lost answer (others may have pushed on top meanwhile). */
const RECENT_COMMITS = 10

/** The branch moved between the plan and the commit: nothing was committed. */
export class BranchMovedError extends Error {
  constructor(revision: string, detail: string) {
    super(
      `The branch '${revision}' moved while the action was committing (someone else pushed ${detail}): nothing was committed. Run the action again to deploy on top of the new head.`
    )
    this.name = 'BranchMovedError'
  }
}

export async function commitSafely(
  client: HubClient,
  target: CommitTarget,
  header: CommitHeader,
  operations: readonly CommitOperation[]
): Promise<CommitOutcome> {
  const prsBefore = target.createPr ? await pullRequestRefs(client, target) : undefined
  const commit = { header, operations, createPr: target.createPr }
  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await createCommit(client, target.type, target.id, target.revision, commit)
      return {
        sha: answer.commitOid,
        url: answer.commitUrl,
        prUrl: answer.pullRequestUrl,
        recovered: false
      }
    } catch (error) {
      if (error instanceof HubApiError && error.status === 412) {
        throw new BranchMovedError(target.revision, `after ${header.parentCommit.slice(0, 12)}`)
      }
      if (!mayHaveLanded(error)) throw error
      runner.warning(
        `The commit got no clear answer (${getErrorMessage(error)}). Checking whether it landed…`
      )
      const landed = prsBefore
        ? await findLandedPullRequest(client, target, header, prsBefore)
        : await findLandedCommit(client, target, header)
      if (landed) {
        runner.info(`The commit landed: ${landed.sha}.`)
        return landed
      }
      if (attempt >= 2) throw error
      runner.info('The commit did not land: sending it once more.')
    }
  }
}

/** A network failure or a server error: the Hub may or may not have made the commit. */
function mayHaveLanded(error: unknown): boolean {
  if (error instanceof HubNetworkError) return true
  return error instanceof HubApiError && (error.status >= 500 || error.status === 408)
}

async function findLandedCommit(
  client: HubClient,
  target: CommitTarget,
  header: CommitHeader
): Promise<CommitOutcome | undefined> {
  const refs = await listRepoRefs(client, target.type, target.id, { includePullRequests: true })
  const ref = target.revision.startsWith('refs/')
    ? target.revision
    : `refs/heads/${target.revision}`
  const head = [...refs.branches, ...(refs.pullRequests ?? [])].find(
    (r) => r.ref === ref
  )?.targetCommit
  if (!head) throw new Error(`The branch '${target.revision}' is gone from ${target.id}.`)
  if (head === header.parentCommit) return undefined
  const ours = await findOurs(client, target, head, header)
  if (ours) return { sha: ours, url: commitUrl(client, target, ours), recovered: true }
  throw new BranchMovedError(target.revision, `${head.slice(0, 12)}`)
}

async function findLandedPullRequest(
  client: HubClient,
  target: CommitTarget,
  header: CommitHeader,
  before: Set<string>
): Promise<CommitOutcome | undefined> {
  const refs = await listRepoRefs(client, target.type, target.id, { includePullRequests: true })
  for (const pr of refs.pullRequests ?? []) {
    if (before.has(pr.ref)) continue
    const ours = await findOurs(client, target, pr.ref, header)
    if (!ours) continue
    const number = pr.ref.replace(/^refs\/pr\//, '')
    const web = `${client.endpoint}/${repoWebPath(target.type, target.id)}`
    return {
      sha: ours,
      url: commitUrl(client, target, ours),
      prUrl: `${web}/discussions/${number}`,
      recovered: true
    }
  }
  return undefined
}

/** Our commit among the newest of `revision`: our title, right on top of `parentCommit`. */
async function findOurs(
  client: HubClient,
  target: CommitTarget,
  revision: string,
  header: CommitHeader
): Promise<string | undefined> {
  const commits = await listCommits(client, target.type, target.id, revision, RECENT_COMMITS)
  for (let i = 0; i < commits.length - 1; i++) {
    if (commits[i].title.trim() === header.summary && commits[i + 1].id === header.parentCommit)
      return commits[i].id
  }
  return undefined
}

async function pullRequestRefs(client: HubClient, target: CommitTarget): Promise<Set<string>> {
  const refs = await listRepoRefs(client, target.type, target.id, { includePullRequests: true })
  return new Set((refs.pullRequests ?? []).map((pr) => pr.ref))
}

function commitUrl(client: HubClient, target: CommitTarget, sha: string): string {
  return `${client.endpoint}/${repoWebPath(target.type, target.id)}/commit/${sha}`
}
