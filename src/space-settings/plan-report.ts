/** The settings plan in words: a headline, log lines and a summary table (key names only). */
import type { KeyPlan, SettingsPlan } from './plan.js'

export interface PlanDescription {
  headline: string
  logLines: string[]
  markdown: string
}

const VERB: Record<KeyPlan['change'], string> = {
  add: 'add',
  change: 'change',
  remove: 'remove',
  unchanged: 'unchanged'
}

export function describeSettingsPlan(plan: SettingsPlan): PlanDescription {
  const rows: [string, string, string][] = []
  if (plan.hardware) {
    const { from, to, change } = plan.hardware
    rows.push(['hardware', change, change === 'change' ? `${from ?? 'none'} → ${to}` : to])
  }
  if (plan.sleepTime) {
    const { from, to, change, reason } = plan.sleepTime
    const detail =
      change === 'change'
        ? `${seconds(from)} → ${seconds(to)}`
        : change === 'skipped'
          ? `${seconds(to)} not applied: ${reason}`
          : seconds(to)
    rows.push(['sleep_time', change, detail])
  }
  for (const [kind, keys, kept] of [
    ['secret', plan.secrets, plan.keptSecrets],
    ['variable', plan.variables, plan.keptVariables]
  ] as const) {
    for (const k of keys) rows.push([`${kind} ${k.key}`, VERB[k.change], k.reason ?? ''])
    for (const key of kept) rows.push([`${kind} ${key}`, 'kept', 'not declared; prune is off'])
  }
  const count = (change: string) => rows.filter((r) => r[1] === change).length
  const parts = ['add', 'change', 'remove', 'unchanged', 'skipped']
    .map((c) => [c, count(c)] as const)
    .filter(([, n]) => n > 0)
    .map(
      ([c, n]) =>
        `${n} ${c === 'add' ? 'to add' : c === 'change' ? 'to change' : c === 'remove' ? 'to remove' : c}`
    )
  const headline = parts.length > 0 ? parts.join(', ') : 'nothing declared'
  const logLines = rows.map(
    ([what, change, detail]) => `${change.padEnd(9)} ${what}${detail ? ` (${detail})` : ''}`
  )
  const markdown = [
    '| setting | plan | detail |',
    '|---|---|---|',
    ...rows.map(([what, change, detail]) => `| \`${what}\` | ${change} | ${escapeCell(detail)} |`)
  ].join('\n')
  return { headline, logLines, markdown }
}

function seconds(value: number | null): string {
  if (value === null || value === -1) return 'never'
  return `${value} s`
}

function escapeCell(text: string): string {
  return text.replace(/[|<>&]/g, (c) => `&#${c.charCodeAt(0)};`)
}
