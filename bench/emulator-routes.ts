/**
 * How long the emulator itself takes to handle the routes the benchmarks lean on, at 0 ms latency,
 * for Spaces of 1,000, 10,000 and 50,000 files: the first commit of all files (NDJSON, inline
 * small files plus a few LFS files), a one-file commit on top, every page of the recursive tree
 * listing, paths-info and preupload of 500 paths, and the repo info. The emulator lives in this
 * process; times are the client's wall per request over a kept-alive loopback connection, so they
 * include the (small) JSON transfer; commits are sent by curl. "first" is the first request after the commit (cold caches),
 * "warm" the median of the next ones.
 *
 *   npx tsx bench/emulator-routes.ts [--sizes 1000,10000,50000] [--reps 5]
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { EMULATOR_TOKENS, HubEmulator } from '../emulator/index.js'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    reps: { type: 'string', default: '5' }
  }
})
const SIZES = values.sizes.split(',').map(Number)
const REPS = Number(values.reps)
const AUTH = { authorization: `Bearer ${EMULATOR_TOKENS.write}` }
/** LFS files per commit, as in the benchmark's 998-file Space folder (16 assets). */
const LFS_FILES = 16

const hub = await HubEmulator.start({ latencyMs: 0 })
const work = await mkdtemp(join(tmpdir(), 'bench-routes-'))
const rows = new Map<string, Map<number, string>>()
const log = (line: string) => console.error(line)

function record(route: string, size: number, text: string): void {
  if (!rows.has(route)) rows.set(route, new Map())
  rows.get(route)?.set(size, text)
  log(`${size} files, ${route}: ${text}`)
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = process.hrtime.bigint()
  const value = await run()
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, value }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const fmt = (ms: number) => (ms >= 100 ? `${Math.round(ms)}` : ms.toFixed(1))

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  const send = () =>
    fetch(`${hub.url}${path}`, {
      ...init,
      headers: { ...AUTH, ...(init.headers as Record<string, string>) }
    })
  // A kept-alive connection the server just closed (idle while a fixture was built): once more.
  const res = await send().catch(send)
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`)
  return res
}

/** A source file of 1–8 KiB, like bench/fixtures.ts writes. */
function sourceFile(i: number): { path: string; content: Buffer } {
  const lines = 20 + ((i * 37) % 180)
  const body = Array.from(
    { length: lines },
    (_, n) => `value_${i}_${n} = ${n * i} # line ${n} of file ${i}\n`
  ).join('')
  return {
    path: `pkg${i % 10}/module${Math.floor(i / 10) % 10}/file${i}.py`,
    content: Buffer.from(body)
  }
}

/** Uploads `content` as an LFS object (batch + basic PUT); returns its oid. */
async function uploadLfs(space: string, content: Buffer): Promise<string> {
  const oid = createHash('sha256').update(content).digest('hex')
  const res = await request(`/spaces/${space}.git/info/lfs/objects/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/vnd.git-lfs+json' },
    body: JSON.stringify({
      operation: 'upload',
      transfers: ['basic'],
      objects: [{ oid, size: content.length }]
    })
  })
  const answer = (await res.json()) as { objects: { actions?: { upload?: { href: string } } }[] }
  const href = answer.objects[0].actions?.upload?.href
  if (href) {
    const put = await fetch(href, { method: 'PUT', body: content })
    if (!put.ok) throw new Error(`LFS PUT: ${put.status}`)
  }
  return oid
}

function line(key: string, value: Record<string, unknown>): Buffer {
  return Buffer.from(JSON.stringify({ key, value }) + '\n')
}

/**
 * Sends a commit from another process (curl), as clients do: a body of tens of MB streamed by a
 * client in this process would take the emulator's CPU. The time includes curl's start (~10 ms).
 */
async function commit(space: string, lines: Buffer[]): Promise<number> {
  const file = join(work, 'body.ndjson')
  await writeFile(file, Buffer.concat(lines))
  const args = ['-sS', '-f', '-o', '/dev/null', '-H', `authorization: ${AUTH.authorization}`]
  args.push('-H', 'content-type: application/x-ndjson', '--data-binary', `@${file}`)
  const { ms } = await timed(
    () =>
      new Promise<void>((done, fail) =>
        execFile('curl', [...args, `${hub.url}/api/spaces/${space}/commit/main`], (error) =>
          error ? fail(error) : done()
        )
      )
  )
  return ms
}

async function benchSize(size: number): Promise<void> {
  const space = `user/routes-${size}`
  await hub.repos.create({
    type: 'space',
    namespace: 'user',
    name: `routes-${size}`,
    sdk: 'gradio'
  })
  const header = line('header', { summary: `Add ${size} files` })
  const lines = [header]
  const paths: string[] = []
  for (let i = 0; i < size - LFS_FILES; i++) {
    const { path, content } = sourceFile(i)
    paths.push(path)
    lines.push(line('file', { path, content: content.toString('base64'), encoding: 'base64' }))
  }
  for (let i = 0; i < LFS_FILES; i++) {
    const content = Buffer.alloc(4096 + i, i)
    const path = `assets/clip${i}.bin`
    paths.push(path)
    lines.push(line('lfsFile', { path, algo: 'sha256', oid: await uploadLfs(space, content) }))
  }
  const bodyMb = lines.reduce((n, b) => n + b.length, 0) / 1e6
  record('commit, all files (first deploy)', size, `${fmt(await commit(space, lines))}`)
  log(`  (body ${bodyMb.toFixed(1)} MB)`)

  // The pages a client reads after a commit: the first request meets cold caches.
  const pages: number[] = []
  let next: string | undefined = `/api/spaces/${space}/tree/main?recursive=true&expand=false`
  while (next) {
    const page = await timed(() => request(next as string))
    await page.value.json()
    pages.push(page.ms)
    const link = /<([^>]+)>/.exec(page.value.headers.get('link') ?? '')?.[1]
    next = link && new URL(link).pathname + new URL(link).search
  }
  record(
    'tree, recursive: page 1 / median of pages 2..n / all pages',
    size,
    `${fmt(pages[0])} / ${pages.length > 1 ? fmt(median(pages.slice(1))) : '-'} / ${fmt(pages.reduce((a, b) => a + b, 0))} (${pages.length} p.)`
  )

  const sample = paths.filter((_, i) => i % Math.max(1, Math.floor(paths.length / 500)) === 0)
  const wanted = sample.slice(0, 500)
  const repeat = async (route: string, run: () => Promise<unknown>) => {
    const times: number[] = []
    for (let i = 0; i <= REPS; i++) times.push((await timed(run)).ms)
    record(route, size, `${fmt(times[0])} / ${fmt(median(times.slice(1)))}`)
  }
  await repeat('paths-info, 500 paths: first / warm', async () =>
    (
      await request(`/api/spaces/${space}/paths-info/main`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ paths: wanted, expand: false })
      })
    ).json()
  )
  await repeat('preupload, 500 paths: first / warm', async () =>
    (
      await request(`/api/spaces/${space}/preupload/main`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          files: wanted.map((path) => ({ path, size: 100, sample: '' }))
        })
      })
    ).json()
  )
  await repeat('repo info GET /api/spaces/{id}: first / warm', async () =>
    (await request(`/api/spaces/${space}`)).json()
  )
  await repeat('repo info /revision/main?blobs=true: first / warm', async () =>
    (await request(`/api/spaces/${space}/revision/main?blobs=true`)).json()
  )

  // A redeploy that changes one file: a small commit on top of the big tree.
  const small: number[] = []
  for (let i = 0; i < REPS; i++) {
    const changed = line('file', {
      path: paths[i],
      content: Buffer.from(`# change ${i}\n`).toString('base64'),
      encoding: 'base64'
    })
    small.push(await commit(space, [line('header', { summary: `Change ${i}` }), changed]))
  }
  record('commit, one file changed: median', size, fmt(median(small)))
}

try {
  for (const size of SIZES) await benchSize(size)
  const header = `| route (ms) | ${SIZES.map((s) => `${s.toLocaleString('en-US')} files`).join(' | ')} |`
  const out = [header, `|---|${SIZES.map(() => '---:').join('|')}|`]
  for (const [route, bySize] of rows) {
    out.push(`| ${route} | ${SIZES.map((s) => bySize.get(s) ?? '-').join(' | ')} |`)
  }
  console.log(out.join('\n'))
} finally {
  await hub.close()
  await rm(work, { recursive: true, force: true })
}
