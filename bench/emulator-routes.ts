/**
 * How long the emulator itself takes to handle the routes the benchmarks lean on, at 0 ms latency,
 * for Spaces of 1,000, 10,000 and 50,000 files: the first commit of all files (NDJSON, inline
 * small files plus a few LFS files), a one-file commit on top, every page of the recursive tree
 * listing, paths-info and preupload of 500 paths, and the repo info. The emulator lives in this
 * process; times are the client's wall per request, to the last byte of the answer (not parsed),
 * over a kept-alive loopback connection; commits are sent by curl. A 300-file run goes first,
 * unrecorded, so that the code measured is warm. "first" is the first request after the commit
 * (cold caches), "warm" the median of the next ones.
 *
 * Then the LFS storage's throughput for one large object, basic PUT against multipart.
 *
 *   npx tsx bench/emulator-routes.ts [--sizes 1000,10000,50000] [--reps 5] [--lfs-mib 512]
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { EMULATOR_TOKENS, HubEmulator } from '../emulator/index.js'
import { writeRandomFile } from './fixtures.js'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    reps: { type: 'string', default: '5' },
    'lfs-mib': { type: 'string', default: '512' }
  }
})
const SIZES = values.sizes.split(',').filter(Boolean).map(Number)
const REPS = Number(values.reps)
const LFS_MIB = Number(values['lfs-mib'])
const AUTH = { authorization: `Bearer ${EMULATOR_TOKENS.write}` }
/** Files of the unrecorded run first, so that the code measured is warm. */
const WARM_UP = 300
/** LFS files per commit, as in the benchmark's 998-file Space folder (16 assets). */
const LFS_FILES = 16

const hub = await HubEmulator.start({ latencyMs: 0 })
const work = await mkdtemp(join(tmpdir(), 'bench-routes-'))
const rows = new Map<string, Map<number, string>>()
const log = (line: string) => console.error(line)

/** Off while warming up: the first requests of a process run cold code. */
let recording = true

function record(route: string, size: number, text: string): void {
  if (!recording) return
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
  await writeFile(file, lines)
  const { ms } = await timed(() =>
    curl([
      ...['-o', '/dev/null', '-H', `authorization: ${AUTH.authorization}`],
      ...['-H', 'content-type: application/x-ndjson', '--data-binary', `@${file}`],
      `${hub.url}/api/spaces/${space}/commit/main`
    ])
  )
  return ms
}

/** Runs curl (failing on HTTP errors); answers what it printed. */
function curl(args: string[]): Promise<string> {
  return new Promise((done, fail) =>
    execFile('curl', ['-sS', '-f', ...args], { maxBuffer: 1 << 24 }, (error, out) =>
      error ? fail(error) : done(out)
    )
  )
}

/**
 * The storage's throughput for one large object, sent by curl: one basic PUT (`curl -T`, as
 * bench/goals.ts's raw baseline), and a multipart upload of 16 MiB parts, four at a time (as the
 * action sends them) from one curl, completion included.
 */
async function lfsThroughput(mib: number): Promise<void> {
  const file = join(work, 'object.bin')
  await writeRandomFile(file, mib * 1048576)
  const oid = await sha256File(file)
  const size = mib * 1048576
  const transfer = async (label: string, transfers: string[]) => {
    const name = `lfs-${label}`
    await hub.repos.create({ type: 'model', namespace: 'user', name })
    const res = await request(`/user/${name}.git/info/lfs/objects/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.git-lfs+json' },
      body: JSON.stringify({ operation: 'upload', transfers, objects: [{ oid, size }] })
    })
    const answer = (await res.json()) as {
      objects: { actions: { upload: { href: string; header?: Record<string, string> } } }[]
    }
    const { href, header } = answer.objects[0].actions.upload
    const parts = Object.keys(header ?? {}).filter((key) => /^\d+$/.test(key))
    // Part files made beforehand: curl sends a whole file.
    const chunk = Number(header?.chunk_size)
    for (const [i] of parts.entries()) {
      const handle = await open(file)
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(chunk), 0, chunk, i * chunk)
      await handle.close()
      await writeFile(join(work, `part${i + 1}`), buffer.subarray(0, bytesRead))
    }
    const { ms } = await timed(async () => {
      if (parts.length === 0) return void (await curl(['-o', '/dev/null', '-T', file, href]))
      // One curl for all parts, four transfers at a time, each printing its URL and ETag.
      const transfers = parts.flatMap((key, i) => [
        '-T',
        join(work, `part${i + 1}`),
        header?.[key] as string
      ])
      const out = await curl([
        '-Z',
        '--parallel-max',
        '4',
        '-o',
        '/dev/null',
        '-w',
        '%{url} %header{etag}\n',
        ...transfers
      ])
      const etagOf = new Map(
        out
          .trim()
          .split('\n')
          .map((l) => l.split(' ') as [string, string])
      )
      const etags = parts.map((key) => etagOf.get(header?.[key] as string) as string)
      const body = { oid, parts: etags.map((etag, i) => ({ partNumber: i + 1, etag })) }
      await curl([
        '-o',
        '/dev/null',
        '-H',
        'content-type: application/json',
        '--data-binary',
        JSON.stringify(body),
        href
      ])
    })
    return mib / (ms / 1000)
  }
  const basic = await transfer('basic', ['basic'])
  hub.lfsOptions.multipartThreshold = 1
  const multipart = await transfer('multipart', ['basic', 'multipart'])
  console.log(
    `LFS storage, ${mib} MiB object: basic PUT ${basic.toFixed(0)} MiB/s, multipart (16 MiB parts, 4 at a time) ${multipart.toFixed(0)} MiB/s (${((multipart / basic) * 100).toFixed(0)} % of basic)`
  )
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Commits `size` files to `space` (a few of them LFS); answers their paths. */
async function firstDeploy(space: string, size: number): Promise<string[]> {
  // Built here, so the body is garbage once sent (it would slow the emulator's GC down).
  const lines = [line('header', { summary: `Add ${size} files` })]
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
  return paths
}

async function benchSize(size: number): Promise<void> {
  const space = `user/routes-${size}`
  await hub.repos.create({
    type: 'space',
    namespace: 'user',
    name: `routes-${size}`,
    sdk: 'gradio'
  })
  const paths = await firstDeploy(space, size)

  // The pages a client reads after a commit: the first request meets cold caches.
  const pages: number[] = []
  let next: string | undefined = `/api/spaces/${space}/tree/main?recursive=true&expand=false`
  while (next) {
    const page = await timed(() => request(next as string))
    await page.value.arrayBuffer()
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
    ).arrayBuffer()
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
    ).arrayBuffer()
  )
  await repeat('repo info GET /api/spaces/{id}: first / warm', async () =>
    (await request(`/api/spaces/${space}`)).arrayBuffer()
  )
  await repeat('repo info /revision/main?blobs=true: first / warm', async () =>
    (await request(`/api/spaces/${space}/revision/main?blobs=true`)).arrayBuffer()
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
  recording = false
  await benchSize(WARM_UP)
  recording = true
  for (const size of SIZES) await benchSize(size)
  if (LFS_MIB > 0) await lfsThroughput(LFS_MIB)
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
