/**
 * `status`: reads the runtime and changes nothing; with declared settings, reports their drift.
 * An error stage fails the step, with its log.
 */
import { getSpaceRuntime } from '../hub/space-runtime.js'
import { ERROR_STAGES } from '../hub/types.js'
import type { RepoResult } from '../result.js'
import { explainFailure } from '../space/index.js'
import { syncSpaceSettings } from '../space-settings/sync.js'
import type { ModeContext } from './context.js'

export async function status(ctx: ModeContext, result: RepoResult): Promise<void> {
  const spaceId = result.repoId
  result.runtime = await getSpaceRuntime(ctx.client, spaceId)
  // Declared settings: say where the Space differs from them, change nothing.
  await syncSpaceSettings(ctx, result, { intent: 'report', runtime: result.runtime })
  if (ERROR_STAGES.includes(result.runtime.stage)) await explainFailure(ctx, result)
}
