/**
 * CHANGELOG.md is the release notes: package.json's version must have a dated section (a release
 * cannot be cut without one), and the file keeps the Keep a Changelog shape the release workflow
 * reads.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { releaseNotes } from '../scripts/release-notes.js'

const changelog = readFileSync('CHANGELOG.md', 'utf8')
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
const KINDS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']

describe('CHANGELOG.md', () => {
  it(`has a dated, non-empty section for package.json's version`, () => {
    const section = releaseNotes(changelog, version)
    expect(section.date).toMatch(/^\d{4}-\d\d-\d\d$/)
    expect(section.notes).toMatch(/^### (Added|Changed|Fixed|Security|Removed|Deprecated)$/m)
  })

  it('starts with an Unreleased section, then versions newest first with ISO dates', () => {
    const headings = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\S+))?/gm)]
    expect(headings[0][1]).toBe('Unreleased')
    const released = headings.slice(1)
    for (const [line, , date] of released) expect(`${line}: ${date}`).toMatch(/: \d{4}-\d\d-\d\d$/)
    const numbers = released.map(([, v]) => v.split('.').map(Number))
    const newestFirst = [...numbers].sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2])
    expect(numbers).toEqual(newestFirst)
  })

  it('groups entries only under the kinds Keep a Changelog names', () => {
    for (const [, kind] of changelog.matchAll(/^### (.+)$/gm)) expect(KINDS).toContain(kind)
  })
})

describe('releaseNotes', () => {
  const sample = [
    '# Changelog',
    '## [Unreleased]',
    '## [1.1.0] - 2026-12-24',
    '### Fixed',
    '- A thing.',
    '## [1.0.0]',
    '### Added',
    '- Everything.',
    '## [0.9.0] - 2026-10-01'
  ].join('\n')

  it("gives a version's section, up to the next one", () => {
    expect(releaseNotes(sample, '1.1.0')).toEqual({
      version: '1.1.0',
      date: '2026-12-24',
      notes: '### Fixed\n- A thing.'
    })
  })

  it('says what to write for a version without a section, a date, or entries', () => {
    expect(() => releaseNotes(sample, '2.0.0')).toThrow(
      "CHANGELOG.md has no section for 2.0.0: add '## [2.0.0] - YYYY-MM-DD'"
    )
    expect(() => releaseNotes(sample, '1.0.0')).toThrow('section for 1.0.0 has no release date')
    expect(() => releaseNotes(sample, '0.9.0')).toThrow('section for 0.9.0 is empty')
  })

  it('does not take 1.0.0 for 1.0.0-rc.1 or 11.0.0', () => {
    const text = '## [11.0.0] - 2026-01-01\n- x\n## [1.0.0-rc.1] - 2026-01-01\n- y'
    expect(() => releaseNotes(text, '1.0.0')).toThrow('no section for 1.0.0')
  })
})
