/**
 * The settings plan: the declared configuration against the Space's, by key — add, change,
 * remove, unchanged — so that only differences are written. Pure, apart from checking secret
 * digests (see secret-digest.ts).
 */
import type { SpaceRuntime } from '../hub/types.js'
import type { SpaceSecretInfo } from '../hub/space-secrets.js'
import type { SpaceVariableInfo } from '../hub/space-variables.js'
import type { SpaceSettingsDeclaration } from './declaration.js'
import { isDigestDescription, matchesDescription } from './secret-digest.js'

export type KeyChange = 'add' | 'change' | 'remove' | 'unchanged'

export interface KeyPlan {
  key: string
  change: KeyChange
  /** Why, when it is not obvious (a secret without our digest cannot be compared). */
  reason?: string
}

export interface SettingsPlan {
  hardware?: { from: string | null; to: string; change: 'change' | 'unchanged' }
  sleepTime?: {
    from: number | null
    to: number
    change: 'change' | 'unchanged' | 'skipped'
    reason?: string
  }
  secrets: KeyPlan[]
  variables: KeyPlan[]
  /** Keys on the Space that are not declared and stay (prune is off). */
  keptSecrets: string[]
  keptVariables: string[]
}

/** What the Space has now. */
export interface CurrentSettings {
  runtime: SpaceRuntime
  secrets?: Record<string, SpaceSecretInfo>
  variables?: Record<string, SpaceVariableInfo>
}

const FREE_HARDWARE = 'cpu-basic'

export async function planSettings(
  declared: SpaceSettingsDeclaration,
  current: CurrentSettings
): Promise<SettingsPlan> {
  const plan: SettingsPlan = {
    secrets: [],
    variables: [],
    keptSecrets: [],
    keptVariables: []
  }
  const requested = current.runtime.hardware?.requested ?? null
  if (declared.hardware !== undefined) {
    plan.hardware = {
      from: requested,
      to: declared.hardware,
      change: requested === declared.hardware ? 'unchanged' : 'change'
    }
  }
  if (declared.sleepTime !== undefined) plan.sleepTime = planSleep(declared, current.runtime)
  if (declared.secrets) {
    const remote = current.secrets ?? {}
    // Digests are checked at once: scrypt runs on libuv's thread pool, not the event loop.
    const checked = await Promise.all(
      [...declared.secrets].map(async ([key, value]): Promise<KeyPlan> => {
        const found = remote[key]
        if (!found) return { key, change: 'add' }
        if (await matchesDescription(value, found.description)) return { key, change: 'unchanged' }
        return {
          key,
          change: 'change',
          reason: isDigestDescription(found.description)
            ? 'value differs'
            : 'set outside the action: its value cannot be compared'
        }
      })
    )
    plan.secrets.push(...checked)
    const extra = Object.keys(remote).filter((key) => !declared.secrets?.has(key))
    if (declared.prune) plan.secrets.push(...extra.map((key) => removal(key)))
    else plan.keptSecrets = extra
  }
  if (declared.variables) {
    const remote = current.variables ?? {}
    for (const [key, value] of declared.variables) {
      const found = remote[key]
      if (!found) plan.variables.push({ key, change: 'add' })
      else plan.variables.push({ key, change: found.value === value ? 'unchanged' : 'change' })
    }
    const extra = Object.keys(remote).filter((key) => !declared.variables?.has(key))
    if (declared.prune) plan.variables.push(...extra.map((key) => removal(key)))
    else plan.keptVariables = extra
  }
  return plan
}

function removal(key: string): KeyPlan {
  return { key, change: 'remove', reason: 'not declared (prune)' }
}

function planSleep(
  declared: SpaceSettingsDeclaration,
  runtime: SpaceRuntime
): NonNullable<SettingsPlan['sleepTime']> {
  const to = declared.sleepTime as number
  const from = runtime.gcTimeout ?? null
  const hardware = declared.hardware ?? runtime.hardware?.requested
  if (hardware === FREE_HARDWARE) {
    return {
      from,
      to,
      change: 'skipped',
      reason:
        'free cpu-basic hardware always sleeps after 48 h of inactivity; upgrade the hardware to choose the sleep time'
    }
  }
  // The Hub reports "never" as no timeout.
  const same = to === -1 ? from === null || from === -1 : from === to
  return { from, to, change: same ? 'unchanged' : 'change' }
}

/** Whether applying the plan writes anything. */
export function planWrites(plan: SettingsPlan): boolean {
  return (
    plan.hardware?.change === 'change' ||
    plan.sleepTime?.change === 'change' ||
    [...plan.secrets, ...plan.variables].some((k) => k.change !== 'unchanged')
  )
}
