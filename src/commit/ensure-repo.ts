/**
 * The repo a commit mode works on, and the commit its revision points at. With `create: true` a
 * missing repo is created — only when missing: the Hub checks the paid plan before it notices
 * that a Space exists (huggingface_hub#4535), so calling create on an existing Gradio Space of a
 * free account would fail for nothing.
 */
import * as runner from '../runner/index.js'
import { assertCanCreateRepos } from '../auth/hub-access.js'
import type { HubClient } from '../hub/client.js'
import { createRepo } from '../hub/create-repo.js'
import { HubApiError } from '../hub/error.js'
import { findRepo, getRepoInfo, type RepoInfoOptions } from '../hub/repo-info.js'
import type { RepoInfo } from '../hub/types.js'
import type { RepoResult } from '../result.js'
import type { ActionSettings } from '../settings.js'

/**
 * @returns the head commit of `revision`, or undefined when the repo is missing and this is a
 *   dry run (it would be created)
 */
export async function ensureRepo(
  ctx: { client: HubClient; settings: ActionSettings },
  result: RepoResult
): Promise<string | undefined> {
  return (await ensureRepoInfo(ctx, result))?.sha
}

/**
 * `ensureRepo`, with the whole info (for a Space, its runtime too). `beforeCreate` is awaited
 * before the repo is created (a caller that reads before its token check passes it).
 */
export async function ensureRepoInfo(
  ctx: { client: HubClient; settings: ActionSettings },
  result: RepoResult,
  beforeCreate?: () => Promise<void>,
  options: RepoInfoOptions = {}
): Promise<RepoInfo | undefined> {
  const { client, settings } = ctx
  const { repoType: type, repoId: id } = result
  const found = await findRepo(client, type, id, settings.revision, options)
  if (found) {
    warnIfOtherSdk(settings, result, found.sdk)
    return found
  }
  const what = `${type} ${id}`
  if (!settings.create) {
    throw new Error(
      `The ${what} does not exist, or the token cannot see it: check repo_id and repo_type, or set create: true${type === 'space' ? ' (with space_sdk)' : ''} to create it.`
    )
  }
  const kind = type === 'space' ? `${settings.spaceSdk} Space` : type
  const label = `${settings.private ? 'private ' : ''}${kind}`
  assertCanCreateRepos(ctx, `create the ${label} ${id}`)
  if (settings.dryRun) {
    result.notes.push(`Dry run: would create the ${label} ${id}.`)
    return undefined
  }
  await beforeCreate?.()
  let created: boolean
  try {
    created = await createRepo(client, {
      type,
      id,
      private: settings.private,
      sdk: settings.spaceSdk
    })
  } catch (error) {
    if (error instanceof HubApiError && error.status === 402) {
      const hub = error.hubMessage ? ` (the Hub says: "${error.hubMessage}")` : ''
      throw new Error(
        `Creating the ${kind} ${id} needs a paid plan${hub}. Use space_sdk: static, which is free, or subscribe at https://huggingface.co/pro.`,
        { cause: error }
      )
    }
    throw error
  }
  if (created) {
    runner.info(`Created the ${label} ${id}.`)
    result.changed = true
    result.notes.push(`Created the ${label}.`)
  } else {
    // Someone created it between our look and our create: fine, it exists.
    result.notes.push(`The ${what} appeared while the action was creating it: using it.`)
  }
  return getRepoInfo(client, type, id, settings.revision, options)
}

/** `create` does not convert a Space: one built with another SDK keeps it (its README decides). */
function warnIfOtherSdk(
  settings: ActionSettings,
  result: RepoResult,
  sdk: string | undefined
): void {
  if (result.repoType !== 'space' || !settings.create || !settings.spaceSdk || !sdk) return
  if (sdk === settings.spaceSdk) return
  const message = `${result.repoId} exists as a ${sdk} Space, not ${settings.spaceSdk} (space_sdk): create leaves an existing Space as it is. Its README.md's sdk field decides how it builds.`
  runner.warning(message)
  result.notes.push(message)
}
