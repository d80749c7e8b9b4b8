/**
 * The official Python client for tests: `huggingface_hub` 2.0.0 and its `hf` CLI, installed with
 * pip in a virtual environment cached under `.cache/` (gitignored), so that only the first run
 * pays for the install. Where python3, its venv module or the install are unavailable (a laptop
 * without network, say), `pythonClient()` says why, and the tests that need it are skipped.
 * It runs when the test file loads: jest decides which tests exist before it runs any. Test files
 * that load it at once (parallel workers) install it once: the install holds a lock folder.
 */
import { execFile, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const HUGGINGFACE_HUB_VERSION = '2.0.0'

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const VENV = join(
  REPO_ROOT,
  '.cache',
  'python-client',
  `huggingface_hub-${HUGGINGFACE_HUB_VERSION}`
)
const BIN = join(VENV, process.platform === 'win32' ? 'Scripts' : 'bin')

export interface PythonClient {
  python: string
  hf: string
}

export type PythonClientSetup = { ready: PythonClient } | { unavailable: string }

/** The cached client, installed first if needed; or why there is none. */
export function pythonClient(): PythonClientSetup {
  const client = { python: join(BIN, 'python'), hf: join(BIN, 'hf') }
  if (installed(client)) return { ready: client }
  // Another worker may have installed it while this one waited for the lock.
  return withInstallLock(() => (installed(client) ? { ready: client } : install(client)))
}

function install(client: PythonClient): PythonClientSetup {
  const python = run('python3', ['-c', 'import sys; sys.exit(sys.version_info < (3, 9))'])
  if (python.status !== 0) return { unavailable: 'python3 (3.9 or later) is not installed' }
  rmSync(VENV, { recursive: true, force: true })
  const venv = run('python3', ['-m', 'venv', VENV])
  if (venv.status !== 0) return { unavailable: `python3 -m venv failed: ${lastLine(venv.stderr)}` }
  const pip = run(
    client.python,
    [
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      '--quiet',
      '--retries',
      '1',
      '--timeout',
      '30',
      `huggingface_hub==${HUGGINGFACE_HUB_VERSION}`
    ],
    INSTALL_TIMEOUT
  )
  if (pip.status !== 0 || !installed(client)) {
    rmSync(VENV, { recursive: true, force: true })
    return {
      unavailable: `pip install huggingface_hub==${HUGGINGFACE_HUB_VERSION} failed: ${lastLine(pip.stderr)}`
    }
  }
  return { ready: client }
}

const INSTALL_TIMEOUT = 10 * 60_000

/**
 * Runs `work` holding the install lock (a folder: making one is atomic). A lock older than the
 * longest install is left over from a killed run, and is taken over.
 */
function withInstallLock<T>(work: () => T): T {
  const lock = `${VENV}.lock`
  mkdirSync(dirname(lock), { recursive: true })
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
    if (age > INSTALL_TIMEOUT + 60_000) rmSync(lock, { recursive: true, force: true })
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500)
  }
  try {
    return work()
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

function installed(client: PythonClient): boolean {
  if (!existsSync(client.python) || !existsSync(client.hf)) return false
  const check = `import sys, huggingface_hub; sys.exit(huggingface_hub.__version__ != '${HUGGINGFACE_HUB_VERSION}')`
  return run(client.python, ['-c', check]).status === 0
}

function run(command: string, args: string[], timeout = 60_000) {
  return spawnSync(command, args, { encoding: 'utf8', timeout })
}

function lastLine(text: string | null): string {
  return (text ?? '').trim().split('\n').at(-1) || 'no output'
}

export interface ClientRun {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs the client (`python` or `hf`) against `endpoint` with `token`, never reading or writing
 * the user's own Hugging Face folder; Xet is off (the emulator speaks LFS), as are telemetry and
 * progress bars.
 */
export function runClient(
  program: string,
  args: string[],
  options: { endpoint: string; token: string; home: string; cwd?: string }
): Promise<ClientRun> {
  const env = {
    PATH: process.env.PATH,
    HOME: options.home,
    HF_HOME: join(options.home, 'hf'),
    HF_ENDPOINT: options.endpoint,
    HF_TOKEN: options.token,
    HF_HUB_DISABLE_XET: '1',
    HF_HUB_DISABLE_TELEMETRY: '1',
    HF_HUB_DISABLE_PROGRESS_BARS: '1',
    HF_HUB_DISABLE_UPDATE_CHECK: '1',
    NO_COLOR: '1',
    PYTHONIOENCODING: 'utf-8'
  }
  return new Promise((resolve) => {
    execFile(
      program,
      args,
      { cwd: options.cwd, env, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) || 1 : 0, stdout, stderr })
    )
  })
}
