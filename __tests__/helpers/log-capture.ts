/**
 * The action's log inside tests. Code of the action that runs in this process logs through
 * the runner commands (src/runner/), whose `::warning::` and `::error::` lines GitHub turns into annotations of the
 * CI run: `captureLog` keeps them out of the test output and hands them to the test to assert on.
 */

const ANNOTATION = /^::(error|warning|notice)(\s[^\n]*)?::/

/** The lines of `text` the runner would take for annotation commands (it trims leading spaces). */
export function annotationLines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => ANNOTATION.test(line.trimStart()))
}

/** Text of a chunk given to `stream.write`. */
export function chunkText(chunk: unknown): string {
  if (typeof chunk === 'string') return chunk
  return chunk instanceof Uint8Array ? Buffer.from(chunk).toString() : ''
}

/** Runs `work` with this process's stdout captured; returns its value and the lines it printed. */
export async function captureLog<T>(
  work: () => Promise<T>
): Promise<{ value: T; lines: string[] }> {
  const write = process.stdout.write
  let text = ''
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    text += chunkText(chunk)
    const done = rest.find((arg): arg is () => void => typeof arg === 'function')
    done?.()
    return true
  }) as typeof process.stdout.write
  try {
    const value = await work()
    return { value, lines: text.split('\n').filter(Boolean) }
  } finally {
    process.stdout.write = write
  }
}
