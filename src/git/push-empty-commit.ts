/**
 * An empty commit by git: fetch the head of the branch (one commit, no file contents), write a
 * commit with the very same tree on top of it, push it. A push is safe to repeat — the commit's id
 * is fixed, so a second push of it either finds it there or fast-forwards — and when a push fails
 * on the way (a lost connection, a Hub error) the remote head tells whether it landed anyway. A
 * push the Hub refused outright (401, 403, 404, a redirect) or never answered is not repeated.
 */
import type { CommitMessage } from '../commit/commit-message.js'
import { GitCommandManager } from './git-command-manager.js'
import type { GitFailure } from './git-failure.js'

export interface EmptyCommitRequest {
  /** The repo's git URL (`{endpoint}/spaces/owner/name`), without credentials. */
  remoteUrl: string
  token?: string
  /** `main`, `refs/heads/x` or `refs/pr/N`. */
  revision: string
  message: CommitMessage
}

export interface PushedCommit {
  sha: string
  parent: string
}

export async function pushEmptyCommit(request: EmptyCommitRequest): Promise<PushedCommit> {
  const ref = request.revision.startsWith('refs/')
    ? request.revision
    : `refs/heads/${request.revision}`
  const git = await GitCommandManager.create({
    remoteUrl: request.remoteUrl,
    token: request.token
  })
  try {
    const parent = await git.fetchRef(ref)
    const { summary, description } = request.message
    const sha = await git.commitSameTree(
      parent,
      description ? `${summary}\n\n${description}` : summary
    )
    for (let attempt = 1; ; attempt++) {
      const pushed = await git.push(sha, ref)
      if (!pushed.error) return { sha, parent }
      if (!mayHaveLanded(pushed.error.failure)) throw pushed.error
      const head = await git.remoteHead(ref)
      if (head === sha) return { sha, parent }
      if (head !== parent) {
        throw new Error(
          `The branch '${request.revision}' moved while the action made its empty commit (someone pushed ${head?.slice(0, 12) ?? 'a deletion'}): nothing was pushed. Run the action again.`
        )
      }
      if (attempt >= 2) throw pushed.error.after(attempt)
    }
  } finally {
    await git.remove()
  }
}

/**
 * Whether a failed push is worth a look at the branch (and one more try): not when the Hub
 * refused it before receiving anything, nor when it stopped answering (looking would wait again).
 */
function mayHaveLanded(failure: GitFailure): boolean {
  if (failure.kind === 'status') return failure.status >= 500 || failure.status === 429
  return failure.kind === 'lost' || failure.kind === 'rejected' || failure.kind === 'other'
}
