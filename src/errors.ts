/** The message of anything thrown, for `core.setFailed` and per-repo errors. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
