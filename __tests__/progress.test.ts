/** The progress helper: lines on a timer, a meter that words bytes, rate and time left. */
import { describe, expect, it } from '@jest/globals'
import { formatDuration, progressIntervalMs, TransferMeter, withProgress } from '../src/progress.js'

describe('progress.ts', () => {
  it('prints on the interval while work goes on, and not after it ends', async () => {
    const lines: string[] = []
    let ticks = 0
    await withProgress(
      () => `tick ${++ticks}`,
      () => new Promise((resolve) => setTimeout(resolve, 130)),
      { intervalMs: 40, print: (line) => lines.push(line) }
    )
    const printed = lines.length
    expect(printed).toBeGreaterThanOrEqual(2)
    expect(printed).toBeLessThanOrEqual(4)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(lines).toHaveLength(printed)
  })

  it('skips a beat when there is nothing to say', async () => {
    const lines: string[] = []
    await withProgress(
      () => undefined,
      () => new Promise((resolve) => setTimeout(resolve, 60)),
      { intervalMs: 10, print: (line) => lines.push(line) }
    )
    expect(lines).toEqual([])
  })

  it('takes its interval from HF_SPACE_ACTION_PROGRESS_MS, else 10 s', () => {
    const saved = process.env.HF_SPACE_ACTION_PROGRESS_MS
    try {
      delete process.env.HF_SPACE_ACTION_PROGRESS_MS
      expect(progressIntervalMs()).toBe(10_000)
      process.env.HF_SPACE_ACTION_PROGRESS_MS = '250'
      expect(progressIntervalMs()).toBe(250)
      process.env.HF_SPACE_ACTION_PROGRESS_MS = 'soon'
      expect(progressIntervalMs()).toBe(10_000)
    } finally {
      if (saved === undefined) delete process.env.HF_SPACE_ACTION_PROGRESS_MS
      else process.env.HF_SPACE_ACTION_PROGRESS_MS = saved
    }
  })

  it('words done of total, rate and time left', () => {
    let now = 0
    const meter = new TransferMeter(100_000_000, () => now)
    expect(meter.describe('Uploading')).toBe(
      'Uploading: 0 B of 100.0 MB (0 %), waiting for the first bytes'
    )
    now = 10_000
    meter.add(40_000_000)
    expect(meter.describe('Uploading')).toBe(
      'Uploading: 40.0 MB of 100.0 MB (40 %), 4.0 MB/s, about 15 s left'
    )
    // A retried part takes its bytes back.
    meter.add(-5_000_000)
    expect(meter.done).toBe(35_000_000)
    meter.add(200_000_000)
    expect(meter.describe('Uploading')).toBe('Uploading: 100.0 MB of 100.0 MB (100 %), 10.0 MB/s')
  })

  it('formats durations', () => {
    expect(formatDuration(8_400)).toBe('8 s')
    expect(formatDuration(125_000)).toBe('2 min 05 s')
    expect(formatDuration(3_720_000)).toBe('1 h 02 min')
  })
})
