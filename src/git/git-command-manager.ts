/**
 * git in a throw-away bare repository (no work tree, no checkout). The token never appears in a
 * command line or a URL: it travels as an `http.<endpoint>/.extraHeader` set through git's
 * `GIT_CONFIG_COUNT` environment variables, and is masked in the log in its encoded form too.
 * git keeps that header for every request of a command, wherever a redirect has moved it, so git
 * follows no redirect itself (`http.followRedirects=false`): the token never leaves for another
 * host. A redirect within the Hub's origin (a renamed repo) is followed by pointing `origin` at
 * the new URL. Every command is bounded in time, and its failures are told in the action's words.
 */
import * as runner from '../runner/index.js'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getErrorMessage } from '../errors.js'
import { gitCommandError, redact, type GitCommandError } from './git-failure.js'
import { gitTimeoutMs, runGitProcess, type GitProcessResult } from './git-process.js'
import { sameHostRedirect } from './same-host-redirect.js'

/** The username git sends with the token; the Hub only checks the token (huggingface_hub's too). */
const GIT_USERNAME = 'hf_user'
/** Who the empty commit says wrote it; the Hub shows the token's user as the pusher. */
const COMMIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'github-actions[bot]',
  GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'github-actions[bot]',
  GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com'
}

/** A finished git command: on failure, `error` says in plain words what went wrong. */
export interface GitOutput {
  exitCode: number
  stdout: string
  error?: GitCommandError
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

type Service = 'git-upload-pack' | 'git-receive-pack'

export class GitCommandManager implements GitCommands {
  /** Where `origin` points: the given URL, or where the Hub moved a renamed repo. */
  private remoteUrl: string
  private moved = false

  private constructor(
    private readonly dir: string,
    private readonly env: Record<string, string>,
    private readonly options: GitCommandManagerOptions
  ) {
    this.remoteUrl = options.remoteUrl
  }

  /** A bare repository in a new temporary folder, with `origin` set to `remoteUrl`. */
  static async create(options: GitCommandManagerOptions): Promise<GitCommandManager> {
    const root = options.tempRoot ?? (process.env.RUNNER_TEMP || tmpdir())
    const dir = await mkdtemp(join(root, 'hf-space-action-git-'))
    const manager = new GitCommandManager(dir, gitEnvironment(options), options)
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
    await this.remote(
      [
        'fetch',
        '--quiet',
        '--no-tags',
        '--depth=1',
        '--filter=blob:none',
        'origin',
        `+${ref}:${local}`
      ],
      'git-upload-pack'
    )
    return (await this.git(['rev-parse', '--verify', `${local}^{commit}`])).stdout
  }

  async commitSameTree(parent: string, message: string): Promise<string> {
    const out = await this.git(['commit-tree', `${parent}^{tree}`, '-p', parent, '-F', '-'], {
      input: message
    })
    return out.stdout
  }

  push(commit: string, ref: string): Promise<GitOutput> {
    return this.remote(['push', '--quiet', 'origin', `${commit}:${ref}`], 'git-receive-pack', {
      allowFailure: true
    })
  }

  async remoteHead(ref: string): Promise<string | undefined> {
    const out = await this.remote(['ls-remote', 'origin', ref], 'git-upload-pack')
    const line = out.stdout.split('\n').find((l) => l.endsWith(`\t${ref}`))
    return line?.split('\t')[0]
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true })
  }

  /**
   * A command that talks to the Hub. A redirect git did not follow is looked into once: within
   * the Hub's origin (a renamed repo), `origin` moves there and the command runs again.
   */
  private async remote(
    args: string[],
    service: Service,
    options: { allowFailure?: boolean } = {}
  ): Promise<GitOutput> {
    const out = await this.git(args, { allowFailure: true })
    if (out.error?.failure.kind === 'redirect' && !this.moved) {
      this.moved = true
      const moved = await sameHostRedirect(
        this.remoteUrl,
        service,
        this.authorization(),
        gitTimeoutMs()
      ).catch(() => undefined)
      if (moved) {
        runner.info(`The repo answers at ${moved} now (renamed): git follows it there.`)
        await this.git(['remote', 'set-url', 'origin', moved])
        this.remoteUrl = moved
        return this.remote(args, service, options)
      }
    }
    if (out.error && !options.allowFailure) throw out.error
    return out
  }

  private authorization(): string | undefined {
    return this.options.token ? `Basic ${basicCredentials(this.options.token)}` : undefined
  }

  /** The one way git runs: output captured, never echoed (runner.debug shows the arguments). */
  private async git(
    args: string[],
    options: { input?: string; allowFailure?: boolean } = {}
  ): Promise<GitOutput> {
    runner.debug(`git ${args.join(' ')}`)
    const timeoutMs = gitTimeoutMs()
    let result: GitProcessResult
    try {
      result = await runGitProcess(args, {
        cwd: this.dir,
        env: this.env,
        input: options.input,
        timeoutMs
      })
    } catch (error) {
      throw new Error(`Could not run git (${getErrorMessage(error)}): it must be on the PATH.`, {
        cause: error
      })
    }
    if (result.exitCode === 0) return { exitCode: 0, stdout: result.stdout }
    // Kept for whoever debugs the step, with what could be a credential blotted out.
    runner.debug(`git ${args[0]} exited ${result.exitCode}: ${redact(result.stderr)}`)
    const error = gitCommandError(result, {
      command: args[0],
      remoteUrl: this.remoteUrl,
      sentToken: Boolean(this.options.token),
      timeoutMs
    })
    if (!options.allowFailure) throw error
    return { exitCode: result.exitCode, stdout: result.stdout, error }
  }
}

/**
 * The environment of every git command: no prompts, no credential helper, no redirects, a
 * low-speed limit, and the token (when given) as a Basic `Authorization` header for the Hub's URL
 * only, appended to any `GIT_CONFIG_COUNT` entries the runner already has.
 */
function gitEnvironment(options: GitCommandManagerOptions): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined) env[name] = value
  Object.assign(env, COMMIT_IDENTITY, { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' })
  // A transfer slower than 1 kB/s for half the command's time bound is a Hub that stopped
  // answering: curl ends it, before the bound kills git.
  const lowSpeedSeconds = Math.max(1, Math.round(gitTimeoutMs() / 2000))
  const config: [string, string][] = [
    ['credential.helper', ''],
    ['http.followRedirects', 'false'],
    ['http.lowSpeedLimit', '1000'],
    ['http.lowSpeedTime', String(lowSpeedSeconds)]
  ]
  if (options.token) {
    const basic = basicCredentials(options.token)
    runner.setSecret(basic)
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

/** `hf_user:<token>`, base64-encoded, as git sends it. */
function basicCredentials(token: string): string {
  return Buffer.from(`${GIT_USERNAME}:${token}`).toString('base64')
}
