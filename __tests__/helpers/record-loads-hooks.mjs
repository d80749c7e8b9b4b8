// Module loader hooks (run on the loader thread): record each loaded file:// URL.
import { appendFileSync } from 'node:fs'

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && process.env.RECORD_LOADS_FILE)
    appendFileSync(process.env.RECORD_LOADS_FILE, `${url}\n`)
  return nextLoad(url, context)
}
