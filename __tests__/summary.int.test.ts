/**
 * The job summary a person reads, through dist/: several Spaces get one overview table first; a
 * failure shows its reason and the log's error lines in the open; a huge build log still leaves a
 * summary GitHub accepts (≤ 1 MiB); annotations name each repo once.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { runAgainst, useEmulator } from './helpers/emulator.js'
import { appEndingIn, seedSpace } from './helpers/spaces.js'

const hub = useEmulator()
const PIP_ERROR = 'ERROR: No matching distribution found for torch==9.9'

/** The summary with every collapsed block taken out: what shows without a click. */
const visible = (summary: string) => summary.replace(/<details>[\s\S]*?<\/details>/g, '')

beforeAll(async () => {
  for (const name of ['a', 'b', 'c', 'd']) await seedSpace(hub(), `user/five-${name}`)
  await seedSpace(hub(), 'user/five-broken', { files: appEndingIn('BUILD_ERROR', [PIP_ERROR]) })
})

describe('job summary', () => {
  it('gives five Spaces one overview table, a row each, before the details', async () => {
    const ids = ['a', 'b', 'c', 'd', 'broken'].map((name) => `user/five-${name}`)
    const run = await runAgainst(hub(), { repo_id: ids.join('\n') })
    expect(run.exitCode).toBe(1)
    const overviews = run.summary.match(
      /<table><tr><th>Repo<\/th><th>Stage<\/th><th>Changed<\/th><th>Link<\/th><th>Error<\/th><\/tr>.*?<\/table>/g
    )
    expect(overviews).toHaveLength(1)
    const rows = [...(overviews?.[0] ?? '').matchAll(/<tr><td>(.*?)<\/td><td>(.*?)<\/td>/g)]
    expect(rows.map(([, repo, stage]) => [repo, stage])).toEqual([
      ['✅ user/five-a', '<code>RUNNING</code>'],
      ['✅ user/five-b', '<code>RUNNING</code>'],
      ['✅ user/five-c', '<code>RUNNING</code>'],
      ['✅ user/five-d', '<code>RUNNING</code>'],
      ['❌ user/five-broken', '<code>BUILD_ERROR</code>']
    ])
    expect(run.summary.indexOf(overviews?.[0] ?? '')).toBeLessThan(run.summary.indexOf('<h3>'))
    expect(run.summary).toContain(`<a href="${hub().url}/spaces/user/five-a">Space</a>`)
    // The failing Space's annotation names it once and quotes the log's error line.
    expect(run.errors[0]).toBe(
      `::error::user/five-broken is in BUILD_ERROR: Build failed with exit code: 1.%0AFirst error lines of the build log:%0A  ${PIP_ERROR}%0A  --> ERROR: process "/bin/sh -c pip install --no-cache-dir -r requirements.txt" did not complete successfully: exit code: 1`
    )
  })

  it('shows the reason and the error line of a failed build outside <details>', async () => {
    const run = await runAgainst(hub(), { repo_id: 'user/five-broken' })
    expect(run.exitCode).toBe(1)
    const open = visible(run.summary)
    expect(open).toContain('<strong>Failed:</strong> user/five-broken is in BUILD_ERROR')
    expect(open).toContain('First error lines of the build log:')
    expect(open).toContain(PIP_ERROR)
    // The whole tail is still there, collapsed, below the reason.
    expect(run.summary).toMatch(/<details><summary>Build log, last \d+ lines<\/summary>/)
    expect(run.summary.indexOf('<strong>Failed:</strong>')).toBeLessThan(
      run.summary.indexOf('<details>')
    )
  })

  it('stays under 1 MiB with a 50,000-line build log', async () => {
    const noise = Array.from(
      { length: 50_000 },
      (_, i) => `#${i} Downloading layer sha256:${String(i).padStart(64, '0')} ` + '█'.repeat(40)
    )
    await seedSpace(hub(), 'user/long-log', {
      files: appEndingIn('BUILD_ERROR', [...noise, PIP_ERROR])
    })
    const run = await runAgainst(hub(), { repo_id: 'user/long-log' })
    expect(run.exitCode).toBe(1)
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024)
    expect(visible(run.summary)).toContain(PIP_ERROR)
  })
})
