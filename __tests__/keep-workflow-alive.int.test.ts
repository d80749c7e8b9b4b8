/**
 * `keep_workflow_alive` through dist/: the running workflow (from `GITHUB_WORKFLOW_REF`) is
 * re-enabled once per run with the GitHub token, whatever the mode and its outcome; a refusal is
 * a warning naming `permissions: actions: write`, never a failure.
 */
import { describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS } from '../emulator/index.js'
import { GITHUB_EMULATOR_TOKEN, type GitHubEmulator } from '../emulator/github/index.js'
import { annotations, runAgainst, useEmulator } from './helpers/emulator.js'
import { gitHubJobEnv, useGitHubEmulator } from './helpers/github-emulator.js'
import type { ActionRun } from './helpers/run-action.js'
import { seedSpace } from './helpers/spaces.js'

const hubOf = useEmulator()
const gitHub = useGitHubEmulator()
const READ_ONLY_ACTIONS = 'ghs_emulatorTokenWithActionsRead0000000'

/** A run of the `keep-alive.yml` workflow of `alice/app`, as the runner starts it. */
async function runKeepAlive(
  inputs: Record<string, string>,
  githubToken = GITHUB_EMULATOR_TOKEN
): Promise<ActionRun> {
  const gh = gitHub()
  gh.clearRequests()
  const job = gh.addJob({ repository: 'alice/app', workflowFile: 'keep-alive.yml' })
  return runAgainst(
    hubOf(),
    { keep_workflow_alive: 'true', github_token: githubToken, ...inputs },
    {
      env: gitHubJobEnv(gh, job, { idToken: false }),
      secrets: [...Object.values(EMULATOR_TOKENS), GITHUB_EMULATOR_TOKEN, READ_ONLY_ACTIONS]
    }
  )
}

const enableCalls = (gh: GitHubEmulator) =>
  gh.apiRequests().filter((r) => r.path.endsWith('/enable'))

describe('keep_workflow_alive', () => {
  it('re-enables the running workflow once, with the GitHub token', async () => {
    const gh = gitHub()
    await seedSpace(hubOf(), 'user/ka-awake')
    const workflow = gh.addWorkflow('alice/app', 'keep-alive.yml', 'active')
    const run = await runKeepAlive({ repo_id: 'user/ka-awake', mode: 'status' })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const calls = enableCalls(gh)
    expect(calls.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'PUT /repos/alice/app/actions/workflows/keep-alive.yml/enable 204'
    ])
    expect(calls[0].headers.authorization).toBe(`Bearer ${GITHUB_EMULATOR_TOKEN}`)
    expect(calls[0].headers['x-github-api-version']).toBe('2022-11-28')
    expect(workflow).toMatchObject({ state: 'active', enableCalls: 1 })
    expect(run.stdout).toContain(
      "Re-enabled the workflow keep-alive.yml of alice/app, so GitHub's 60-day inactivity rule does not disable its schedule."
    )
    // The GitHub token never goes to the Hub, nor the Hub's to GitHub.
    for (const r of hubOf().hubRequests())
      expect(r.headers.authorization ?? '').not.toContain(GITHUB_EMULATOR_TOKEN)
    expect(calls[0].headers.authorization).not.toContain(EMULATOR_TOKENS.write)
  })

  it('a workflow GitHub disabled for inactivity is active again', async () => {
    const gh = gitHub()
    await seedSpace(hubOf(), 'user/ka-status')
    const workflow = gh.addWorkflow('alice/app', 'keep-alive.yml', 'disabled_inactivity')
    const run = await runKeepAlive({ repo_id: 'user/ka-status' })
    expect(run.exitCode).toBe(0)
    expect(workflow.state).toBe('active')
  })

  it('still runs when the mode fails', async () => {
    const gh = gitHub()
    gh.addWorkflow('alice/app', 'keep-alive.yml')
    const run = await runKeepAlive({ repo_id: 'user/ka-missing', mode: 'restart' })
    expect(run.exitCode).toBe(1)
    expect(enableCalls(gh)).toHaveLength(1)
  })

  it('a token without actions: write: a warning naming the permission, and the step succeeds', async () => {
    const gh = gitHub()
    gh.tokens.add(READ_ONLY_ACTIONS, {
      login: 'github-actions[bot]',
      userId: 41898282,
      userType: 'Bot',
      permissions: { actions: 'read', contents: 'read' }
    })
    const workflow = gh.addWorkflow('alice/app', 'keep-alive.yml', 'active')
    await seedSpace(hubOf(), 'user/ka-refused')
    const run = await runKeepAlive(
      { repo_id: 'user/ka-refused', mode: 'status' },
      READ_ONLY_ACTIONS
    )
    expect(run.exitCode).toBe(0)
    expect(run.errors).toEqual([])
    expect(enableCalls(gh)).toHaveLength(1)
    expect(workflow.enableCalls).toBe(0)
    const warnings = annotations(run, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(
      'keep_workflow_alive: could not re-enable the workflow keep-alive.yml of alice/app: GitHub answered 403 to PUT /repos/alice/app/actions/workflows/keep-alive.yml/enable: Resource not accessible by integration.'
    )
    expect(warnings[0]).toContain('permissions: actions: write')
  })

  it('outside a workflow run: a warning, and the step succeeds', async () => {
    await seedSpace(hubOf(), 'user/ka-local')
    const run = await runAgainst(
      hubOf(),
      {
        repo_id: 'user/ka-local',
        keep_workflow_alive: 'true',
        github_token: GITHUB_EMULATOR_TOKEN
      },
      { secrets: [...Object.values(EMULATOR_TOKENS), GITHUB_EMULATOR_TOKEN] }
    )
    expect(run.exitCode).toBe(0)
    expect(annotations(run, 'warning')).toEqual([
      '::warning::keep_workflow_alive: GITHUB_REPOSITORY or GITHUB_WORKFLOW_REF is not set (not running in GitHub Actions?), so no workflow was re-enabled.'
    ])
  })

  it('off by default: no GitHub request', async () => {
    const gh = gitHub()
    await seedSpace(hubOf(), 'user/ka-off')
    gh.clearRequests()
    const job = gh.addJob({ repository: 'alice/app', workflowFile: 'keep-alive.yml' })
    const run = await runAgainst(
      hubOf(),
      { repo_id: 'user/ka-off', github_token: GITHUB_EMULATOR_TOKEN },
      {
        env: gitHubJobEnv(gh, job, { idToken: false }),
        secrets: [...Object.values(EMULATOR_TOKENS), GITHUB_EMULATOR_TOKEN]
      }
    )
    expect(run.exitCode).toBe(0)
    expect(gh.apiRequests()).toEqual([])
  })
})
