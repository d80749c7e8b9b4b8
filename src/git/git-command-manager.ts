/**
 * git, driven through `@actions/exec` in a throw-away bare repository (no work tree, no checkout).
 * The token never appears in a command line or a URL: it travels as an `http.<endpoint>/.extraHeader`
 * set through git's `GIT_CONFIG_COUNT` environment variables, scoped to the Hub's URL so that a
 * redirect elsewhere never gets it, and masked in the log in its encoded form too.
 */
import * as core from '@actions/core'
import * as exec from '@actions/exec'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getErrorMessage } from '../errors.js'

/** The username git sends with the token; the Hub only checks the token (huggingface_hub's too). */
const GIT_USERNAME = 'hf_user'
/** Who the empty commit says wrote it; the Hub shows the token's user as the pusher. */
const COMMIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'github-actions[bot]',
  GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'github-actions[bot]',
  GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com'
}

export interface GitOutput {
  exitCode: number
  stdout: string
  stderr: string
}

/** What the commit modes need of git. */
export interface GitCommands {
  /** Fetches the commit `ref` points at — one commit deep, without file contents. */
  fetchRef(ref: string): Promise<string>
  /** Writes a commit with exactly the tree of `parent`, on top of it; returns its id. */
  commitSameTree(parent: string, message: string): Promise<string>
  /** Pushes `commit` to `ref` (fast-forward only); the output says how it went. */
  push(commit: string, ref: string): Promise<GitOutput>
  /** The commit `ref` points at on the remote, or undefined when there is no such ref. */
  remoteHead(ref: string): Promise<string | undefined>
  /** Removes the temporary repository. */
  remove(): Promise<void>
}

export interface GitCommandManagerOptions {
  /** The repo's git URL, without credentials. */
  remoteUrl: string
  token?: string
  /** Where the temporary repository goes: `RUNNER_TEMP`, else the system's temporary folder. */
  tempRoot?: string
}

export class GitCommandManager implements GitCommands {
  private constructor(
    private readonly dir: string,
    private readonly env: Record<string, string>
  ) {}

  /** A bare repository in a new temporary folder, with `origin` set to `remoteUrl`. */
  static async create(options: GitCommandManagerOptions): Promise<GitCommandManager> {
    const root = options.tempRoot ?? (process.env.RUNNER_TEMP || tmpdir())
    const dir = await mkdtemp(join(root, 'hf-space-action-git-'))
    const manager = new GitCommandManager(dir, gitEnvironment(options))
    try {
      await manager.git(['init', '--quiet', '--bare', '.'])
      await manager.git(['remote', 'add', 'origin', options.remoteUrl])
    } catch (error) {
      await manager.remove()
      throw error
    }
    return manager
  }

  async fetchRef(ref: string): Promise<string> {
    const local = `refs/remotes/origin/target`
    await this.git([
      'fetch',
      '--quiet',
      '--no-tags',
      '--depth=1',
      '--filter=blob:none',
      'origin',
      `+${ref}:${local}`
    ])
    return (await this.git(['rev-parse', '--verify', `${local}^{commit}`])).stdout
  }

  async commitSameTree(parent: string, message: string): Promise<string> {
    const out = await this.git(['commit-tree', `${parent}^{tree}`, '-p', parent, '-F', '-'], {
      input: message
    })
    return out.stdout
  }

  push(commit: string, ref: string): Promise<GitOutput> {
    return this.git(['push', '--quiet', 'origin', `${commit}:${ref}`], { allowFailure: true })
  }

  async remoteHead(ref: string): Promise<string | undefined> {
    const out = await this.git(['ls-remote', 'origin', ref])
    const line = out.stdout.split('\n').find((l) => l.endsWith(`\t${ref}`))
    return line?.split('\t')[0]
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true })
  }

  /** The one way git runs: output captured, never echoed (core.debug shows the arguments). */
  private async git(
    args: string[],
    options: { input?: string; allowFailure?: boolean } = {}
  ): Promise<GitOutput> {
    core.debug(`git ${args.join(' ')}`)
    let out: exec.ExecOutput
    try {
      out = await exec.getExecOutput('git', args, {
        cwd: this.dir,
        env: this.env,
        silent: true,
        ignoreReturnCode: true,
        input: options.input === undefined ? undefined : Buffer.from(options.input)
      })
    } catch (error) {
      throw new Error(`Could not run git (${getErrorMessage(error)}): it must be on the PATH.`, {
        cause: error
      })
    }
    const result = { exitCode: out.exitCode, stdout: out.stdout.trim(), stderr: out.stderr.trim() }
    if (result.exitCode !== 0 && !options.allowFailure) {
      throw new Error(`git ${args[0]} failed (exit ${result.exitCode}): ${result.stderr}`)
    }
    return result
  }
}

/**
 * The environment of every git command: no prompts, no credential helper, and the token (when
 * given) as a Basic `Authorization` header for the Hub's URL only, appended to any
 * `GIT_CONFIG_COUNT` entries the runner already has.
 */
function gitEnvironment(options: GitCommandManagerOptions): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined) env[name] = value
  Object.assign(env, COMMIT_IDENTITY, { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' })
  const config: [string, string][] = [['credential.helper', '']]
  if (options.token) {
    const basic = Buffer.from(`${GIT_USERNAME}:${options.token}`).toString('base64')
    core.setSecret(basic)
    const origin = new URL(options.remoteUrl).origin
    config.push([`http.${origin}/.extraHeader`, `Authorization: Basic ${basic}`])
  }
  const existing = Number(process.env.GIT_CONFIG_COUNT)
  const first = Number.isInteger(existing) && existing > 0 ? existing : 0
  config.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${first + i}`] = key
    env[`GIT_CONFIG_VALUE_${first + i}`] = value
  })
  env.GIT_CONFIG_COUNT = String(first + config.length)
  return env
}
