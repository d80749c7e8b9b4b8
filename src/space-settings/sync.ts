/**
 * Brings a Space's configuration to what the workflow declares: read (runtime, secret keys,
 * variables), plan by key, report the plan in the log and the summary, then write only the
 * differences. `report` only compares (status: drift); a dry run stops after the plan.
 * Waiting for the restart the writes cause is the caller's, since a deploy waits for its commit.
 */
import * as runner from '../runner/index.js'
import { HubApiError } from '../hub/error.js'
import { requestSpaceHardware } from '../hub/space-hardware.js'
import { getSpaceRuntime } from '../hub/space-runtime.js'
import { addSpaceSecret, deleteSpaceSecret, listSpaceSecrets } from '../hub/space-secrets.js'
import { setSpaceSleepTime } from '../hub/space-sleeptime.js'
import {
  addSpaceVariable,
  deleteSpaceVariable,
  listSpaceVariables
} from '../hub/space-variables.js'
import type { SpaceRuntime } from '../hub/types.js'
import type { ModeContext } from '../modes/context.js'
import type { RepoResult } from '../result.js'
import { declaresSettings, type SpaceSettingsDeclaration } from './declaration.js'
import { checkFlavor } from './hardware.js'
import { describeSettingsPlan } from './plan-report.js'
import { planSettings, planWrites, type SettingsPlan } from './plan.js'
import { secretDescription } from './secret-digest.js'

export interface SyncOutcome {
  plan: SettingsPlan
  /** Writes were made (each restarts a Space that is not paused). */
  wrote: boolean
  /** Whether the Space restarts because of them (not when paused or static). */
  restarts: boolean
}

export interface SyncOptions {
  /** `report`: compare and say what differs, change nothing (status). */
  intent: 'apply' | 'report'
  /** The runtime when the caller has just read it (saves a request). */
  runtime?: SpaceRuntime
}

export async function syncSpaceSettings(
  ctx: ModeContext,
  result: RepoResult,
  options: SyncOptions
): Promise<SyncOutcome | undefined> {
  const declared = ctx.settings.space
  if (!declaresSettings(declared)) return undefined
  const { client } = ctx
  const spaceId = result.repoId
  const [runtime, secrets, variables] = await Promise.all([
    options.runtime ?? getSpaceRuntime(client, spaceId),
    declared.secrets ? listSpaceSecrets(client, spaceId) : undefined,
    declared.variables ? listSpaceVariables(client, spaceId) : undefined
  ])
  result.runtime = runtime
  const plan = await planSettings(declared, { runtime, secrets, variables })
  const report = options.intent === 'report'
  if (plan.hardware?.change === 'change' && !report) await checkFlavor(client, plan.hardware.to)
  reportPlan(ctx, result, plan, report)

  const writes = planWrites(plan)
  const outcome: SyncOutcome = { plan, wrote: false, restarts: false }
  if (report) {
    if (writes)
      result.notes.push(
        'Settings drift: the Space differs from the declared settings (see the plan).'
      )
    else result.notes.push('Settings: the Space matches the declared settings.')
    return outcome
  }
  if (!writes) {
    result.notes.push('Settings already hold: nothing written.')
    return outcome
  }
  if (ctx.settings.dryRun) {
    result.notes.push('Dry run: no setting was written.')
    return outcome
  }
  const latest = await applyPlan(ctx, spaceId, declared, plan)
  if (latest) result.runtime = latest
  result.changed = true
  outcome.wrote = true
  outcome.restarts = runtime.stage !== 'PAUSED' && runtime.hardware?.requested !== null
  result.notes.push(
    outcome.restarts
      ? 'Settings applied: the Space restarts to take them.'
      : `Settings applied; the Space is ${runtime.stage}: they take effect when it next starts.`
  )
  return outcome
}

function reportPlan(
  ctx: ModeContext,
  result: RepoResult,
  plan: SettingsPlan,
  report: boolean
): void {
  const description = describeSettingsPlan(plan)
  const label = report
    ? 'Settings drift'
    : ctx.settings.dryRun
      ? 'Dry run — settings plan'
      : 'Settings plan'
  runner.info(`${label} for ${result.repoId}: ${description.headline}.`)
  for (const line of description.logLines) runner.info(`  ${line}`)
  if (plan.sleepTime?.change === 'skipped') {
    runner.warning(`${result.repoId}: sleep_time not applied: ${plan.sleepTime.reason}.`)
  }
  result.notes.push(`Settings plan: ${description.headline}.`)
  result.details = [
    ...(result.details ?? []),
    {
      title: `${report ? 'Settings drift' : 'Settings plan'}: ${description.headline}`,
      markdown: description.markdown
    }
  ]
}

/** Writes the differences, one request each; returns the last runtime the Hub answered. */
async function applyPlan(
  ctx: ModeContext,
  spaceId: string,
  declared: SpaceSettingsDeclaration,
  plan: SettingsPlan
): Promise<SpaceRuntime | undefined> {
  const { client } = ctx
  for (const { key, change } of plan.variables) {
    if (change === 'add' || change === 'change')
      await addSpaceVariable(client, spaceId, { key, value: declared.variables?.get(key) ?? '' })
    else if (change === 'remove') await deleteSpaceVariable(client, spaceId, key)
  }
  // The digests first, all at once (scrypt runs on the thread pool), then one write per key.
  const descriptions = new Map(
    await Promise.all(
      plan.secrets
        .filter((k) => k.change === 'add' || k.change === 'change')
        .map(async ({ key }) => {
          const value = declared.secrets?.get(key) ?? ''
          return [key, { value, description: await secretDescription(value) }] as const
        })
    )
  )
  for (const { key, change } of plan.secrets) {
    const write = descriptions.get(key)
    if (write) await addSpaceSecret(client, spaceId, { key, ...write })
    else if (change === 'remove') await deleteSpaceSecret(client, spaceId, key)
  }
  const sleep = plan.sleepTime?.change === 'change' ? plan.sleepTime.to : undefined
  try {
    if (plan.hardware?.change === 'change') {
      // One request, one restart, for both the flavor and its sleep time.
      return await requestSpaceHardware(client, spaceId, {
        flavor: plan.hardware.to,
        ...(sleep !== undefined && { sleepTimeSeconds: sleep })
      })
    }
    if (sleep !== undefined) return await setSpaceSleepTime(client, spaceId, sleep)
  } catch (error) {
    throw explainPaidHardware(error, plan.hardware?.to)
  }
  return undefined
}

/** 402/403 on hardware or sleep time: a paid plan or a payment method is what is missing. */
function explainPaidHardware(error: unknown, flavor: string | undefined): unknown {
  if (!(error instanceof HubApiError) || (error.status !== 402 && error.status !== 403))
    return error
  const hub = error.hubMessage ? ` The Hub says: "${error.hubMessage}".` : ''
  const billing = /payment|billing|pro subscription|subscribe/i.test(error.hubMessage ?? '')
  if (error.status === 402 || billing) {
    return new Error(
      `Requesting ${flavor ? `hardware '${flavor}'` : 'a sleep time'} needs a paid plan or a payment method on the Space owner's account: add one at https://huggingface.co/settings/billing.${hub}`,
      { cause: error }
    )
  }
  return error
}

/** The declared settings as `create`/`duplicate` take them (secrets with their digests). */
export async function creationSettings(declared: SpaceSettingsDeclaration): Promise<{
  hardware?: string
  sleepTimeSeconds?: number
  secrets?: { key: string; value: string; description: string }[]
  variables?: { key: string; value: string }[]
}> {
  const secrets = declared.secrets
    ? await Promise.all(
        [...declared.secrets].map(async ([key, value]) => ({
          key,
          value,
          description: await secretDescription(value)
        }))
      )
    : undefined
  const variables = declared.variables
    ? [...declared.variables].map(([key, value]) => ({ key, value }))
    : undefined
  return {
    ...(declared.hardware !== undefined && { hardware: declared.hardware }),
    ...(declared.sleepTime !== undefined &&
      declared.hardware !== 'cpu-basic' && { sleepTimeSeconds: declared.sleepTime }),
    ...(secrets && { secrets }),
    ...(variables && { variables })
  }
}

/**
 * Commit modes apply the settings before they commit, so the build the commit starts already
 * sees them (and a change costs no extra restart beyond that build's). Nothing to do for a repo
 * a dry run would create, or for models and datasets.
 */
export async function syncBeforeCommit(
  ctx: ModeContext,
  result: RepoResult,
  head: string | undefined
): Promise<void> {
  if (head === undefined || result.repoType !== 'space') return
  await syncSpaceSettings(ctx, result, { intent: 'apply' })
}
