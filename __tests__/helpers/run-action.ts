/**
 * Runs the bundled action (`dist/index.js`) the way the runner does: a child `node` process with
 * `INPUT_*` variables, `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files, and nothing else of this
 * process's environment. Every run is checked for a leaked token before it is returned.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { EMULATOR_TOKENS } from '../../emulator/index.js'

export const DIST_ENTRY = resolve('dist/index.js')

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  /** Outputs the action set, parsed from `GITHUB_OUTPUT`. */
  outputs: Record<string, string>
  /** The job summary written to `GITHUB_STEP_SUMMARY`. */
  summary: string
  /** `::error::` lines of the log. */
  errors: string[]
  /** Each stdout line with the time (ms since the epoch) it reached this process. */
  lines: TimedLine[]
}

export interface TimedLine {
  at: number
  text: string
}

export interface RunOptions {
  /** Extra environment (GITHUB_*, HF_TOKEN, …). */
  env?: Record<string, string>
  cwd?: string
  /** Tokens that must not appear anywhere in the run's output (default: all emulator tokens). */
  secrets?: string[]
}

/** Boolean inputs get their action.yml defaults from the runner; a test passes only what it sets. */
export async function runAction(
  inputs: Record<string, string>,
  options: RunOptions = {}
): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'action-run-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    HF_SPACE_ACTION_POLL_MS: '10',
    ...options.env
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  try {
    const { exitCode, stdout, stderr, lines } = await spawnNode([DIST_ENTRY], env, options.cwd)
    const run: ActionRun = {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
      errors: stdout.split('\n').filter((line) => line.startsWith('::error')),
      lines
    }
    assertNoSecret(run, options.secrets ?? Object.values(EMULATOR_TOKENS))
    return run
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function spawnNode(
  args: string[],
  env: Record<string, string>,
  cwd?: string
): Promise<{ exitCode: number | null; stdout: string; stderr: string; lines: TimedLine[] }> {
  return new Promise((resolvePromise, reject) => {
    // Asynchronous on purpose: the emulator answering the action lives in this process.
    const child = spawn(process.execPath, args, { env, cwd })
    let stdout = ''
    let stderr = ''
    // Lines are stamped as they arrive, so tests can tell how far apart the action printed them.
    const lines: TimedLine[] = []
    let partial = ''
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString()
      stdout += text
      const parts = (partial + text).split('\n')
      partial = parts.pop() ?? ''
      const at = Date.now()
      for (const line of parts) lines.push({ at, text: line })
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (exitCode) => {
      if (partial) lines.push({ at: Date.now(), text: partial })
      resolvePromise({ exitCode, stdout, stderr, lines })
    })
  })
}

/** `name<<DELIMITER\nvalue\nDELIMITER` records, as `core.setOutput` writes them. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
    outputs[name] = value.join('\n')
  }
  return outputs
}

/** The token may appear only in the runner's `::add-mask::` command, which hides it. */
function assertNoSecret(run: ActionRun, secrets: string[]): void {
  const streams = {
    stdout: run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs)
  }
  for (const secret of secrets) {
    for (const [name, text] of Object.entries(streams)) {
      if (text.includes(secret)) throw new Error(`The action printed a token in its ${name}`)
    }
  }
}
