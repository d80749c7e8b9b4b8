/**
 * The Space configuration a workflow declares (inputs `hardware`, `sleep_time`, `secrets`,
 * `variables`, `prune`) and the inputs of the modes built on it (`space_card`, `from_repo_id`).
 * Secret values live only in memory, already masked in the log.
 */
import type { PullRequestEvent } from '../preview/pull-request-event.js'

export interface SpaceSettingsDeclaration {
  /** Flavor to request (`cpu-basic`, `t4-small`, …). */
  hardware?: string
  /** Seconds before the Space sleeps; -1 never. */
  sleepTime?: number
  /** Key → value, in declaration order. Serialises to its keys only: a debug line shows no value. */
  secrets?: Map<string, string>
  variables?: Map<string, string>
  /** Also delete undeclared secrets (when `secrets` is given) / variables (when `variables` is). */
  prune: boolean
}

export interface SpaceInputs {
  /** `preview`: the pull request the run is about (read from the runner's event). */
  pullRequest?: PullRequestEvent
  space: SpaceSettingsDeclaration
  /** Absolute path of the YAML file whose content becomes the README's front matter. */
  spaceCard?: string
  /** `duplicate`: the Space to copy. */
  fromRepoId?: string
}

/** Whether anything is declared at all. */
export function declaresSettings(space: SpaceSettingsDeclaration): boolean {
  return (
    space.hardware !== undefined ||
    space.sleepTime !== undefined ||
    space.secrets !== undefined ||
    space.variables !== undefined
  )
}

/** A Map that prints its keys, never its values (`JSON.stringify`, debug lines). */
export class SecretValues extends Map<string, string> {
  toJSON(): string[] {
    return [...this.keys()]
  }
}
