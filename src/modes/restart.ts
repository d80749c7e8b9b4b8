/** `restart`: restarts the Space (a factory rebuild with `factory_reboot`), then waits for RUNNING. */
import { restartSpace } from '../hub/restart-space.js'
import { getSpaceRuntime } from '../hub/space-runtime.js'
import { checkBeforeWrite } from '../preflight/write-access.js'
import type { RepoResult } from '../result.js'
import { waitForStage } from '../space/index.js'
import type { ModeContext } from './context.js'

export async function restart(ctx: ModeContext, result: RepoResult): Promise<void> {
  const spaceId = result.repoId
  const factory = ctx.settings.factoryReboot
  const what = factory ? 'a factory rebuild (no build cache)' : 'a restart'
  if (ctx.settings.dryRun) {
    result.runtime = await getSpaceRuntime(ctx.client, spaceId)
    await checkBeforeWrite(ctx, result)
    result.notes.push(`Dry run: would request ${what} (now ${result.runtime.stage}).`)
    return
  }
  await checkBeforeWrite(ctx, result)
  result.runtime = await restartSpace(ctx.client, spaceId, { factory })
  result.changed = true
  result.notes.push(`Requested ${what}.`)
  await waitForStage(ctx, result)
}
