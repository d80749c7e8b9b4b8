/**
 * The project's shared folder (CONTRACT.md, the real Hub recordings): `../shared` beside the
 * checkout, as developers and CI have it; `SHARED_DIR` overrides it, and a checkout made elsewhere
 * (a clean clone in /tmp) falls back to the workplace's /work/shared.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

const CANDIDATES = [process.env.SHARED_DIR, resolve('..', 'shared'), '/work/shared']

export function sharedPath(...parts: string[]): string {
  const root = CANDIDATES.find((dir) => dir && existsSync(join(dir, 'CONTRACT.md')))
  if (!root)
    throw new Error(
      `The shared folder was not found (tried ${CANDIDATES.filter(Boolean).join(', ')}); set SHARED_DIR.`
    )
  return join(root, ...parts)
}
