/**
 * The lines of a build or run log a person needs first: the error lines, not the 30 lines of
 * context around them. A Python traceback counts as one error: its first line and the exception.
 */

/** A line that reports an error: `ERROR: …`, `ModuleNotFoundError: …`, `fatal: …`, `… failed`. */
const ERROR_LINE = /\b(error|fatal|failed|failure)\b|\w(Error|Exception)\b/i
const TRACEBACK_START = /^\s*Traceback \(most recent call last\):/
/** The exception line that ends a traceback: `ValueError: …`, `KeyboardInterrupt`. */
const EXCEPTION_LINE = /^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning)\b/
/** Lines of a traceback shown before its exception line (the innermost frames). */
const TRACEBACK_FRAMES = 2

/** At most `max` lines: the first error lines of the log, each traceback condensed. */
export function firstErrorLines(lines: readonly string[], max = 8): string[] {
  const found: string[] = []
  for (let i = 0; i < lines.length && found.length < max; i++) {
    const line = lines[i]
    if (TRACEBACK_START.test(line)) {
      const end = lines.findIndex((l, j) => j > i && EXCEPTION_LINE.test(l))
      if (end === -1) {
        found.push(line)
        continue
      }
      const frames = lines.slice(Math.max(i + 1, end - TRACEBACK_FRAMES), end)
      const skipped = end - i - 1 - frames.length
      found.push(line, ...(skipped > 0 ? ['  …'] : []), ...frames, lines[end])
      i = end
    } else if (ERROR_LINE.test(line)) {
      found.push(line)
    }
  }
  return found.slice(0, max)
}
