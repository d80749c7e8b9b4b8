/**
 * Keeps the documentation true: the README's inputs, outputs and modes tables match action.yml and
 * the modes the action implements, and every workflow the README shows is an example file that
 * uses only inputs the action declares.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { parse } from 'yaml'
import { MODES } from '../src/settings.js'
import { ACTION_VERSION } from '../src/version.js'

interface ActionYaml {
  inputs: Record<string, { default?: string; required?: boolean; description: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYaml
const readme = readFileSync('README.md', 'utf8')

/** Rows of the tables under `## <heading>` whose first cell is code: that name → the row's cells. */
function tableUnder(markdown: string, heading: string): Map<string, string[]> {
  const section = markdown.split(new RegExp(`^## ${heading}\\s*$`, 'm'))[1]?.split(/^## /m)[0] ?? ''
  const rows = new Map<string, string[]>()
  for (const line of section.split('\n')) {
    const cells = line.startsWith('|')
      ? line
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim())
      : []
    const name = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1]
    if (name) rows.set(name, [name, ...cells.slice(1).map((c) => c.replace(/^`(.*)`$/, '$1'))])
  }
  return rows
}

describe('README', () => {
  it('lists every input of action.yml with its default, and nothing else', () => {
    const rows = tableUnder(readme, 'Inputs')
    expect([...rows.keys()].sort()).toEqual(Object.keys(action.inputs).sort())
    for (const [name, input] of Object.entries(action.inputs)) {
      const shown = rows.get(name)?.[1]
      const expected = input.required ? 'required' : input.default === '' ? "''" : input.default
      expect(`${name}: ${shown}`).toBe(`${name}: ${expected}`)
    }
  })

  it('lists every output of action.yml, and nothing else', () => {
    expect([...tableUnder(readme, 'Outputs').keys()].sort()).toEqual(
      Object.keys(action.outputs).sort()
    )
  })

  it('lists every mode the action implements, and nothing else', () => {
    expect([...tableUnder(readme, 'Modes').keys()].sort()).toEqual([...MODES].sort())
  })

  it('shows only workflows that are example files, which use only declared inputs', () => {
    const examples = readdirSync('examples')
      .filter((name) => name.endsWith('.yml'))
      .map((name) => readFileSync(`examples/${name}`, 'utf8'))
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1])
      .filter((b) => /^jobs:/m.test(b))
    expect(blocks.length).toBeGreaterThanOrEqual(3)
    for (const block of blocks) expect(examples).toContain(block)
    for (const example of examples) {
      const workflow = parse(example) as {
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>
      }
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps.filter((s) => s.uses?.includes('hf-space-action'))) {
          for (const key of Object.keys(step.with ?? {}))
            expect(Object.keys(action.inputs)).toContain(key)
        }
      }
    }
  })
})

describe('action.yml', () => {
  it('is run by node24 from the bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('names every mode in the description of the mode input', () => {
    const described = action.inputs.mode.description.split(/[^a-z-]+/).filter(Boolean)
    expect(described.filter((word) => (MODES as readonly string[]).includes(word)).sort()).toEqual(
      [...MODES].sort()
    )
  })

  it('names inputs and outputs in snake_case', () => {
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)])
      expect(name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/)
  })

  it('has the version package.json has', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(ACTION_VERSION).toBe(pkg.version)
  })
})
