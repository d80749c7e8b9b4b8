/** What the preview comment says: where the preview is and how it is doing, or why it failed. */
import type { RepoResult } from '../result.js'

export interface PreviewFacts {
  previewId: string
  spaceUrl: string
  appUrl?: string
  /** The PR's head commit on GitHub. */
  headSha?: string
  result: RepoResult
}

const ERROR_LINE = /error|exception|traceback|failed|fatal/i
const FIRST_ERROR_LINES = 12

export function deployedBody(facts: PreviewFacts): string {
  const { result } = facts
  const stage = result.runtime?.stage
  const rows: [string, string][] = [
    ['Space', `[${facts.previewId}](${facts.spaceUrl})`],
    ['App', facts.appUrl && !result.error ? facts.appUrl : ''],
    ['Commit', commitCell(facts)],
    ['Stage', stage ? `\`${stage}\`` : '']
  ]
  const table = [
    '| | |',
    '|---|---|',
    ...rows.filter(([, v]) => v).map(([k, v]) => `| ${k} | ${v} |`)
  ]
  if (!result.error) {
    return ['### 🤗 Preview Space is up', '', ...table].join('\n')
  }
  const lines = firstErrorLines(result.logTail?.lines ?? [])
  return [
    '### ❌ Preview Space failed',
    '',
    ...table,
    '',
    `**Reason:** ${oneLine(result.error)}`,
    ...(lines.length > 0
      ? [
          '',
          `First error lines of the ${result.logTail?.kind ?? 'build'} log:`,
          '',
          '```text',
          ...lines,
          '```'
        ]
      : [])
  ].join('\n')
}

export function deletedBody(previewId: string, existed: boolean): string {
  return [
    '### 🗑️ Preview Space deleted',
    '',
    existed
      ? `The pull request was closed: the preview Space \`${previewId}\` was deleted.`
      : `The pull request was closed: the preview Space \`${previewId}\` was already gone.`
  ].join('\n')
}

function commitCell(facts: PreviewFacts): string {
  const { headSha, result } = facts
  const hub = result.commitSha
    ? result.commitUrl
      ? `[\`${result.commitSha.slice(0, 7)}\`](${result.commitUrl})`
      : `\`${result.commitSha.slice(0, 7)}\``
    : ''
  const github = headSha ? `\`${headSha.slice(0, 7)}\`` : ''
  if (github && hub) return `${github} → Hub ${hub}`
  return github || hub
}

function firstErrorLines(lines: string[]): string[] {
  const clean = lines.map((l) => l.replace(/`{3,}/g, "'''"))
  const first = clean.findIndex((l) => ERROR_LINE.test(l))
  return first === -1
    ? clean.slice(-FIRST_ERROR_LINES)
    : clean.slice(first, first + FIRST_ERROR_LINES)
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ')
}
