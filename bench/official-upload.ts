/**
 * The same deploy done by the official client: `uploadFiles` of @huggingface/hub (legacy LFS,
 * `useXet: false`, since the emulator — like the action — does not speak Xet).
 *   node --import tsx bench/official-upload.ts <hubUrl> <token> <space id> <folder>
 */
import { readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { uploadFiles } from '@huggingface/hub'

const [hubUrl, accessToken, name, folder] = process.argv.slice(2)
const entries = await readdir(folder, { recursive: true, withFileTypes: true })
const files = entries
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name))
  .map((path) => ({ path: relative(folder, path), content: pathToFileURL(path) }))
await uploadFiles({
  repo: { type: 'space', name },
  files,
  hubUrl,
  accessToken,
  useXet: false,
  commitTitle: 'Deploy with @huggingface/hub'
})
