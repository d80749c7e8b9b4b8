/**
 * Progress lines through dist/: a 100 MB LFS upload over a throttled link prints where it stands
 * (bytes done of total, rate, time left) on a steady beat — never a gap longer than 10 s, never a
 * flood — judged by when each line reached this process, not by how long the run took.
 */
import { describe, expect, it } from '@jest/globals'
import { truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { deployInputs, requestsTo, useFolders } from './helpers/deploy.js'
import { useEmulator } from './helpers/emulator.js'
import { runAction, type TimedLine } from './helpers/run-action.js'
import { APP_PY, seedSpace } from './helpers/spaces.js'

const hub = useEmulator()
const { folder } = useFolders()
const INTERVAL_MS = 1500
const MB = 1_000_000

/** Gaps between consecutive lines, in ms. */
const gaps = (lines: TimedLine[]) => lines.slice(1).map((line, i) => line.at - lines[i].at)

describe('LFS upload progress', () => {
  it('prints a line per interval while 100 MB go up a slow link', async () => {
    await seedSpace(hub(), 'user/big-model')
    const dir = await folder({ 'app.py': APP_PY, 'README.md': '---\nsdk: gradio\n---\n' })
    await writeFile(join(dir, 'model.bin'), '')
    await truncate(join(dir, 'model.bin'), 100 * MB)
    // 4 MB/s per request: about 8 s for the 7 parts, 4 of them at a time.
    hub().addFault({ kind: 'throttle', path: '/_lfs/upload/', bytesPerSecond: 4 * MB })
    hub().clearRequests()
    const run = await runAction(deployInputs(hub(), 'user/big-model', dir), {
      env: { HF_SPACE_ACTION_PROGRESS_MS: String(INTERVAL_MS) }
    })
    hub().faults.clear()
    expect(run.exitCode).toBe(0)
    expect(requestsTo(hub(), 'lfs').filter((r) => r.method === 'PUT').length).toBeGreaterThan(1)

    const start = run.lines.findIndex((l) => l.text.startsWith('Uploading model.bin (100.0 MB'))
    const end = run.lines.findIndex((l) => l.text.startsWith('Uploaded 1 file(s) by LFS: 100.0 MB'))
    expect(start).toBeGreaterThanOrEqual(0)
    expect(end).toBeGreaterThan(start)
    const progress = run.lines
      .slice(start, end)
      .filter((l) => l.text.startsWith('Uploading 1 file(s) by LFS: '))
    expect(progress.length).toBeGreaterThanOrEqual(3)
    for (const line of progress) {
      expect(line.text).toMatch(
        /^Uploading 1 file\(s\) by LFS: [\d.]+ [kMG]?B of 100\.0 MB \(\d+ %\)(, [\d.]+ [kMG]?B\/s(, about .+ left|, waiting for the storage to confirm)|, waiting for the first bytes)$/
      )
    }
    // Steady: from the first line about the upload to the last, no silence over 10 s (nor over
    // the configured interval, give or take a beat)…
    const timeline = [run.lines[start], ...progress, run.lines[end]]
    for (const gap of gaps(timeline)) {
      expect(gap).toBeLessThanOrEqual(10_000)
      expect(gap).toBeLessThanOrEqual(INTERVAL_MS * 2)
    }
    // …and no flood: one progress line per interval, however many parts are in flight.
    for (const gap of gaps(progress)) expect(gap).toBeGreaterThanOrEqual(INTERVAL_MS * 0.6)
    const done = progress.map((l) => Number(/: ([\d.]+) MB of/.exec(l.text)?.[1] ?? 0))
    expect(done).toEqual([...done].sort((a, b) => a - b))
  }, 90_000)
})
