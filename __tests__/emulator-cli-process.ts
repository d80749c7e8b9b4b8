/**
 * The standalone emulator (`emulator/cli.ts`) in a process of its own: for tests of the CLI itself,
 * and for memory bounds, which only a separate process measures without the test's own garbage.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')

export interface EmulatorProcess {
  child: ChildProcess
  /** What it printed so far, stdout and stderr interleaved. */
  output: () => string
  exited: Promise<number | null>
  /** Its URL, once it printed that it listens; undefined if it exited first. */
  url?: string
  /** Its resident set now (Linux `VmRSS`), in bytes. */
  rssNow: () => Promise<number>
  /** Its peak resident set since it started or since `resetPeakRss` (Linux `VmHWM`), in bytes. */
  peakRss: () => Promise<number>
  resetPeakRss: () => Promise<void>
  stop: () => Promise<void>
}

/** Starts the CLI; resolves once it prints its URL (its last line when ready) or exits. */
export async function startEmulatorCli(args: string[]): Promise<EmulatorProcess> {
  const child = spawn(TSX, [join(ROOT, 'emulator', 'cli.ts'), '--port', '0', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  let running = true
  const exited = once(child, 'exit').then(([code]) => {
    running = false
    return code as number | null
  })
  const url = await new Promise<string | undefined>((resolve) => {
    const check = () => {
      const match = /listening on (http:\/\/\S+)/.exec(output)
      if (match) resolve(match[1])
      else if (!running) resolve(undefined)
      else setTimeout(check, 50)
    }
    check()
  })
  // tsx runs the emulator in a child of its own: the server is the newest node process below.
  const serverPid = async (): Promise<number> => {
    let pid = child.pid as number
    for (;;) {
      const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '')
      const next = children.trim().split(/\s+/).filter(Boolean).map(Number).pop()
      if (next === undefined) return pid
      pid = next
    }
  }
  const statusLine = async (name: string) => {
    const status = await readFile(`/proc/${await serverPid()}/status`, 'utf8')
    return Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024
  }
  // Writing 5 to clear_refs resets the peak to the current resident set (Linux 4.0+).
  const resetPeakRss = async () => writeFile(`/proc/${await serverPid()}/clear_refs`, '5')
  const stop = async () => {
    if (running) child.kill('SIGTERM')
    await exited
  }
  return {
    child,
    output: () => output,
    exited,
    url,
    rssNow: () => statusLine('VmRSS'),
    peakRss: () => statusLine('VmHWM'),
    resetPeakRss,
    stop
  }
}
