/**
 * `duplicate`: copies `from_repo_id` to `repo_id` (files and public variables; the Hub never
 * copies secrets) with `private` and the declared settings, then waits for RUNNING. When the copy
 * already exists nothing is copied: a notice, then the settings are applied — so the mode can run
 * on every push.
 */
import * as runner from '../runner/index.js'
import { assertCanCreateRepos } from '../auth/hub-access.js'
import { duplicateSpace } from '../hub/duplicate-space.js'
import { HubApiError } from '../hub/error.js'
import { findRepo } from '../hub/repo-info.js'
import type { RepoResult } from '../result.js'
import { creationSettings, syncSpaceSettings } from '../space-settings/sync.js'
import { waitForStage } from '../space/index.js'
import type { ModeContext } from './context.js'
import { waitForSettings } from './settings.js'

export async function duplicate(ctx: ModeContext, result: RepoResult): Promise<void> {
  const from = ctx.settings.fromRepoId as string
  const created = await ensureDuplicate(ctx, result, from)
  if (created === undefined) return
  const outcome = await syncSpaceSettings(ctx, result, { intent: 'apply' })
  if (created) {
    if (ctx.settings.wait) await waitForStage(ctx, result)
    return
  }
  if (outcome?.wrote) await waitForSettings(ctx, result, outcome.restarts)
  else if (!outcome) await waitForSettings(ctx, result, false)
}

/**
 * Makes sure `repo_id` exists as a copy of `from`: true when it was created now, false when it
 * existed, undefined on a dry run that would create it.
 */
export async function ensureDuplicate(
  ctx: ModeContext,
  result: RepoResult,
  from: string,
  options: { quiet?: boolean } = {}
): Promise<boolean | undefined> {
  const { client, settings } = ctx
  const target = result.repoId
  if (from === target) {
    throw new Error(
      `Input 'from_repo_id' names the Space itself (${target}): give the Space to copy.`
    )
  }
  if (await findRepo(client, 'space', target, 'main')) {
    if (!options.quiet)
      runner.notice(`${target} already exists: not copying ${from} again; applying the settings.`)
    result.notes.push(`${target} already exists: no copy made.`)
    return false
  }
  const label = `${settings.private ? 'private ' : ''}copy of ${from}`
  assertCanCreateRepos(ctx, `create ${target} as a ${label}`)
  if (settings.dryRun) {
    result.notes.push(`Dry run: would create ${target} as a ${label}.`)
    return undefined
  }
  let created: boolean
  try {
    created = await duplicateSpace(client, from, {
      repository: target,
      private: settings.private,
      ...(await creationSettings(settings.space))
    })
  } catch (error) {
    throw explainDuplicateError(error, from, target)
  }
  if (!created) {
    runner.notice(`${target} appeared while the action was copying ${from}: applying the settings.`)
    return false
  }
  runner.info(`Created ${target} as a ${label}.`)
  result.changed = true
  result.notes.push(`Created as a ${label}.`)
  return true
}

function explainDuplicateError(error: unknown, from: string, target: string): unknown {
  if (!(error instanceof HubApiError)) return error
  const hub = error.hubMessage ? ` The Hub says: "${error.hubMessage}".` : ''
  if (error.status === 402) {
    return new Error(
      `Copying ${from} to ${target} needs a paid plan: the Hub hosts new Gradio and Docker Spaces only for PRO users and paid organizations (static Spaces are free). Subscribe at https://huggingface.co/pro, or use an organization with a paid plan.${hub}`,
      { cause: error }
    )
  }
  if (error.status === 404) {
    return new Error(
      `Cannot copy ${from}: it does not exist, or the token cannot see it (check from_repo_id).${hub}`,
      { cause: error }
    )
  }
  return error
}
