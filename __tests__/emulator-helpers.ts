/**
 * Helpers of the emulator's commit-side tests: real git against the emulator (token in an extra
 * header, never in the URL), raw commit requests, and the hashes the Hub uses.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EMULATOR_TOKENS, type EmulatedRepo, type HubEmulator } from '../emulator/index.js'
import { LfsStore } from '../emulator/lfs-store.js'

export interface GitResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs stock git; `token` travels as `http.extraHeader` through `GIT_CONFIG_*` variables. */
export function runGitCli(
  args: string[],
  options: { cwd?: string; token?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<GitResult> {
  const auth = options.token
    ? {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: 'http.extraHeader',
        GIT_CONFIG_VALUE_0: `Authorization: Bearer ${options.token}`
      }
    : {}
  const env = {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Tester',
    GIT_AUTHOR_EMAIL: 'tester@example.com',
    GIT_COMMITTER_NAME: 'Tester',
    GIT_COMMITTER_EMAIL: 'tester@example.com',
    ...auth,
    ...options.env
  }
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      { cwd: options.cwd, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    )
  })
}

/** A fresh temporary folder; `cleanup()` removes every folder made so far. */
export function tempDirs(): { make: () => Promise<string>; cleanup: () => Promise<void> } {
  const made: string[] = []
  return {
    make: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'emulator-test-'))
      made.push(dir)
      return dir
    },
    cleanup: async () => {
      await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
    }
  }
}

export const sha256 = (content: Buffer | string): string =>
  createHash('sha256').update(content).digest('hex')

/** git's blob id: sha1 of `blob <size>\0<content>`. */
export function gitBlobId(content: Buffer | string): string {
  const bytes = Buffer.from(content)
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

export function lfsPointer(content: Buffer): string {
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${sha256(content)}\nsize ${content.length}\n`
}

export type RepoPath = `${'models' | 'datasets' | 'spaces'}/${string}/${string}`

/** `POST /api/{repo}/commit/{rev}` with NDJSON lines (objects are JSON-encoded). */
export function postCommit(
  hub: HubEmulator,
  repo: RepoPath,
  lines: (Record<string, unknown> | string)[],
  options: { token?: string; rev?: string; query?: string; contentType?: string } = {}
): Promise<Response> {
  const rev = encodeURIComponent(options.rev ?? 'main')
  return fetch(`${hub.url}/api/${repo}/commit/${rev}${options.query ?? ''}`, {
    method: 'POST',
    headers: {
      'Content-Type': options.contentType ?? 'application/x-ndjson',
      ...(options.token && { Authorization: `Bearer ${options.token}` })
    },
    body: lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n')
  })
}

export const header = (summary: string, extra: Record<string, unknown> = {}) => ({
  key: 'header',
  value: { summary, description: '', ...extra }
})

export const textFile = (path: string, content: string | Buffer) => ({
  key: 'file',
  value: { path, content: Buffer.from(content).toString('base64'), encoding: 'base64' }
})

/** Generates `size` pseudo-random bytes (deterministic), without NUL bytes unless `binary`. */
export function bytes(size: number, seed = 1, binary = true): Buffer {
  const out = Buffer.alloc(size)
  let state = seed >>> 0
  for (let i = 0; i < size; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    const byte = state >>> 24
    out[i] = binary ? byte : 32 + (byte % 95)
  }
  return out
}

/**
 * Commits `files` to `repo`'s `rev` over HTTP (`lfs` ones as LFS objects, stored first) and
 * returns the new commit id.
 */
export async function commitFiles(
  hub: HubEmulator,
  repo: EmulatedRepo,
  files: { regular?: Record<string, string | Buffer>; lfs?: Record<string, Buffer> },
  options: { summary?: string; token?: string; rev?: string; query?: string } = {}
): Promise<{ commitOid: string; pullRequestUrl?: string }> {
  const lfsLines = []
  for (const [path, content] of Object.entries(files.lfs ?? {})) {
    await LfsStore.of(repo).put(
      (async function* () {
        yield content
      })(),
      sha256(content),
      content.length
    )
    lfsLines.push({
      key: 'lfsFile',
      value: { path, algo: 'sha256', oid: sha256(content), size: content.length }
    })
  }
  const res = await postCommit(
    hub,
    `${repo.type}s/${repo.id}` as RepoPath,
    [
      header(options.summary ?? 'Add files'),
      ...Object.entries(files.regular ?? {}).map(([path, content]) => textFile(path, content)),
      ...lfsLines
    ],
    { token: options.token ?? EMULATOR_TOKENS.write, rev: options.rev, query: options.query }
  )
  if (res.status !== 200) throw new Error(`commit failed: ${res.status} ${await res.text()}`)
  return (await res.json()) as { commitOid: string; pullRequestUrl?: string }
}
