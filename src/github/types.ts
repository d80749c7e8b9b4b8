/** Wire shapes of the GitHub REST answers the action reads (only the fields it uses). */

export interface GitHubUser {
  login: string
  id: number
  /** `User`, `Bot` (e.g. `github-actions[bot]`), `Organization`. */
  type: string
}

/** An issue or pull-request conversation comment (`/repos/{o}/{r}/issues/comments/{id}`). */
export interface IssueComment {
  id: number
  node_id?: string
  body: string
  html_url: string
  user: GitHubUser | null
  created_at: string
  updated_at: string
}
