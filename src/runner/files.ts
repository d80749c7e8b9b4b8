/**
 * The runner's side of a step's data: inputs come as `INPUT_<NAME>` variables, outputs go to the
 * `GITHUB_OUTPUT` file and the job summary to `GITHUB_STEP_SUMMARY`, as `@actions/core` reads and
 * writes them (see commands.ts for why the action does it itself).
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import { appendFile } from 'node:fs/promises'
import { EOL } from 'node:os'
import { escapeData } from './commands.js'

/** The input's value, trimmed; '' when it is not set. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/**
 * Sets a step output. The value goes between delimiter lines no value can contain (a random
 * one), so a multi-line value cannot forge another output.
 */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT
  if (!file) {
    // Runners older than the output files still read the deprecated command.
    process.stdout.write(`${EOL}::set-output name=${name}::${escapeData(value)}${EOL}`)
    return
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  const delimiter = `ghadelimiter_${randomUUID()}`
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
}

/** Appends HTML or Markdown to the job summary; nothing when the runner offers none. */
export async function appendSummary(html: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return
  await appendFile(file, html, 'utf8')
}
