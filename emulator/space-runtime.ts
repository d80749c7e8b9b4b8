/**
 * The runtime of one emulated Space: its stage, hardware, sleep time, the commit it serves and its
 * build and run logs. Stages move only when the runtime is read (one step every `pollsPerStage`
 * reads) or when a test steps them, so tests are deterministic whatever the machine's speed.
 */

export const STAGES = [
  'NO_APP_FILE',
  'CONFIG_ERROR',
  'BUILDING',
  'BUILD_ERROR',
  'APP_STARTING',
  'RUNNING',
  'RUNNING_BUILDING',
  'RUNNING_APP_STARTING',
  'RUNTIME_ERROR',
  'DELETING',
  'STOPPED',
  'PAUSED',
  'SLEEPING'
] as const
export type Stage = (typeof STAGES)[number]

/** How a build ends: RUNNING, or one of the stages a Space fails in. */
export type BuildOutcome =
  'RUNNING' | 'BUILD_ERROR' | 'RUNTIME_ERROR' | 'CONFIG_ERROR' | 'NO_APP_FILE'

export interface LogLine {
  data: string
  timestamp: string
}

export interface RuntimeJson {
  stage: Stage
  hardware: { current: string | null; requested: string | null }
  storage: null
  gcTimeout?: number | null
  replicas: { requested: number; current?: number }
  devMode?: boolean
  domains?: { domain: string; stage: 'READY' }[]
  sha?: string
  errorMessage?: string
}

export interface BuildRequest {
  /** The commit the build is for. */
  sha: string
  outcome: BuildOutcome
  /** Extra lines for the log of a failing build (from the test's marker file). */
  failureLog?: string[]
  factory?: boolean
  /** A restart stops the container first: nothing serves while it rebuilds. */
  restart?: boolean
}

const CPU_BASIC_SLEEP_SECONDS = 172800

export class SpaceRuntime {
  stage: Stage
  requestedHardware: string | null
  currentHardware: string | null = null
  gcTimeout: number | null
  /** The commit the running container was built from. */
  sha?: string
  errorMessage?: string
  devMode = false
  buildLog: LogLine[] = []
  runLog: LogLine[] = []
  /** Stages still to come, in order; the last one is where the Space settles. */
  private upcoming: Stage[] = []
  private pendingSha?: string
  private failureLog?: string[]
  private readsAtStage = 0
  /** Reads of the runtime before it moves one stage on. */
  pollsPerStage = 1
  /** While true the stage never moves on its own (e.g. to test `wait_timeout`). */
  hold = false
  /** Visits to the app (wake's ping), as the app server saw them. */
  appVisits: { at: string; authorized: boolean }[] = []
  /**
   * Wall time a build takes (0: its stages move on reads only): it stays in its first stage
   * (BUILDING, RUNNING_BUILDING) that long, writing a build log line every `buildLogEveryMs` — a
   * build a follower can watch live — then ends at once.
   */
  buildDurationMs = 0
  buildLogEveryMs = 1000
  /** Open build-log streams the emulator cuts (once each, after a few lines): resumption tests. */
  cutLogStreams = 0
  private buildUntil = 0
  private buildTimer?: NodeJS.Timeout
  private readonly logWatchers = new Set<() => void>()

  constructor(
    readonly isStatic: boolean,
    public domain: string
  ) {
    this.stage = isStatic ? 'RUNNING' : 'NO_APP_FILE'
    this.requestedHardware = isStatic ? null : 'cpu-basic'
    this.gcTimeout = isStatic ? null : CPU_BASIC_SLEEP_SECONDS
  }

  /** Starts a build of `sha`; a Space that serves keeps serving until the new build is up. */
  startBuild(build: BuildRequest): void {
    const serving =
      !build.restart && ['RUNNING', 'RUNNING_BUILDING', 'RUNNING_APP_STARTING'].includes(this.stage)
    this.errorMessage = undefined
    this.pendingSha = build.sha
    const stamp = new Date().toISOString()
    this.buildLog = [
      line(`===== Build Queued at ${stamp} / Commit SHA: ${build.sha.slice(0, 7)} =====`),
      line(
        build.factory
          ? '--> Factory rebuild: building without cache'
          : '--> Using cache where possible'
      ),
      line('--> FROM docker.io/library/python:3.10'),
      line('--> RUN pip install --no-cache-dir -r requirements.txt')
    ]
    if (this.isStatic) {
      this.sha = build.sha
      this.stage = 'RUNNING'
      this.upcoming = []
      return
    }
    switch (build.outcome) {
      case 'NO_APP_FILE':
      case 'CONFIG_ERROR':
        this.upcoming = []
        this.settle(build.outcome, build)
        return
      case 'BUILD_ERROR':
        this.upcoming = [serving ? 'RUNNING_BUILDING' : 'BUILDING', 'BUILD_ERROR']
        break
      case 'RUNTIME_ERROR':
        this.upcoming = serving
          ? ['RUNNING_BUILDING', 'RUNNING_APP_STARTING', 'RUNTIME_ERROR']
          : ['BUILDING', 'APP_STARTING', 'RUNTIME_ERROR']
        break
      case 'RUNNING':
        this.upcoming = serving
          ? ['RUNNING_BUILDING', 'RUNNING_APP_STARTING', 'RUNNING']
          : ['BUILDING', 'APP_STARTING', 'RUNNING']
    }
    this.failureLog = build.failureLog
    this.enter(this.upcoming.shift() as Stage)
    if (this.buildDurationMs > 0) this.buildForAWhile()
  }

  /** Told of every change of the logs or the stage; returns the way to stop being told. */
  watchLogs(watcher: () => void): () => void {
    this.logWatchers.add(watcher)
    return () => this.logWatchers.delete(watcher)
  }

  /** A build or a start is under way (its build log may still grow). */
  get building(): boolean {
    return this.upcoming.length > 0
  }

  private notify(): void {
    for (const watcher of [...this.logWatchers]) watcher()
  }

  /** Holds the build stage for `buildDurationMs` of wall time, logging a line every beat. */
  private buildForAWhile(): void {
    clearInterval(this.buildTimer)
    const startedAt = Date.now()
    this.buildUntil = startedAt + this.buildDurationMs
    let step = 0
    this.buildTimer = setInterval(() => {
      const elapsed = Date.now() - startedAt
      if (elapsed >= this.buildDurationMs || !this.building) {
        clearInterval(this.buildTimer)
        this.buildUntil = 0
        // The time is up: the build ends (and the app starts) at once.
        this.settleNow()
        return
      }
      step++
      this.buildLog.push(
        line(`#${step} [builder ${step}/…] RUN pip install (${(elapsed / 1000).toFixed(1)}s)`)
      )
      this.notify()
    }, this.buildLogEveryMs)
    this.buildTimer.unref()
  }

  /** Called on every read of the runtime: moves one stage on every `pollsPerStage` reads. */
  onRead(): void {
    if (this.hold || this.upcoming.length === 0 || Date.now() < this.buildUntil) return
    this.readsAtStage++
    if (this.readsAtStage >= this.pollsPerStage) this.step()
  }

  /** Moves to the next stage now (tests). Returns false when the Space has settled. */
  step(): boolean {
    const next = this.upcoming.shift()
    if (!next) return false
    this.enter(next)
    return true
  }

  /** Runs the whole pending transition to its end (tests, demo). */
  settleNow(): void {
    while (this.step()) {
      // keep stepping
    }
  }

  get settled(): boolean {
    return this.upcoming.length === 0
  }

  pause(): void {
    this.upcoming = []
    this.currentHardware = null
    this.stage = 'PAUSED'
    this.notify()
  }

  /** Puts the Space in a stage directly (tests): SLEEPING, STOPPED, RUNTIME_ERROR, … */
  force(stage: Stage, errorMessage?: string): void {
    this.upcoming = []
    this.stage = stage
    this.errorMessage = errorMessage
    this.currentHardware = stage === 'RUNNING' ? this.requestedHardware : null
    this.notify()
  }

  private enter(stage: Stage): void {
    this.readsAtStage = 0
    if (this.upcoming.length === 0) {
      this.settle(stage, { failureLog: this.failureLog })
      return
    }
    this.stage = stage
    if (stage === 'BUILDING' || stage === 'APP_STARTING') this.currentHardware = null
    if (stage === 'APP_STARTING' || stage === 'RUNNING_APP_STARTING') {
      this.buildLog.push(line('--> Pushing image'), line('DONE 2.1s'))
    }
    this.notify()
  }

  private settle(stage: Stage, build: { failureLog?: string[] }): void {
    this.stage = stage
    const extra = (build.failureLog ?? []).map(line)
    switch (stage) {
      case 'RUNNING':
        this.sha = this.pendingSha
        this.currentHardware = this.requestedHardware
        this.runLog = [
          line(`===== Application Startup at ${new Date().toISOString()} =====`),
          line('* Running on local URL:  http://0.0.0.0:7860, with SSR ⚡')
        ]
        break
      case 'BUILD_ERROR':
        this.currentHardware = null
        this.errorMessage = 'Build failed with exit code: 1'
        this.buildLog.push(
          ...extra,
          line(
            '--> ERROR: process "/bin/sh -c pip install --no-cache-dir -r requirements.txt" did not complete successfully: exit code: 1'
          )
        )
        break
      case 'RUNTIME_ERROR':
        this.currentHardware = null
        this.errorMessage = 'Space failed to start. Exit code: 1'
        this.runLog = [
          line(`===== Application Startup at ${new Date().toISOString()} =====`),
          line('Traceback (most recent call last):'),
          line('  File "/home/user/app/app.py", line 1, in <module>'),
          ...extra,
          line("ModuleNotFoundError: No module named 'missing_dependency'")
        ]
        break
      case 'CONFIG_ERROR':
        this.currentHardware = null
        this.errorMessage =
          extra.map((l) => l.data.trim()).join(' ') || 'Invalid configuration in README.md'
        break
      case 'NO_APP_FILE':
        this.currentHardware = null
        break
      default:
        break
    }
    this.notify()
  }

  toJSON(): RuntimeJson {
    // Keys in the order the Hub sends them.
    const json: Partial<RuntimeJson> = {
      stage: this.stage,
      hardware: { current: this.currentHardware, requested: this.requestedHardware },
      storage: null
    }
    if (!this.isStatic) json.gcTimeout = this.gcTimeout
    json.replicas = this.stage === 'RUNNING' ? { requested: 1, current: 1 } : { requested: 1 }
    if (!this.isStatic) {
      json.devMode = this.devMode
      json.domains = [{ domain: this.domain, stage: 'READY' }]
    }
    if (this.sha) json.sha = this.sha
    if (this.errorMessage) json.errorMessage = this.errorMessage
    return json as RuntimeJson
  }
}

function line(data: string): LogLine {
  return { data: data.endsWith('\n') ? data : `${data}\n`, timestamp: new Date().toISOString() }
}
