/**
 * The action: read the inputs, run the mode on each repo, set the outputs, write the job summary,
 * and fail the step when any repo failed. The only place that catches errors for the runner.
 */
import * as runner from './runner/index.js'
import { HubAccess } from './auth/hub-access.js'
import { mapWithLimit } from './concurrency.js'
import { getErrorMessage } from './errors.js'
import { HubClient, type RetryNotice } from './hub/client.js'
import { getInputs } from './inputs.js'
import { keepWorkflowAlive } from './keep-alive/keep-workflow-alive.js'
import type { ModeContext } from './modes/context.js'
import { logResults, setOutputs } from './report.js'
import { failForErrors } from './summary/annotations.js'
import { writeFailureSummary, writeSummary } from './summary/write-summary.js'
import { newResult, type RepoResult } from './result.js'
import type { ActionSettings, Mode } from './settings.js'

/**
 * Spaces handled at once: a fleet of 200 is woken in a few round trips. The number of requests
 * (and so the rate-limit quota used) is the same at any concurrency; 429s are retried as asked.
 */
const SPACE_CONCURRENCY = 64

/** A mode's work on one repo: it fills in `result`, which survives a throw. */
type RepoTask = (ctx: ModeContext, result: RepoResult) => Promise<void>

/**
 * Each mode's module is loaded only when that mode runs (the bundle keeps each in a chunk of its
 * own): `status`, the most frequent call, never evaluates the commit machinery.
 */
const MODE_TASKS: Record<Mode, () => Promise<RepoTask>> = {
  status: async () => (await import('./modes/status.js')).status,
  restart: async () => (await import('./modes/restart.js')).restart,
  pause: async () => (await import('./modes/pause.js')).pause,
  wake: async () => (await import('./modes/wake.js')).wake,
  'empty-commit': async () => (await import('./modes/empty-commit.js')).emptyCommit,
  deploy: async () => (await import('./modes/deploy.js')).deploy,
  settings: async () => (await import('./modes/settings.js')).settings,
  duplicate: async () => (await import('./modes/duplicate.js')).duplicate,
  preview: async () => (await import('./modes/preview.js')).preview
}

export async function run(): Promise<void> {
  try {
    const settings = getInputs()
    const access = new HubAccess(
      settings,
      (token) => new HubClient({ endpoint: settings.endpoint, token, onRetry: logRetry })
    )
    access.preconnect()
    // Independent of the Hub work, so it runs alongside it and costs no wall time.
    const keepingAlive = settings.keepWorkflowAlive
      ? keepWorkflowAlive({ ...settings, onRetry: logRetry })
      : Promise.resolve()
    const results = await runMode(access, settings)
    await keepingAlive
    report(results, settings)
    await summarize(() => writeSummary(results, settings))
    failForErrors(results)
  } catch (error) {
    // Bad input (or a bug): nothing reached the Hub; the summary still says why the step failed.
    runner.setFailed(getErrorMessage(error))
    await summarize(() => writeFailureSummary(getErrorMessage(error)))
  }
}

function logRetry(n: RetryNotice): void {
  runner.info(
    `Retrying ${n.method} ${n.path} in ${(n.delayMs / 1000).toFixed(1)} s (${n.reason}, attempt ${n.attempt + 1})`
  )
}

/** The summary is a courtesy: a runner that cannot take it must not fail a deploy that worked. */
async function summarize(write: () => Promise<void>): Promise<void> {
  await write().catch((error: unknown) =>
    runner.warning(`Could not write the job summary: ${getErrorMessage(error)}`)
  )
}

async function runMode(access: HubAccess, settings: ActionSettings): Promise<RepoResult[]> {
  const task = await MODE_TASKS[settings.mode]()
  // One repo's failure must not hide the others' results: it is recorded, the rest go on. What
  // the mode had done before it failed (a repo created, a commit made) stays in its result.
  return mapWithLimit(settings.repoIds, SPACE_CONCURRENCY, async (repoId) => {
    const result = newResult(repoId, settings.repoType)
    try {
      await task(await access.contextFor(settings.repoType, repoId), result)
    } catch (error) {
      result.error = getErrorMessage(access.explain(error))
    }
    return result
  })
}

function report(results: RepoResult[], settings: ActionSettings): void {
  setOutputs(results, settings)
  logResults(results, settings)
}
