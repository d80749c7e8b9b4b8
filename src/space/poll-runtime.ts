/**
 * Polls a Space's runtime until it settles: RUNNING (serving the expected commit, when there is
 * one), an error stage, or the timeout. Polls back off from a short first interval, so a quick
 * restart is seen quickly and a long build costs few requests.
 */
import type { HubClient } from '../hub/client.js'
import { getSpaceRuntime } from '../hub/space-runtime.js'
import { ERROR_STAGES, TRANSITIONAL_STAGES, type SpaceRuntime } from '../hub/types.js'

export type WaitOutcome = 'running' | 'failed' | 'settled' | 'timeout'

export interface WaitResult {
  outcome: WaitOutcome
  runtime: SpaceRuntime
  /** Polls made. */
  polls: number
}

export interface WaitOptions {
  timeoutSeconds: number
  /** Settle only once `runtime.sha` is this commit (after a deploy). */
  expectSha?: string
  /** Stage to settle in other than RUNNING (PAUSED after a pause). */
  expectStage?: string
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
    if (verdict) return { outcome: verdict, runtime, polls }
    const remaining = deadline - now()
    if (remaining <= 0) return { outcome: 'timeout', runtime, polls }
    await sleep(Math.min(interval, remaining))
    interval = Math.min(Math.round(interval * 1.5), MAX_INTERVAL_MS)
  }
}

/**
 * @param current whether a stage other than the expected one can be trusted to be about the
 *   expected commit: a build was seen since, or the stage has not moved for `STALE_POLLS` polls.
 */
function judge(
  runtime: SpaceRuntime,
  options: WaitOptions,
  current: boolean
): WaitOutcome | undefined {
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
