/**
 * `settings`: brings each Space's hardware, sleep time, secrets and variables to the declared
 * values, writing only the differences, then waits for the restart they cause. A second run with
 * the same declaration makes no write and no restart.
 */
import { getSpaceRuntime } from '../hub/space-runtime.js'
import type { RepoResult } from '../result.js'
import { syncSpaceSettings } from '../space-settings/sync.js'
import type { ModeContext } from './context.js'
import { waitForStage } from '../space/index.js'

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
  else result.runtime = await getSpaceRuntime(ctx.client, result.repoId)
}
