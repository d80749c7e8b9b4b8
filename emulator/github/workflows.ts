/**
 * Workflows and `PUT /repos/{owner}/{repo}/actions/workflows/{file}/enable` (204, whatever the
 * state was; 403 without `actions: write`; 404 for a workflow the repo does not have).
 */
import type { Router } from '../router.js'
import { notFound } from './http.js'
import type { GitHubEmulator } from './server.js'

export type WorkflowState = 'active' | 'disabled_inactivity' | 'disabled_manually'

export interface EmulatedWorkflow {
  repository: string
  /** The file name under `.github/workflows/`. */
  file: string
  state: WorkflowState
  /** How many times the enable call succeeded. */
  enableCalls: number
}

const DOCS = 'https://docs.github.com/rest/actions/workflows#enable-a-workflow'

export function registerWorkflowRoutes(router: Router, gh: GitHubEmulator): void {
  router.on('PUT', '/repos/:owner/:repo/actions/workflows/:workflow/enable', (ctx) => {
    gh.tokens.require(ctx.token, 'write', ['actions'], DOCS)
    const workflow = gh.workflow(`${ctx.params.owner}/${ctx.params.repo}`, ctx.params.workflow)
    if (!workflow) throw notFound(DOCS)
    workflow.state = 'active'
    workflow.enableCalls++
    ctx.res.writeHead(204)
    ctx.res.end()
  })
}
