/**
 * `keep_workflow_alive`: GitHub disables a scheduled workflow after 60 days without activity in
 * the repository — exactly the quiet repos a keep-alive schedule is for. Re-enabling the running
 * workflow on each run (`PUT …/actions/workflows/{file}/enable`, which GitHub answers 204 for an
 * active one too) keeps it on. Never fails the step: any refusal is a warning with the fix.
 */
import * as runner from '../runner/index.js'
import type { HubClientOptions } from '../hub/client.js'
import { GitHubClient } from '../github/client.js'
import { enableWorkflow } from '../github/enable-workflow.js'
import { GitHubApiError } from '../github/error.js'
import { getErrorMessage } from '../errors.js'

export interface KeepAliveOptions {
  githubToken?: string
  dryRun: boolean
  onRetry?: HubClientOptions['onRetry']
}

/** `.github/workflows/keep-alive.yml@refs/heads/main` → `keep-alive.yml`. */
export function workflowFileOf(workflowRef: string | undefined): string | undefined {
  return workflowRef ? /\/\.github\/workflows\/([^@]+)@/.exec(workflowRef)?.[1] : undefined
}

export async function keepWorkflowAlive(
  options: KeepAliveOptions,
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  const repository = env.GITHUB_REPOSITORY
  const workflow = workflowFileOf(env.GITHUB_WORKFLOW_REF)
  if (!repository || !workflow) {
    runner.warning(
      'keep_workflow_alive: GITHUB_REPOSITORY or GITHUB_WORKFLOW_REF is not set (not running in GitHub Actions?), so no workflow was re-enabled.'
    )
    return
  }
  if (options.dryRun) {
    runner.info(`Dry run: would re-enable the workflow ${workflow} of ${repository}.`)
    return
  }
  if (!options.githubToken) {
    runner.warning(
      `keep_workflow_alive: input 'github_token' is empty, so the workflow ${workflow} was not re-enabled: leave it at its default (\${{ github.token }}) and give the job permissions: actions: write.`
    )
    return
  }
  const client = GitHubClient.fromEnv(options.githubToken, { onRetry: options.onRetry }, env)
  try {
    await enableWorkflow(client, { repository, workflow })
    runner.info(
      `Re-enabled the workflow ${workflow} of ${repository}, so GitHub's 60-day inactivity rule does not disable its schedule.`
    )
  } catch (error) {
    const fix =
      error instanceof GitHubApiError && error.isRefusal
        ? ' Give the job permissions: actions: write (or a github_token that may write to Actions).'
        : ''
    runner.warning(
      `keep_workflow_alive: could not re-enable the workflow ${workflow} of ${repository}: ${getErrorMessage(error)}${fix}`
    )
  }
}
