/** The message of anything thrown, for `core.setFailed` and per-repo errors. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}

/**
 * `text` as a sentence: a full stop added unless it already ends in one (or `!`, `?`), so that
 * quoting a message that has its own never makes `access.. The`.
 */
export function sentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?…]["')\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`
}

/** `1 attempt`, `6 attempts`. */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
