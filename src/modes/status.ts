/** `status`: reads the runtime and changes nothing. An error stage fails the step, with its log. */
import { getSpaceRuntime } from '../hub/space-runtime.js'
import { ERROR_STAGES } from '../hub/types.js'
import type { RepoResult } from '../result.js'
import { explainFailure } from '../space/index.js'
import type { ModeContext } from './context.js'

export async function status(ctx: ModeContext, result: RepoResult): Promise<void> {
  const spaceId = result.repoId
  result.runtime = await getSpaceRuntime(ctx.client, spaceId)
  if (ERROR_STAGES.includes(result.runtime.stage)) await explainFailure(ctx, result)
}
