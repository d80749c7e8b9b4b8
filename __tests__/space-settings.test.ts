/**
 * The pure parts of settings as code: dotenv parsing with its checks, the salted secret digest,
 * the plan by key, and the preview Space's name.
 */
import { describe, expect, it } from '@jest/globals'
import { parseDotenv } from '../src/space-settings/dotenv.js'
import { planSettings } from '../src/space-settings/plan.js'
import { matchesDescription, secretDescription } from '../src/space-settings/secret-digest.js'
import { previewSpaceId } from '../src/preview/pull-request-event.js'

describe('parseDotenv', () => {
  it('reads export, comments, quotes and multi-line values, in order', () => {
    const text = [
      '# a comment',
      'export A=1',
      '',
      'B="two',
      'lines"',
      "C='has # inside'",
      'D=plain # trailing comment',
      'E='
    ].join('\n')
    expect([...parseDotenv('secrets', text)]).toEqual([
      ['A', '1'],
      ['B', 'two\nlines'],
      ['C', 'has # inside'],
      ['D', 'plain'],
      ['E', '']
    ])
  })

  it.each([
    ['bad key', 'A.B=1', /line 1 has the key 'A.B', which the Hub refuses/],
    ['digit first', '1A=1', /line 1 has the key '1A'/],
    ['no equals', 'JUST_A_WORD', /line 1 is not KEY=value/],
    ['cut at #', 'A=pa#ss', /line 1 \(A\) has an unquoted value with '#'/],
    ['unclosed', 'A="x\nB=2', /line 1 \(A\) opens a "quoted" value that never closes/],
    ['twice', 'A=1\nA=2', /line 2 declares 'A' a second time/]
  ])('refuses %s without showing the value', (_, text, message) => {
    let error: Error | undefined
    try {
      parseDotenv('secrets', text)
    } catch (e) {
      error = e as Error
    }
    expect(error?.message).toMatch(message)
    expect(error?.message).not.toContain('pa#ss')
  })
})

describe('secret digest', () => {
  it('recognises the value it was made from, with a fresh salt each time', async () => {
    const value = 'sk-123-secret'
    const [one, two] = await Promise.all([secretDescription(value), secretDescription(value)])
    expect(one).not.toBe(two)
    expect(one).not.toContain(value)
    expect(await matchesDescription(value, one)).toBe(true)
    expect(await matchesDescription(value, two)).toBe(true)
    expect(await matchesDescription('sk-123-secreT', one)).toBe(false)
    expect(await matchesDescription(value, 'written by hand')).toBe(false)
    expect(await matchesDescription(value, undefined)).toBe(false)
  })

  it('refuses a description that asks for an absurd work factor', async () => {
    const crafted = (await secretDescription('v')).replace('N=32768', 'N=1073741824')
    expect(await matchesDescription('v', crafted)).toBe(false)
  })
})

describe('planSettings', () => {
  const runtime = (requested: string, gcTimeout: number | null) => ({
    stage: 'RUNNING',
    hardware: { current: requested, requested },
    gcTimeout
  })

  it('takes a missing timeout as "never", and skips sleep_time on cpu-basic', async () => {
    const never = await planSettings(
      { sleepTime: -1, prune: false },
      { runtime: runtime('t4-small', null) }
    )
    expect(never.sleepTime?.change).toBe('unchanged')
    const basic = await planSettings(
      { sleepTime: 600, prune: false },
      { runtime: runtime('cpu-basic', 172800) }
    )
    expect(basic.sleepTime?.change).toBe('skipped')
    const upgrading = await planSettings(
      { hardware: 'cpu-upgrade', sleepTime: 600, prune: false },
      { runtime: runtime('cpu-basic', 172800) }
    )
    expect(upgrading.sleepTime?.change).toBe('change')
  })

  it('prunes only the kind that is declared', async () => {
    const plan = await planSettings(
      { variables: new Map([['A', '1']]), prune: true },
      {
        runtime: runtime('cpu-basic', 172800),
        variables: { A: { value: '1' }, OLD: { value: 'x' } },
        secrets: { KEEP: {} }
      }
    )
    expect(plan.variables).toEqual([
      { key: 'A', change: 'unchanged' },
      { key: 'OLD', change: 'remove', reason: 'not declared (prune)' }
    ])
    expect(plan.secrets).toEqual([])
  })
})

describe('previewSpaceId', () => {
  it('appends -pr-N in the same namespace, within 96 characters', () => {
    expect(previewSpaceId('org/demo', 42)).toBe('org/demo-pr-42')
    expect(previewSpaceId(`org/${'a'.repeat(90)}`, 1)).toHaveLength(4 + 95)
    expect(() => previewSpaceId(`org/${'a'.repeat(92)}`, 1234)).toThrow(
      "has 100 characters, more than the Hub's 96"
    )
  })
})
