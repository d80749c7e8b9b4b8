/**
 * One git process with a bound on its life: a Hub that accepts a connection and never answers
 * must not hold the step until the job's own timeout (six hours by default). git's low-speed
 * limit (set in the environment, see `gitEnvironment`) ends a stalled transfer; this bound ends
 * anything else, killing git and its transport helper (`git-remote-http`) together.
 */
import { spawn } from 'node:child_process'

/**
 * The longest a git command may take: `HF_SPACE_ACTION_GIT_TIMEOUT_MS` (tests set a few seconds
 * so that a hung Hub fails them quickly), else two minutes — an empty commit moves a few
 * kilobytes, so two minutes without an end means git got no answer.
 */
export function gitTimeoutMs(): number {
  const fromEnv = Number(process.env.HF_SPACE_ACTION_GIT_TIMEOUT_MS)
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 120_000
}

export interface GitProcessResult {
  exitCode: number
  stdout: string
  stderr: string
  /** Killed for outliving `timeoutMs`. */
  timedOut: boolean
}

export interface GitProcessOptions {
  cwd: string
  env: Record<string, string>
  input?: string
  timeoutMs: number
}

/** Runs `git args`, output captured (never echoed); rejects only when git cannot be started. */
export function runGitProcess(
  args: string[],
  options: GitProcessOptions
): Promise<GitProcessResult> {
  return new Promise((resolve, reject) => {
    // A process group of its own (not on Windows, which has none), so that the timeout ends
    // git's helpers with it.
    const child = spawn('git', args, {
      cwd: options.cwd,
      env: options.env,
      detached: GROUPS,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      if (GROUPS && child.pid !== undefined) killGroup(child.pid)
      else child.kill('SIGKILL')
    }, options.timeoutMs)
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input === undefined ? undefined : Buffer.from(options.input))
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({
        exitCode: code ?? 128,
        stdout: Buffer.concat(stdout).toString('utf8').trim(),
        stderr: Buffer.concat(stderr).toString('utf8').trim(),
        timedOut
      })
    })
  })
}

const GROUPS = process.platform !== 'win32'

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // already gone
  }
}
