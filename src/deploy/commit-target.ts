/** Where a deploy's uploads and commit go. */
import type { RepoType } from '../settings.js'

export interface CommitTarget {
  type: RepoType
  /** `owner/name` */
  id: string
  /** The branch (or `refs/pr/N`) the commit goes onto, or the branch a pull request is for. */
  revision: string
  /** Open a pull request instead of committing to `revision`. */
  createPr: boolean
}
