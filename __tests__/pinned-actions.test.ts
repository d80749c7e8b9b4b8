/**
 * Every workflow of the repository — CI, release, the examples users copy and the README's — runs
 * third-party actions pinned to a full commit SHA with the version as a comment (what the README
 * advises; Dependabot keeps them current), the same pin everywhere, and declares its permissions.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { parse } from 'yaml'

/** This action as the examples name it: users pick a major tag or a SHA (see the README). */
const THIS_ACTION = /^your-org\/hf-space-action@/
const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/

function workflows(): { name: string; text: string }[] {
  const files = ['.github/workflows', 'examples'].flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => /\.ya?ml$/.test(file))
      .map((file) => ({ name: `${dir}/${file}`, text: readFileSync(`${dir}/${file}`, 'utf8') }))
  )
  const readme = readFileSync('README.md', 'utf8')
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m, i) => ({
    name: `README.md yaml block ${i + 1}`,
    text: m[1]
  }))
  return [...files, ...blocks]
}

/** `uses:` values with their trailing comment, as written. */
function uses(text: string): string[] {
  return [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(.+?)\s*$/gm)].map((m) => m[1])
}

describe('workflows', () => {
  const all = workflows()

  it('are found: CI, check-dist, release, the examples and the README', () => {
    const names = all.map((w) => w.name)
    for (const name of ['.github/workflows/ci.yml', '.github/workflows/release.yml'])
      expect(names).toContain(name)
    expect(all.flatMap((w) => uses(w.text)).length).toBeGreaterThan(10)
  })

  it('pin every third-party action to a full SHA with its version as a comment', () => {
    for (const { name, text } of all) {
      for (const ref of uses(text).filter((u) => !u.startsWith('./') && !THIS_ACTION.test(u)))
        expect(`${name}: ${ref}`).toMatch(new RegExp(`: ${PINNED.source.slice(1)}`))
    }
  })

  it('use one pin per action across the repository', () => {
    const pins = new Map<string, Set<string>>()
    for (const { text } of all) {
      for (const ref of uses(text).filter((u) => PINNED.test(u))) {
        const action = ref.split('@')[0]
        pins.set(action, (pins.get(action) ?? new Set()).add(ref))
      }
    }
    for (const [action, refs] of pins)
      expect(`${action}: ${[...refs].join(' | ')}`).not.toContain('|')
  })

  it('declare their permissions at the top (the least each job needs)', () => {
    for (const { name, text } of all.filter((w) => /^on:/m.test(w.text))) {
      const workflow = parse(text) as { permissions?: unknown }
      expect(`${name}: ${workflow.permissions !== undefined}`).toBe(`${name}: true`)
    }
  })
})
