/** Whether a real (links resolved) path lies outside the real root folder of a deploy. */
import { isAbsolute, relative, sep } from 'node:path'

export function isOutside(rootReal: string, targetReal: string): boolean {
  const inside = relative(rootReal, targetReal)
  return inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)
}
