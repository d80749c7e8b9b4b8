/** `preview`: a Space per pull request (built in a later step). */
import type { RepoResult } from '../result.js'
import type { ModeContext } from './context.js'

export async function preview(_ctx: ModeContext, _result: RepoResult): Promise<void> {
  throw new Error("Mode 'preview' is not available yet.")
}
