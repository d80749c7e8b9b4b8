/**
 * Runs a Node program as a separate process and measures it: wall time, peak RSS (through the
 * preloaded max-rss.cjs) and exit code. The emulator it talks to lives in this process.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface Measurement {
  wallMs: number
  peakRssMb: number
  exitCode: number | null
  stdout: string
  stderr: string
}

export async function measureNode(
  args: string[],
  env: Record<string, string>,
  cwd?: string,
  node: string = process.execPath
): Promise<Measurement> {
  return spawnMeasured(node, ['--require', resolve('bench/max-rss.cjs'), ...args], env, cwd)
}

/**
 * Runs any program and measures its wall time and exit code; peak RSS comes from the file
 * $BENCH_RSS_FILE names, which a Node program writes through max-rss.cjs (others: 0, or their own).
 */
export async function spawnMeasured(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd?: string
): Promise<Measurement> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-'))
  const rssFile = join(dir, 'rss')
  try {
    const started = process.hrtime.bigint()
    const child = spawn(command, args, {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? dir,
        ...env,
        BENCH_RSS_FILE: rssFile
      }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exitCode = await new Promise<number | null>((done) => child.on('close', done))
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6
    const rssKb = Number(await readFile(rssFile, 'utf8').catch(() => '0'))
    return { wallMs, peakRssMb: Math.round(rssKb / 102.4) / 10, exitCode, stdout, stderr }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Environment of a runner step: inputs as INPUT_*, outputs and summary to throw-away files. */
export function actionEnv(inputs: Record<string, string>, dir: string): Record<string, string> {
  const env: Record<string, string> = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary')
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}
