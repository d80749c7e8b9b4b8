/**
 * The newest commit on the branch a Space builds: when it is no longer the commit being waited
 * for, someone committed after it (another deploy) and the Space will build theirs instead.
 */
import * as runner from '../runner/index.js'
import { getErrorMessage } from '../errors.js'
import type { HubClient } from '../hub/client.js'
import { listCommits } from '../hub/list-commits.js'
import { SPACE_BRANCH } from './context.js'

export interface NewerCommit {
  sha: string
  title: string
}

/**
 * The branch head when it is not `sha`, else undefined. A failed read is not a verdict: waiting
 * goes on and asks again later.
 */
export async function newerBranchHead(
  client: HubClient,
  spaceId: string,
  sha: string
): Promise<NewerCommit | undefined> {
  try {
    const [head] = await listCommits(client, 'space', spaceId, SPACE_BRANCH, 1)
    return head && head.id !== sha ? { sha: head.id, title: head.title } : undefined
  } catch (error) {
    runner.debug(
      `Could not read the head of ${SPACE_BRANCH} of ${spaceId}: ${getErrorMessage(error)}`
    )
    return undefined
  }
}
