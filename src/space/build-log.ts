/**
 * Follows a Space's build log while the action waits for the build: the Hub's server-sent event
 * stream, read as it grows and resumed after a drop without printing a line twice (the Hub
 * replays the log from its start, so events already seen are skipped by their index, as the
 * official client does). Lines wait in a queue until the caller takes them. A build of another
 * commit than the one awaited (someone pushed after us) is not shown as ours: the Hub's build log
 * opens with the commit it builds.
 */
import * as runner from '../runner/index.js'
import { setTimeout as sleep } from 'node:timers/promises'
import { getErrorMessage } from '../errors.js'
import type { HubClient } from '../hub/client.js'
import { HubApiError } from '../hub/error.js'
import { followSpaceLog } from '../hub/space-logs.js'

/** Reconnections in a row that found nothing new before the follower gives up. */
const MAX_FRUITLESS = 5
const FIRST_BACKOFF_MS = 1000
const MAX_BACKOFF_MS = 10_000
/** The first line of a build log: `===== Build Queued at … / Commit SHA: 1a2b3c4 =====`. */
const BUILD_HEADER = /^=+ Build Queued at .* Commit SHA: ([0-9a-f]{7,40}) =+$/

export class BuildLogFollower {
  private seen = 0
  private queue: string[] = []
  private readonly abort = new AbortController()
  private running?: Promise<void>
  /** The log being read is of another commit's build: its lines are not queued. */
  private foreign = false

  /** @param expectSha the commit awaited, when there is one (its build is the one shown) */
  constructor(
    private readonly client: HubClient,
    private readonly spaceId: string,
    private readonly expectSha?: string
  ) {}

  /** Starts following (once; later calls do nothing). */
  start(): void {
    this.running ??= this.follow()
  }

  /** The lines that arrived since the last call. */
  take(): string[] {
    const lines = this.queue
    this.queue = []
    return lines
  }

  /** Stops following; lines already queued stay there for a last `take()`. */
  async stop(): Promise<void> {
    this.abort.abort()
    await this.running
  }

  private accept(lines: string[]): void {
    const header = BUILD_HEADER.exec(lines[0] ?? '')
    if (header && this.expectSha) {
      const foreign = !this.expectSha.startsWith(header[1])
      if (foreign && !this.foreign) {
        runner.info(
          `${this.spaceId} builds ${header[1]}, not ${this.expectSha.slice(0, 7)}: its build log is not shown.`
        )
      }
      this.foreign = foreign
    }
    if (!this.foreign) this.queue.push(...lines)
  }

  private async follow(): Promise<void> {
    const { signal } = this.abort
    let fruitless = 0
    let backoff = FIRST_BACKOFF_MS
    while (!signal.aborted) {
      let index = 0
      let fresh = 0
      try {
        await followSpaceLog(
          this.client,
          this.spaceId,
          'build',
          (lines) => {
            if (index++ < this.seen) return
            this.seen++
            fresh++
            this.accept(lines)
          },
          signal
        )
        // The Hub closed the stream (the build is over, or the stream was cut): look again later.
      } catch (error) {
        if (signal.aborted) return
        // A 4xx does not get better by asking again (the official client does not retry it).
        if (error instanceof HubApiError && error.status < 500 && error.status !== 429) {
          runner.debug(`Not following the build log of ${this.spaceId}: ${getErrorMessage(error)}`)
          return
        }
        runner.debug(`The build log stream of ${this.spaceId} broke: ${getErrorMessage(error)}`)
      }
      fruitless = fresh > 0 ? 0 : fruitless + 1
      if (fresh > 0) backoff = FIRST_BACKOFF_MS
      if (fruitless >= MAX_FRUITLESS) return
      try {
        await sleep(backoff, undefined, { signal })
      } catch {
        return
      }
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS)
    }
  }
}
