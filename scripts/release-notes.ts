/**
 * A release's notes are its section of CHANGELOG.md (Keep a Changelog): `## [1.2.0] - 2026-12-01`
 * down to the next `## ` heading. The release workflow publishes them; release-check.sh refuses a
 * version without a dated, non-empty section.
 *
 *   npx tsx scripts/release-notes.ts 1.2.0   prints the notes, or says what is missing (exit 1)
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

export interface ReleaseNotes {
  version: string
  date: string
  notes: string
}

/** The section of `changelog` for `version`; throws, saying what to write, when there is none. */
export function releaseNotes(changelog: string, version: string): ReleaseNotes {
  const lines = changelog.split(/\r?\n/)
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`))
  if (start < 0)
    throw new Error(
      `CHANGELOG.md has no section for ${version}: add '## [${version}] - YYYY-MM-DD' with what changed (move the Unreleased entries there).`
    )
  const date = /^## \[[^\]]+\] - (\d{4}-\d{2}-\d{2})\s*$/.exec(lines[start])?.[1]
  if (!date)
    throw new Error(
      `CHANGELOG.md's section for ${version} has no release date: write its heading as '## [${version}] - YYYY-MM-DD'.`
    )
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '))
  const notes = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim()
  if (!notes) throw new Error(`CHANGELOG.md's section for ${version} is empty: say what changed.`)
  return { version, date, notes }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const version = (process.argv[2] ?? '').replace(/^v/, '')
  try {
    if (!version) throw new Error('Usage: npx tsx scripts/release-notes.ts VERSION')
    console.log(releaseNotes(readFileSync('CHANGELOG.md', 'utf8'), version).notes)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}
