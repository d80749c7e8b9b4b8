/**
 * `settings`: brings each Space's hardware, sleep time, secrets and variables to the declared
 * values, writing only the differences, then waits for the restart they cause. A second run with
 * the same declaration makes no write and no restart.
 */
import type { RepoResult } from '../result.js'
import { syncSpaceSettings } from '../space-settings/sync.js'
import { readRuntime, waitForStage } from '../space/index.js'
import type { ModeContext } from './context.js'

export async function settings(ctx: ModeContext, result: RepoResult): Promise<void> {
  const outcome = await syncSpaceSettings(ctx, result, { intent: 'apply' })
  if (!outcome?.wrote) return
  await waitForSettings(ctx, result, outcome.restarts)
}

/** After settings were written: wait for the restart, or read the runtime once to report it. */
export async function waitForSettings(
  ctx: ModeContext,
  result: RepoResult,
  restarts: boolean
): Promise<void> {
  if (restarts && ctx.settings.wait) await waitForStage(ctx, result)
  else await readRuntime(ctx, result)
}
