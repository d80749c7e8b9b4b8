/**
 * Progress lines for long work (hashing, LFS uploads, the commit, waiting for a Space): a line on
 * a timer, so the log speaks at least once per interval even while nothing moves, and never more
 * often than that, however many bytes or files go by. One reporter per piece of work: concurrent
 * transfers share one meter and one line.
 */
import * as runner from './runner/index.js'
import { formatBytes } from './deploy/plan-report.js'

/** The Actions log should never go quiet for longer than this while work goes on. */
const DEFAULT_INTERVAL_MS = 10_000

/** Interval between progress lines: `HF_SPACE_ACTION_PROGRESS_MS` (tests), else 10 s. */
export function progressIntervalMs(): number {
  const fromEnv = Number(process.env.HF_SPACE_ACTION_PROGRESS_MS)
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_INTERVAL_MS
}

export interface ProgressOptions {
  intervalMs?: number
  /** Where lines go (default `runner.info`). */
  print?: (line: string) => void
}

export interface Progress {
  /** Stops the timer; no line is printed after this. Safe to call twice. */
  stop(): void
}

/**
 * Prints `describe()` once per interval until stopped; an `undefined` answer skips a beat (e.g.
 * nothing to say yet). The timer does not keep the process alive.
 */
export function startProgress(
  describe: () => string | undefined,
  options: ProgressOptions = {}
): Progress {
  const print = options.print ?? ((line: string) => runner.info(line))
  const timer = setInterval(() => {
    const line = describe()
    if (line !== undefined) print(line)
  }, options.intervalMs ?? progressIntervalMs())
  timer.unref()
  return { stop: () => clearInterval(timer) }
}

/** Runs `work` with a progress line on a timer, stopping it however `work` ends. */
export async function withProgress<T>(
  describe: () => string | undefined,
  work: () => Promise<T>,
  options: ProgressOptions = {}
): Promise<T> {
  const progress = startProgress(describe, options)
  try {
    return await work()
  } finally {
    progress.stop()
  }
}

/**
 * Counts the bytes of a transfer (or of several at once) and words where it stands: done of
 * total, the average rate since the start, and how long the rest should take at that rate.
 */
export class TransferMeter {
  private doneBytes = 0
  private readonly startedAt: number

  constructor(
    readonly totalBytes: number,
    private readonly now: () => number = Date.now
  ) {
    this.startedAt = now()
  }

  /** Adds bytes sent; a negative count takes back an attempt that will be sent again. */
  add(bytes: number): void {
    this.doneBytes = Math.max(0, this.doneBytes + bytes)
  }

  get done(): number {
    return Math.min(this.doneBytes, this.totalBytes)
  }

  /** `Uploading by LFS: 45.0 MB of 100.0 MB (45 %), 4.5 MB/s, about 12 s left` */
  describe(label: string): string {
    const elapsedMs = Math.max(1, this.now() - this.startedAt)
    const done = this.done
    const percent = this.totalBytes > 0 ? Math.floor((done / this.totalBytes) * 100) : 100
    const rate = (done / elapsedMs) * 1000
    const parts = [`${formatBytes(done)} of ${formatBytes(this.totalBytes)} (${percent} %)`]
    if (done > 0) {
      parts.push(`${formatBytes(Math.round(rate))}/s`)
      const leftMs = ((this.totalBytes - done) / rate) * 1000
      if (done < this.totalBytes) parts.push(`about ${formatDuration(leftMs)} left`)
    } else {
      parts.push('waiting for the first bytes')
    }
    return `${label}: ${parts.join(', ')}`
  }
}

/** `8 s`, `2 min 05 s`, `1 h 02 min`. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`
}
