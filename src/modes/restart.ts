/** `restart`: restarts the Space (a factory rebuild with `factory_reboot`), then waits for RUNNING. */
import { restartSpace } from '../hub/restart-space.js'
import type { RepoResult } from '../result.js'
import type { ModeContext } from './context.js'
import { settleSpace } from './settle.js'

export async function restart(ctx: ModeContext, result: RepoResult): Promise<void> {
  const spaceId = result.repoId
  const factory = ctx.settings.factoryReboot
  result.runtime = await restartSpace(ctx.client, spaceId, { factory })
  result.changed = true
  result.notes.push(factory ? 'Factory rebuild requested (no build cache).' : 'Restart requested.')
  await settleSpace(ctx, result)
}
