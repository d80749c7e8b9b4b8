/** `pause`: pauses the Space (it stays down, and unbilled, until its owner restarts it). */
import { pauseSpace } from '../hub/pause-space.js'
import { getSpaceRuntime } from '../hub/space-runtime.js'
import { checkBeforeWrite } from '../preflight/write-access.js'
import type { RepoResult } from '../result.js'
import { waitForStage } from '../space/index.js'
import type { ModeContext } from './context.js'

export async function pause(ctx: ModeContext, result: RepoResult): Promise<void> {
  const spaceId = result.repoId
  const before = await getSpaceRuntime(ctx.client, spaceId)
  if (before.stage === 'PAUSED') {
    result.runtime = before
    result.notes.push('Already paused: nothing to do.')
    return
  }
  await checkBeforeWrite(ctx, result)
  if (ctx.settings.dryRun) {
    result.runtime = before
    result.notes.push(`Dry run: would pause it (now ${before.stage}).`)
    return
  }
  result.runtime = await pauseSpace(ctx.client, spaceId)
  result.changed = true
  result.notes.push(`Paused (was ${before.stage}). Restart it with mode: restart.`)
  if (result.runtime.stage !== 'PAUSED') await waitForStage(ctx, result, 'PAUSED')
}
