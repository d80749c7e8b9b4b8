/**
 * Fails a test that prints a workflow command GitHub turns into an annotation (`::error::`,
 * `::warning::`, `::notice::`) to the test run's own output: on CI each would show as an
 * annotation of the run. Code of the action that logs runs in a child process
 * (helpers/run-action.ts) or inside `captureLog` (helpers/log-capture.ts), and the test asserts on
 * what it printed. Installed for every test file by jest.config.js.
 */
import { afterAll, afterEach } from '@jest/globals'
import { annotationLines, chunkText } from '../helpers/log-capture.js'

const stray: string[] = []
const note = (chunk: unknown) => stray.push(...annotationLines(chunkText(chunk)))

const restore: (() => void)[] = []
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write
  stream.write = function (this: typeof stream, chunk: unknown, ...rest: unknown[]) {
    note(chunk)
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
  } as typeof stream.write
  restore.push(() => (stream.write = write))
}
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const original = console[method]
  console[method] = (...args: unknown[]) => {
    args.forEach((arg) => note(typeof arg === 'string' ? arg : ''))
    original.apply(console, args)
  }
  restore.push(() => (console[method] = original))
}

function failOnStray(where: string): void {
  if (stray.length === 0) return
  const lines = stray.splice(0).map((line) => JSON.stringify(line))
  throw new Error(
    `${where} printed ${lines.length} workflow command(s) that GitHub would show as annotations ` +
      `of the CI run: ${lines.join(', ')}. Run the action in a child process ` +
      `(helpers/run-action.ts) or inside captureLog (helpers/log-capture.ts) and assert on its log.`
  )
}

afterEach(() => failOnStray('This test'))
afterAll(() => {
  restore.forEach((undo) => undo())
  failOnStray('This test file (outside its tests)')
})
