/** `pause`: pauses the Space (it stays down, and unbilled, until its owner restarts it). */
import { pauseSpace } from '../hub/pause-space.js'
import { getSpaceRuntime } from '../hub/space-runtime.js'
import { newResult, type RepoResult } from '../result.js'
import type { ModeContext } from './context.js'
import { settleSpace } from './settle.js'

export async function pause(ctx: ModeContext, spaceId: string): Promise<RepoResult> {
  const result = newResult(spaceId, 'space')
  const before = await getSpaceRuntime(ctx.client, spaceId)
  if (before.stage === 'PAUSED') {
    result.runtime = before
    result.notes.push('Already paused: nothing to do.')
    return result
  }
  result.runtime = await pauseSpace(ctx.client, spaceId)
  result.changed = true
  result.notes.push(`Paused (was ${before.stage}). Restart it with mode: restart.`)
  if (result.runtime.stage !== 'PAUSED') await settleSpace(ctx, result, { expectStage: 'PAUSED' })
  return result
}
