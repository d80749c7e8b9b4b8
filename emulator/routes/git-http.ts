/**
 * git smart HTTP for every repo — `/{prefix}{id}[.git]/info/refs`, `/git-upload-pack`,
 * `/git-receive-pack` — served by the real `git http-backend` run as a CGI, so stock git can
 * clone, fetch (partial clones too) and push. The token comes as the Basic-auth password (or a
 * Bearer header); every 401 carries `WWW-Authenticate`, so that git asks for credentials.
 */
import { execFileSync, spawn } from 'node:child_process'
import type { ServerResponse } from 'node:http'
import { basename, dirname, join } from 'node:path'
import type { Writable } from 'node:stream'
import { drain } from '../body-stream.js'
import { HubHttpError, type RequestContext } from '../http.js'
import type { EmulatedRepo } from '../repos.js'
import type { Router } from '../router.js'
import type { HubEmulator } from '../server.js'
import { accessRepo } from './shared.js'
import { onRepoWebPath, type WebRepoHandler } from './web-paths.js'

/** git's own CGI, where this machine's git keeps its helpers (Debian, Homebrew, Git for Windows). */
const HTTP_BACKEND = join(
  execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim(),
  'git-http-backend'
)
const CHALLENGE = { 'WWW-Authenticate': 'Basic realm="Hugging Face"' }

export function registerGitHttpRoutes(router: Router, hub: HubEmulator): void {
  const serve =
    (path: string): WebRepoHandler =>
    async (ctx, type) => {
      try {
        const push =
          path === 'git-receive-pack' || ctx.url.searchParams.get('service') === 'git-receive-pack'
        const { repo, grant } = challengeOn401(() =>
          accessRepo(hub, ctx, push ? 'write' : 'read', type)
        )
        const before = (await repo.git.refs()).get('refs/heads/main')
        try {
          await runHttpBackend(ctx, repo, path, grant?.user.name)
        } finally {
          // A push to a Space's main rebuilds it, as a commit over HTTP does — even when the
          // answer to the push is lost: the ref moved all the same.
          const after = (await repo.git.refs()).get('refs/heads/main')
          if (push && repo.type === 'space' && after && after !== before) {
            await hub.repos.startSpaceBuild(repo, after)
          }
        }
        ctx.res.end()
      } catch (error) {
        await drain(ctx)
        throw error
      }
    }
  onRepoWebPath(router, 'GET', 'info/refs', serve('info/refs'))
  onRepoWebPath(router, 'POST', 'git-upload-pack', serve('git-upload-pack'))
  onRepoWebPath(router, 'POST', 'git-receive-pack', serve('git-receive-pack'))
}

function challengeOn401<T>(access: () => T): T {
  try {
    return access()
  } catch (error) {
    if (!(error instanceof HubHttpError) || error.status !== 401) throw error
    const { status, message, errorCode, extraBody, headers } = error
    throw new HubHttpError(status, message, errorCode, extraBody, { ...headers, ...CHALLENGE })
  }
}

/**
 * Runs `git http-backend` for one request: the body streams to its stdin, its CGI headers become
 * the response's, the rest of its output streams back. The response is left open (not ended).
 */
async function runHttpBackend(
  ctx: RequestContext,
  repo: EmulatedRepo,
  path: string,
  user: string | undefined
): Promise<void> {
  const headers = ctx.req.headers
  const optional = (name: string, value: string | string[] | undefined) =>
    value === undefined ? {} : { [name]: String(value) }
  const child = spawn(HTTP_BACKEND, [], {
    // Only what the CGI needs: nothing of the emulator's own git environment leaks in.
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GIT_PROJECT_ROOT: dirname(repo.git.dir),
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: `/${basename(repo.git.dir)}/${path}`,
      QUERY_STRING: ctx.url.search.slice(1),
      REQUEST_METHOD: ctx.method,
      CONTENT_TYPE: headers['content-type'] ?? '',
      REMOTE_USER: user ?? '',
      REMOTE_ADDR: ctx.req.socket.remoteAddress ?? '127.0.0.1',
      ...optional('CONTENT_LENGTH', headers['content-length']),
      ...optional('HTTP_CONTENT_ENCODING', headers['content-encoding']),
      ...optional('GIT_PROTOCOL', headers['git-protocol'])
    },
    stdio: ['pipe', 'pipe', 'pipe']
  })
  const stderr: Buffer[] = []
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  const fed = feed(ctx.stream(), child.stdin)
  const relayed = relayCgiOutput(child.stdout, ctx.res)
  const [code] = await Promise.all([exited, fed, relayed])
  if (!ctx.res.headersSent) {
    throw new HubHttpError(
      502,
      `git http-backend failed (${code}): ${Buffer.concat(stderr).toString().trim()}`
    )
  }
}

/** Writes the body to the CGI; if it stops reading, the rest is still read (and dropped). */
async function feed(chunks: AsyncIterable<Buffer>, stdin: Writable): Promise<void> {
  let open = true
  stdin.on('error', () => {
    open = false
  })
  for await (const chunk of chunks) {
    if (open && !stdin.write(chunk)) await drained(stdin)
  }
  if (open) stdin.end()
}

/** Parses the CGI header block (`Status: 404 Not Found`, `Content-Type: …`), then streams the rest. */
async function relayCgiOutput(stdout: AsyncIterable<Buffer>, res: ServerResponse): Promise<void> {
  let head: Buffer | undefined = Buffer.alloc(0)
  for await (const chunk of stdout) {
    if (!head) {
      if (!res.write(chunk)) await drained(res)
      continue
    }
    head = Buffer.concat([head, chunk])
    const text = head.toString('latin1')
    const match = /\r?\n\r?\n/.exec(text)
    if (!match) continue
    let status = 200
    const out: Record<string, string | string[]> = {}
    for (const line of text.slice(0, match.index).split(/\r?\n/)) {
      const colon = line.indexOf(':')
      const name = line.slice(0, colon).trim()
      const value = line.slice(colon + 1).trim()
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10)
      else if (name) out[name] = name in out ? [out[name], value].flat() : value
    }
    res.writeHead(status, out)
    const rest = head.subarray(match.index + match[0].length)
    head = undefined
    if (rest.length > 0 && !res.write(rest)) await drained(res)
  }
}

/** Resolves when a writable can take more, or is gone. */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done)
      stream.off('close', done)
      stream.off('error', done)
      resolve()
    }
    stream.on('drain', done)
    stream.on('close', done)
    stream.on('error', done)
  })
}
