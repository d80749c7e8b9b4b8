/**
 * Waiting for a build through dist/: the build log is followed as the Hub streams it and printed
 * in collapsed groups while the Space builds, with progress lines in the open on a steady beat
 * (judged by when each line reached this process), and a dropped stream is resumed without a
 * line printed twice.
 */
import { describe, expect, it } from '@jest/globals'
import { requestsTo, runAgainst, useEmulator } from './helpers/emulator.js'
import type { TimedLine } from './helpers/run-action.js'
import { seedSpace } from './helpers/spaces.js'

const hub = useEmulator()
const INTERVAL_MS = 5000
const BUILDER_LINE = /^#(\d+) \[builder \d+\/…\] RUN pip install/

/** Each line with whether it sits inside a `::group::` … `::endgroup::` block. */
function grouped(lines: TimedLine[]): (TimedLine & { inGroup: boolean })[] {
  let inGroup = false
  return lines.map((line) => {
    if (line.text.startsWith('::group::')) inGroup = true
    const entry = { ...line, inGroup }
    if (line.text === '::endgroup::') inGroup = false
    return entry
  })
}

describe('following the build log', () => {
  it('shows a 25 s build live, in groups, with progress lines at most 10 s apart', async () => {
    const repo = await seedSpace(hub(), 'user/slow-build')
    if (!repo.runtime) throw new Error('no runtime')
    repo.runtime.buildDurationMs = 25_000
    repo.runtime.buildLogEveryMs = 1000
    const run = await runAgainst(
      hub(),
      { repo_id: 'user/slow-build', mode: 'restart' },
      { env: { HF_SPACE_ACTION_PROGRESS_MS: String(INTERVAL_MS) } }
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs.stage).toBe('RUNNING')

    const lines = grouped(run.lines)
    const building = lines.find((l) => l.text === 'user/slow-build: BUILDING')
    const running = lines.find((l) => l.text === 'user/slow-build: RUNNING')
    if (!building || !running) throw new Error(`stage lines missing:\n${run.stdout}`)
    expect(running.at - building.at).toBeGreaterThanOrEqual(20_000)

    // Progress lines, in the open, on a beat: no silence over 10 s from BUILDING to RUNNING.
    const progress = lines.filter((l) => l.text.startsWith('Waiting for user/slow-build: '))
    expect(progress.length).toBeGreaterThanOrEqual(4)
    expect(progress.every((l) => !l.inGroup)).toBe(true)
    expect(progress[0].text).toMatch(
      /^Waiting for user\/slow-build: BUILDING for \d+ s \(gives up in .+, wait_timeout\)$/
    )
    const timeline = [building, ...progress, running]
    for (let i = 1; i < timeline.length; i++) {
      expect(timeline[i].at - timeline[i - 1].at).toBeLessThanOrEqual(10_000)
    }

    // The build log: every line inside a group titled for this Space, each once, in order.
    const logLines = lines.filter((l) => BUILDER_LINE.test(l.text))
    expect(logLines.length).toBeGreaterThanOrEqual(20)
    expect(logLines.every((l) => l.inGroup)).toBe(true)
    const steps = logLines.map((l) => Number(BUILDER_LINE.exec(l.text)?.[1]))
    expect(steps).toEqual(steps.map((_, i) => i + 1))
    expect(run.stdout).toMatch(/::group::Build log of user\/slow-build \(\d+ new lines?\)/)
    // Live: the log was on screen while the Space still built, not dumped at the end.
    expect(logLines[0].at).toBeLessThan(running.at - 10_000)
    expect(requestsTo(hub(), '/logs/build').length).toBeGreaterThanOrEqual(1)
  }, 90_000)

  it('resumes a dropped log stream without printing a line twice', async () => {
    const repo = await seedSpace(hub(), 'user/flaky-log')
    if (!repo.runtime) throw new Error('no runtime')
    repo.runtime.buildDurationMs = 6000
    repo.runtime.buildLogEveryMs = 300
    repo.runtime.cutLogStreams = 1
    const run = await runAgainst(
      hub(),
      { repo_id: 'user/flaky-log', mode: 'restart' },
      { env: { HF_SPACE_ACTION_PROGRESS_MS: '2000' } }
    )
    expect(run.exitCode).toBe(0)
    expect(repo.runtime.cutLogStreams).toBe(0)
    expect(requestsTo(hub(), '/logs/build').length).toBeGreaterThanOrEqual(2)
    const texts = run.lines.map((l) => l.text)
    expect(texts.filter((t) => t.startsWith('===== Build Queued at '))).toHaveLength(1)
    const steps = texts
      .filter((t) => BUILDER_LINE.test(t))
      .map((t) => Number(BUILDER_LINE.exec(t)?.[1]))
    expect(steps.length).toBeGreaterThanOrEqual(5)
    expect(steps).toEqual(steps.map((_, i) => i + 1))
  }, 60_000)
})
