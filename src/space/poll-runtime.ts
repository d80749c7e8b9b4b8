/**
 * Polls a Space's runtime until it settles: RUNNING (serving the expected commit, when there is
 * one), an error stage, the timeout, or — waiting for a commit — a newer commit on the branch that
 * the Space will build instead. Polls back off from a short first interval, so a quick restart is
 * seen quickly and a long build costs few requests.
 */
import type { HubClient } from '../hub/client.js'
import { getSpaceRuntime } from '../hub/space-runtime.js'
import { ERROR_STAGES, TRANSITIONAL_STAGES, type SpaceRuntime } from '../hub/types.js'
import type { NewerCommit } from './branch-head.js'

export type WaitOutcome = 'running' | 'failed' | 'settled' | 'timeout' | 'superseded'
/** What the runtime alone tells. */
type Verdict = Exclude<WaitOutcome, 'superseded'>

interface Polled {
  runtime: SpaceRuntime
  /** Polls made. */
  polls: number
}

export type WaitResult =
  | (Polled & { outcome: Verdict })
  /** The branch moved past the expected commit: `newer` is its head, which the Space builds. */
  | (Polled & { outcome: 'superseded'; newer: NewerCommit })

export interface WaitOptions {
  timeoutSeconds: number
  /** Settle only once `runtime.sha` is this commit (after a deploy). */
  expectSha?: string
  /** Stage to settle in other than RUNNING (PAUSED after a pause). */
  expectStage?: string
  /**
   * With `expectSha`: the branch head when it moved past that commit. Asked every few polls while
   * the Space serves another commit, and before a failure or the timeout is reported.
   */
  newerCommit?: () => Promise<NewerCommit | undefined>
  /** Told of each stage change. */
  onStage?: (stage: string, runtime: SpaceRuntime) => void
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

/**
 * After a commit, a stage seen before any build may still be the previous commit's: trust it only
 * once this many polls in a row show it (or once a build was seen).
 */
const STALE_POLLS = 3
const MAX_INTERVAL_MS = 15_000
/** Polls between two reads of the branch head: cheap, and a superseded wait ends soon enough. */
const HEAD_CHECK_POLLS = 3

/** First poll interval: `HF_SPACE_ACTION_POLL_MS` (tests and impatient users), else 2 s. */
export function firstPollIntervalMs(): number {
  const fromEnv = Number(process.env.HF_SPACE_ACTION_POLL_MS)
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 2000
}

export async function pollRuntime(
  client: HubClient,
  spaceId: string,
  options: WaitOptions
): Promise<WaitResult> {
  const sleep = options.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)))
  const now = options.now ?? Date.now
  const deadline = now() + options.timeoutSeconds * 1000
  let interval = firstPollIntervalMs()
  let lastStage = ''
  let sawBuild = false
  let samePolls = 0
  for (let polls = 1; ; polls++) {
    const runtime = await getSpaceRuntime(client, spaceId)
    samePolls = runtime.stage === lastStage ? samePolls + 1 : 1
    if (runtime.stage !== lastStage) {
      lastStage = runtime.stage
      options.onStage?.(runtime.stage, runtime)
    }
    if (TRANSITIONAL_STAGES.includes(runtime.stage)) sawBuild = true
    const verdict = judge(runtime, options, sawBuild || samePolls >= STALE_POLLS)
    if (verdict === 'running' || verdict === 'settled') return { outcome: verdict, runtime, polls }
    const remaining = deadline - now()
    const outcome: Verdict | undefined = verdict ?? (remaining <= 0 ? 'timeout' : undefined)
    // Another commit served, and ours about to be reported failed or late, or every few polls:
    // has the branch moved past ours? Then the Space builds the newer commit, never ours.
    const servesOther = options.expectSha !== undefined && runtime.sha !== options.expectSha
    if (options.newerCommit && servesOther && (outcome || polls % HEAD_CHECK_POLLS === 0)) {
      const newer = await options.newerCommit()
      if (newer) return { outcome: 'superseded', runtime, polls, newer }
    }
    if (outcome) return { outcome, runtime, polls }
    await sleep(Math.min(interval, remaining))
    interval = Math.min(Math.round(interval * 1.5), MAX_INTERVAL_MS)
  }
}

/**
 * @param current whether a stage other than the expected one can be trusted to be about the
 *   expected commit: a build was seen since, or the stage has not moved for `STALE_POLLS` polls.
 */
function judge(runtime: SpaceRuntime, options: WaitOptions, current: boolean): Verdict | undefined {
  const { stage } = runtime
  if (TRANSITIONAL_STAGES.includes(stage)) return undefined
  const trusted = !options.expectSha || runtime.sha === options.expectSha || current
  if (ERROR_STAGES.includes(stage)) return trusted ? 'failed' : undefined
  if (options.expectStage) return stage === options.expectStage ? 'settled' : undefined
  if (stage === 'RUNNING') {
    if (!options.expectSha || runtime.sha === options.expectSha) return 'running'
    // A Hub that does not report `sha` is trusted once it has been seen building.
    return runtime.sha === undefined && current ? 'running' : undefined
  }
  // PAUSED, STOPPED, SLEEPING, DELETING: settled somewhere other than RUNNING.
  return trusted ? 'settled' : undefined
}
