/**
 * The action: read the inputs, run the mode on each repo, set the outputs, write the job summary,
 * and fail the step when any repo failed. The only place that catches errors for the runner.
 */
import * as core from '@actions/core'
import { mapWithLimit } from './concurrency.js'
import { getErrorMessage } from './errors.js'
import { HubClient } from './hub/client.js'
import { getInputs } from './inputs.js'
import type { ModeContext } from './modes/context.js'
import { deploy } from './modes/deploy.js'
import { emptyCommit } from './modes/empty-commit.js'
import { pause } from './modes/pause.js'
import { restart } from './modes/restart.js'
import { status } from './modes/status.js'
import { wake } from './modes/wake.js'
import { logResults, setOutputs, writeSummary } from './report.js'
import { newResult, type RepoResult } from './result.js'
import type { ActionSettings, Mode } from './settings.js'

/** Spaces handled at once: enough for a fleet, gentle on the Hub's rate limits. */
const SPACE_CONCURRENCY = 4

type RepoTask = (ctx: ModeContext, repoId: string) => Promise<RepoResult>

const MODE_TASKS: Partial<Record<Mode, RepoTask>> = {
  status,
  restart,
  pause,
  wake,
  'empty-commit': emptyCommit,
  deploy
}

export async function run(): Promise<void> {
  try {
    const settings = getInputs()
    const client = new HubClient({
      endpoint: settings.endpoint,
      token: settings.token,
      onRetry: (n) =>
        core.info(
          `Retrying ${n.method} ${n.path} in ${(n.delayMs / 1000).toFixed(1)} s (${n.reason}, attempt ${n.attempt + 1})`
        )
    })
    const results = await runMode({ client, settings })
    report(results, settings)
    // The summary is a courtesy: a runner that cannot take it must not fail a deploy that worked.
    await writeSummary(results, settings).catch((error: unknown) =>
      core.warning(`Could not write the job summary: ${getErrorMessage(error)}`)
    )
    failIfAnyFailed(results)
  } catch (error) {
    core.setFailed(getErrorMessage(error))
  }
}

async function runMode(ctx: ModeContext): Promise<RepoResult[]> {
  const task = MODE_TASKS[ctx.settings.mode]
  if (!task) throw new Error(`Mode '${ctx.settings.mode}' is not available yet.`)
  // One repo's failure must not hide the others' results: it is recorded, the rest go on.
  return mapWithLimit(ctx.settings.repoIds, SPACE_CONCURRENCY, async (repoId) => {
    try {
      return await task(ctx, repoId)
    } catch (error) {
      const failed = newResult(repoId, ctx.settings.repoType)
      failed.error = getErrorMessage(error)
      return failed
    }
  })
}

function report(results: RepoResult[], settings: ActionSettings): void {
  setOutputs(results, settings)
  logResults(results, settings)
}

function failIfAnyFailed(results: RepoResult[]): void {
  const failed = results.filter((r) => r.error)
  if (failed.length === 0) return
  if (results.length === 1) {
    core.setFailed(failed[0].error as string)
    return
  }
  for (const r of failed) core.error(`${r.repoId}: ${r.error}`)
  core.setFailed(
    `${failed.length} of ${results.length} repos failed: ${failed.map((r) => r.repoId).join(', ')}.`
  )
}
