/**
 * The guard of jest.config.js (setup/no-stray-annotations.ts): a test that leaves a `::warning::`
 * or `::error::` line in the test output fails, naming the line; one that captures the action's
 * log, or prints other text, passes. Checked on a fixture test file run by a child jest, whose
 * output stays captured here.
 */
import { afterAll, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

interface JestJson {
  testResults: {
    assertionResults: { title: string; status: string; failureMessages: string[] }[]
  }[]
}

const work = await mkdtemp(join(tmpdir(), 'annotation-guard-'))
afterAll(() => rm(work, { recursive: true, force: true }))

function runFixture(): Promise<{ code: number; results: JestJson }> {
  const outputFile = join(work, 'results.json')
  const args = [
    '--experimental-vm-modules',
    '--no-warnings',
    resolve('node_modules/jest/bin/jest.js'),
    '--ci',
    '--testMatch',
    '**/__tests__/fixtures/stray-annotations/*.fixture.ts',
    '--json',
    '--outputFile',
    outputFile
  ]
  return new Promise((done, fail) =>
    execFile(process.execPath, args, { maxBuffer: 1 << 24 }, async (error, stdout, stderr) => {
      try {
        const results = JSON.parse(await readFile(outputFile, 'utf8')) as JestJson
        done({ code: Number(error?.code ?? 0), results })
      } catch (cause) {
        fail(new Error(`The child jest gave no results: ${stdout}${stderr}`, { cause }))
      }
    })
  )
}

it('fails the tests that leave annotations in the output, and only those', async () => {
  const { code, results } = await runFixture()
  expect(code).toBe(1)
  const outcome = Object.fromEntries(
    results.testResults[0].assertionResults.map((r) => [r.title, r.status])
  )
  expect(outcome).toEqual({
    'leaks a warning through the runner commands': 'failed',
    'leaks an indented error through console.log': 'failed',
    'prints plain text that only mentions a command': 'passed',
    'captures what the action prints and asserts on it': 'passed'
  })
  const messages = results.testResults[0].assertionResults.flatMap((r) => r.failureMessages)
  expect(messages.join('\n')).toContain('"::warning::left in the log"')
  expect(messages.join('\n')).toContain('"  ::error file=app.py,line=1::boom"')
}, 120_000)
