/**
 * One emulator per test file, and the questions tests ask it: which requests reached the Hub, and
 * what a run of the action against it printed and set.
 */
import { afterAll, beforeAll } from '@jest/globals'
import {
  EMULATOR_TOKENS,
  HubEmulator,
  type EmulatorOptions,
  type RecordedRequest
} from '../../emulator/index.js'
import { runAction, type ActionRun, type RunOptions } from './run-action.js'

/** Starts an emulator before the file's tests and closes it after; call the result to get it. */
export function useEmulator(options: EmulatorOptions = {}): () => HubEmulator {
  let hub: HubEmulator | undefined
  beforeAll(async () => {
    hub = await HubEmulator.start(options)
  })
  afterAll(async () => hub?.close())
  return () => {
    if (!hub) throw new Error('the emulator is not started yet (use it inside a test)')
    return hub
  }
}

/**
 * Runs the bundled action against `hub` with the write token, after forgetting earlier requests
 * so that `hub.hubRequests()` holds only this run's. `token: ''` runs without a token.
 */
export async function runAgainst(
  hub: HubEmulator,
  inputs: Record<string, string>,
  options: RunOptions = {}
): Promise<ActionRun> {
  hub.clearRequests()
  return runAction({ endpoint: hub.url, token: EMULATOR_TOKENS.write, ...inputs }, options)
}

/** Requests whose path ends with `suffix` (e.g. `/runtime`, `/restart`), optionally by method. */
export function requestsTo(hub: HubEmulator, suffix: string, method?: string): RecordedRequest[] {
  return hub
    .hubRequests()
    .filter((r) => r.path.endsWith(suffix) && (method === undefined || r.method === method))
}

/** `results` output, parsed. */
export function resultsOf(run: ActionRun): Record<string, string | boolean>[] {
  return JSON.parse(run.outputs.results) as Record<string, string | boolean>[]
}

/** The log lines the runner shows as annotations of a kind (`warning`, `notice`, `error`). */
export function annotations(run: ActionRun, kind: 'warning' | 'notice' | 'error'): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith(`::${kind}`))
}

/** Resolves once `check()` holds (checked every 10 ms), e.g. to act while a run is under way. */
export async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
