/**
 * `PUT /repos/{owner}/{repo}/actions/workflows/{file}/enable`: (re-)enables a workflow, which
 * GitHub answers with 204 whether it was disabled or not. Needs `permissions: actions: write`.
 */
import { repoPath, type GitHubClient } from './client.js'

export interface WorkflowRef {
  /** `owner/repo` */
  repository: string
  /** The workflow's file name (`keep-alive.yml`) or numeric id. */
  workflow: string
}

export async function enableWorkflow(client: GitHubClient, ref: WorkflowRef): Promise<void> {
  await client.request<void>({
    method: 'PUT',
    path: `${repoPath(ref.repository)}/actions/workflows/${encodeURIComponent(ref.workflow)}/enable`
  })
}
