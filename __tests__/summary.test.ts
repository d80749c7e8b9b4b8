/** The summary's pieces: error lines found in a log, the 1 MiB cut, the overview, annotations. */
import { describe, expect, it } from '@jest/globals'
import { newResult, type RepoResult } from '../src/result.js'
import type { ActionSettings } from '../src/settings.js'
import { annotationOf } from '../src/summary/annotations.js'
import { firstErrorLines } from '../src/summary/error-lines.js'
import { CUT_NOTICE, fitSummary, SUMMARY_LIMIT_BYTES } from '../src/summary/fit.js'
import { summaryHtml } from '../src/summary/write-summary.js'

const settings = {
  repoType: 'space',
  mode: 'status',
  dryRun: false,
  endpoint: 'https://huggingface.co'
} as ActionSettings

function failed(repoId: string, lines: string[]): RepoResult {
  const result = newResult(repoId, 'space')
  result.runtime = {
    stage: 'BUILD_ERROR',
    hardware: { current: null, requested: 'cpu-basic' },
    errorMessage: 'Build failed with exit code: 1'
  } as RepoResult['runtime']
  result.error = `${repoId} is in BUILD_ERROR: Build failed with exit code: 1.`
  result.logTail = { kind: 'build', lines }
  return result
}

describe('firstErrorLines', () => {
  it('finds the error lines of a pip failure, not the context around them', () => {
    const log = [
      '--> RUN pip install -r requirements.txt',
      'Collecting torch==9.9',
      'ERROR: Could not find a version that satisfies the requirement torch==9.9',
      'ERROR: No matching distribution found for torch==9.9',
      '--> ERROR: process "/bin/sh -c pip install" did not complete successfully: exit code: 1'
    ]
    expect(firstErrorLines(log)).toEqual(log.slice(2))
  })

  it('condenses a traceback to its start, innermost frames and exception', () => {
    const log = [
      '===== Application Startup =====',
      'Traceback (most recent call last):',
      '  File "/app/app.py", line 1, in <module>',
      '    import a',
      '  File "/app/a.py", line 3, in <module>',
      '    import missing_dependency',
      "ModuleNotFoundError: No module named 'missing_dependency'",
      'Stopping'
    ]
    expect(firstErrorLines(log)).toEqual([
      'Traceback (most recent call last):',
      '  …',
      '  File "/app/a.py", line 3, in <module>',
      '    import missing_dependency',
      "ModuleNotFoundError: No module named 'missing_dependency'"
    ])
  })

  it('finds nothing in a clean log, and stops at the limit', () => {
    expect(firstErrorLines(['Collecting gradio', '0 errors, 0 warnings'])).toEqual([])
    expect(
      firstErrorLines(
        Array.from({ length: 50 }, (_, i) => `error ${i}`),
        3
      )
    ).toHaveLength(3)
  })
})

describe('fitSummary', () => {
  it('keeps a small summary whole', () => {
    const html = fitSummary([
      { html: '<h2>a</h2>' },
      { html: '<details>b</details>', optional: true }
    ])
    expect(html).toBe('<h2>a</h2><details>b</details>')
  })

  it('leaves out collapsed extras that would pass 1 MiB, keeps the essentials, and says so', () => {
    const big = '<details>' + 'x'.repeat(400_000) + '</details>'
    const html = fitSummary([
      { html: '<h2>head</h2>' },
      { html: big, optional: true },
      { html: '<p>reason 1</p>' },
      { html: big, optional: true },
      { html: big, optional: true },
      { html: '<p>reason 2</p>' }
    ])
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    expect(html).toContain('<p>reason 1</p>')
    expect(html).toContain('<p>reason 2</p>')
    expect(html.split(big)).toHaveLength(3)
    expect(html).toContain('Left out')
    expect(html.endsWith(CUT_NOTICE)).toBe(true)
  })

  it('cuts even the essentials when they alone pass the limit', () => {
    const html = fitSummary([{ html: 'é'.repeat(700_000) }])
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    expect(html).not.toContain('\uFFFD')
    expect(html.endsWith(CUT_NOTICE)).toBe(true)
  })
})

describe('summaryHtml', () => {
  it('stays under 1 MiB for many failing Spaces with long log lines', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `step ${i} ` + '#'.repeat(5000))
    lines.push('ERROR: No matching distribution found for torch==9.9')
    const results = Array.from({ length: 5 }, (_, i) => failed(`user/space-${i}`, lines))
    const html = summaryHtml(results, settings)
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    expect(html).toContain('This summary was cut')
    // Every Space's reason and error line survive the cut, outside any <details>.
    const open = html.replace(/<details>[\s\S]*?<\/details>/g, '')
    for (const r of results) expect(open).toContain(`<strong>Failed:</strong> ${r.repoId}`)
    expect(open.split('No matching distribution found for torch==9.9')).toHaveLength(6)
  })

  it('gives several repos one overview table before the details', () => {
    const ok = newResult('user/ok', 'space')
    const html = summaryHtml([ok, failed('user/bad', ['ERROR: boom'])], settings)
    const overview = html.indexOf('<th>Repo</th><th>Stage</th><th>Changed</th><th>Link</th>')
    expect(overview).toBeGreaterThan(0)
    expect(overview).toBeLessThan(html.indexOf('<h3>'))
    expect(html).toContain('2 repos, 1 failed.')
  })
})

describe('annotationOf', () => {
  it('names the repo once, and quotes the first error line', () => {
    const result = failed('user/app', ['ok', 'ERROR: No matching distribution found for x'])
    expect(annotationOf(result, true)).toBe(
      'user/app is in BUILD_ERROR: Build failed with exit code: 1.\nFirst error lines of the build log:\n  ERROR: No matching distribution found for x'
    )
    const other = newResult('user/app', 'space')
    other.error = 'Hub answered 404 to GET /api/spaces/user/app/runtime'
    expect(annotationOf(other, true)).toBe(
      'user/app: Hub answered 404 to GET /api/spaces/user/app/runtime'
    )
    expect(annotationOf(other, false)).toBe(other.error)
  })
})
