/**
 * What the log shows while the action waits for a Space: each stage as it is seen, a progress
 * line per interval (the stage, for how long, the time left before `wait_timeout`), and while it
 * builds or starts, its build log as the Hub streams it — in a collapsed group per beat, so the
 * progress lines stay in the open and several Spaces' logs never mix within a group.
 */
import * as runner from '../runner/index.js'
import type { HubClient } from '../hub/client.js'
import { TRANSITIONAL_STAGES } from '../hub/types.js'
import { formatDuration, startProgress, type Progress } from '../progress.js'
import { BuildLogFollower } from './build-log.js'

export class WaitReporter {
  private stage = ''
  private stageSince = Date.now()
  private readonly startedAt = Date.now()
  private readonly follower: BuildLogFollower
  private progress?: Progress

  constructor(
    client: HubClient,
    private readonly spaceId: string,
    private readonly timeoutSeconds: number,
    expectSha?: string
  ) {
    this.follower = new BuildLogFollower(client, spaceId, expectSha)
  }

  start(): this {
    this.progress = startProgress(() => {
      this.flushLog()
      return this.describe()
    })
    return this
  }

  /** A new stage was seen: say so, and follow the build log once it builds or starts. */
  onStage(stage: string): void {
    this.flushLog()
    this.stage = stage
    this.stageSince = Date.now()
    runner.info(`${this.spaceId}: ${stage}`)
    if (TRANSITIONAL_STAGES.includes(stage)) this.follower.start()
  }

  /** Waiting is over: stop following, and print the log lines still queued. */
  async stop(): Promise<void> {
    this.progress?.stop()
    await this.follower.stop()
    this.flushLog()
  }

  private describe(): string {
    const now = Date.now()
    const left = this.timeoutSeconds * 1000 - (now - this.startedAt)
    return `Waiting for ${this.spaceId}: ${this.stage || 'no stage yet'} for ${formatDuration(now - this.stageSince)} (gives up in ${formatDuration(left)}, wait_timeout)`
  }

  private flushLog(): void {
    const lines = this.follower.take()
    if (lines.length === 0) return
    runner.startGroup(
      `Build log of ${this.spaceId} (${lines.length} new line${lines.length === 1 ? '' : 's'})`
    )
    for (const line of lines) runner.info(line)
    runner.endGroup()
  }
}
