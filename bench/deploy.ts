/**
 * Deploy benchmarks against the local Hub emulator, each tool side by side in one run:
 *   (a) a 1,000-file tree redeployed unchanged, (b) the same tree with one file changed,
 *   (c) a 2 GiB binary file (peak RSS, throughput, vs a raw `curl` PUT to the same emulator),
 *   (d) the same deploys by the official @huggingface/hub `uploadFiles` and by the docs' git recipe
 *       (clone, copy, commit, push through `git http-backend`).
 * Bytes are counted by the emulator: sent = request lines, headers and bodies it received;
 * received = response bodies it sent. Prints JSON, then a markdown table.
 *
 *   npx tsx bench/deploy.ts [--big-mib 2048] [--files 1000]
 */
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { EMULATOR_TOKENS, HubEmulator, type EmulatedRepo } from '../emulator/index.js'
import { writeRandomFile, writeSourceTree } from './fixtures.js'
import { actionEnv, measureNode } from './measure.js'

const { values } = parseArgs({
  options: {
    'big-mib': { type: 'string', default: '2048' },
    files: { type: 'string', default: '1000' },
    only: { type: 'string' }
  }
})
const BIG_BYTES = Number(values['big-mib']) * 1024 * 1024
const FILE_COUNT = Number(values.files)
const TOKEN = EMULATOR_TOKENS.write

interface Row {
  scenario: string
  tool: string
  commits: number
  requests: number
  bytes_sent: number
  bytes_received: number
  wall_ms: number
  peak_rss_mb: number | null
  ok: boolean
  /** Big-file scenarios: MiB per second of wall time. */
  throughput_mib_s?: number
}

const hub = await HubEmulator.start()
const work = await mkdtemp(join(tmpdir(), 'bench-deploy-'))
const rows: Row[] = []

/** Runs `task` and records what the emulator saw meanwhile. */
async function measure(
  scenario: string,
  tool: string,
  repo: EmulatedRepo,
  task: () => Promise<{ ok: boolean; rss?: number }>
): Promise<Row> {
  const firstRequest = hub.requests.length
  const commitsBefore = await repo.git.countCommits('main')
  const started = process.hrtime.bigint()
  const { ok, rss } = await task()
  const wall = Number(process.hrtime.bigint() - started) / 1e6
  const seen = hub.requests.slice(firstRequest).filter((r) => !r.path.startsWith('/_emulator'))
  const row: Row = {
    scenario,
    tool,
    commits: (await repo.git.countCommits('main')) - commitsBefore,
    requests: seen.length,
    bytes_sent: seen.reduce((n, r) => n + r.bytesIn, 0),
    bytes_received: seen.reduce((n, r) => n + r.bytesOut, 0),
    wall_ms: Math.round(wall),
    peak_rss_mb: rss ?? null,
    ok
  }
  rows.push(row)
  console.error(`${scenario} / ${tool}: ${JSON.stringify(row)}`)
  return row
}

function action(space: string, folder: string) {
  return async () => {
    const dir = await mkdtemp(join(work, 'run-'))
    const env = actionEnv(
      {
        mode: 'deploy',
        repo_id: space,
        path: folder,
        token: TOKEN,
        endpoint: hub.url,
        wait: 'false'
      },
      dir
    )
    await writeFile(env.GITHUB_OUTPUT, '')
    await writeFile(env.GITHUB_STEP_SUMMARY, '')
    const m = await measureNode(['dist/index.js'], env)
    if (m.exitCode !== 0) console.error(m.stdout, m.stderr)
    return { ok: m.exitCode === 0, rss: m.peakRssMb }
  }
}

function official(space: string, folder: string) {
  return async () => {
    const m = await measureNode(
      ['--import', 'tsx', 'bench/official-upload.ts', hub.url, TOKEN, space, folder],
      {},
      process.cwd()
    )
    if (m.exitCode !== 0) console.error(m.stdout, m.stderr)
    return { ok: m.exitCode === 0, rss: m.peakRssMb }
  }
}

/** The docs' recipe: a full clone, the folder copied over it, commit, push (token in a header). */
function gitRecipe(space: string, folder: string) {
  return async () => {
    const clone = await mkdtemp(join(work, 'clone-'))
    const env = {
      ...process.env,
      GIT_TERMINAL_PROMPT: '0',
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'http.extraHeader',
      GIT_CONFIG_VALUE_0: `Authorization: Bearer ${TOKEN}`,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com'
    }
    const git = (args: string[], cwd?: string) =>
      new Promise<number>((resolve) =>
        execFile('git', args, { cwd, env, maxBuffer: 1 << 26 }, (e) => resolve(e ? 1 : 0))
      )
    let ok = (await git(['clone', '-q', `${hub.url}/spaces/${space}`, clone])) === 0
    for (const entry of await readdir(clone))
      if (entry !== '.git' && entry !== '.gitattributes')
        await rm(join(clone, entry), { recursive: true })
    await cp(folder, clone, { recursive: true })
    ok &&= (await git(['add', '-A'], clone)) === 0
    // "nothing to commit" is the recipe's normal end for an unchanged tree.
    if ((await git(['commit', '-q', '-m', 'Deploy with git'], clone)) === 0)
      ok &&= (await git(['push', '-q', 'origin', 'HEAD:main'], clone)) === 0
    return { ok }
  }
}

/** The baseline for big files: curl PUTting the file to a presigned LFS upload URL of the emulator. */
async function rawPut(
  space: string,
  file: string,
  oid: string,
  size: number
): Promise<{ ok: boolean }> {
  const res = await fetch(`${hub.url}/spaces/${space}.git/info/lfs/objects/batch`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/vnd.git-lfs+json',
      accept: 'application/vnd.git-lfs+json'
    },
    body: JSON.stringify({
      operation: 'upload',
      transfers: ['basic'],
      hash_algo: 'sha256',
      objects: [{ oid, size }]
    })
  })
  const href = ((await res.json()) as { objects: { actions?: { upload?: { href: string } } }[] })
    .objects[0].actions?.upload?.href
  if (!href) return { ok: false }
  const code = await new Promise<number>((resolve) =>
    execFile('curl', ['-sS', '-f', '-T', file, href], (e) => resolve(e ? 1 : 0))
  )
  return { ok: code === 0 }
}

async function sha256Of(file: string): Promise<string> {
  const out = await new Promise<string>((resolve, reject) =>
    execFile('sha256sum', [file], (e, stdout) => (e ? reject(e) : resolve(stdout)))
  )
  return out.split(' ')[0]
}

try {
  if (values.only !== 'big') await treeScenarios()
  if (values.only !== 'tree') await bigFileScenarios()
  console.log(
    JSON.stringify(
      { node: process.version, files: FILE_COUNT, big_file_bytes: BIG_BYTES, rows },
      null,
      2
    )
  )
  console.log(markdownTable(rows))
} finally {
  await hub.close()
  await rm(work, { recursive: true, force: true })
}

/** (a), (b) and (d) on the 1,000-file tree: one Space per tool, same content. */
async function treeScenarios(): Promise<void> {
  const tree = join(work, 'tree')
  const paths = await writeSourceTree(tree, FILE_COUNT)
  const tools = { action, official, 'git recipe': gitRecipe } as const
  for (const [tool, runner] of Object.entries(tools)) {
    const name = `tree-${tool.replace(/\W+/g, '-')}`
    const repo = await hub.repos.create({ type: 'space', namespace: 'user', name, sdk: 'gradio' })
    await measure(`initial deploy, ${paths.length} files`, tool, repo, runner(`user/${name}`, tree))
    await measure('(a) unchanged redeploy', tool, repo, runner(`user/${name}`, tree))
  }
  await writeFile(
    join(tree, paths[Math.floor(paths.length / 2)]),
    `# changed\n${'x = 1\n'.repeat(400)}`
  )
  const changedBytes = (await stat(join(tree, paths[Math.floor(paths.length / 2)]))).size
  for (const [tool, runner] of Object.entries(tools)) {
    const name = `tree-${tool.replace(/\W+/g, '-')}`
    const repo = hub.repos.get('space', `user/${name}`) as EmulatedRepo
    await measure(
      `(b) one file changed (${changedBytes} B)`,
      tool,
      repo,
      runner(`user/${name}`, tree)
    )
  }
}

/**
 * (c) one big binary file. The action runs twice: with the emulator offering multipart (as the
 * Hub does for big objects) and with basic transfers only — the raw PUT's transfer, so the gap
 * between those two is the storage's multipart cost, not the action's.
 */
async function bigFileScenarios(): Promise<void> {
  const bigFolder = join(work, 'big')
  const bigFile = join(bigFolder, 'weights.bin')
  await writeRandomFile(bigFile, BIG_BYTES)
  const oid = await sha256Of(bigFile)
  const label = `(c) ${Math.round(BIG_BYTES / 1048576)} MiB binary file`
  const multipart = hub.lfsOptions.multipartThreshold
  const tools: [string, (space: string) => () => Promise<{ ok: boolean; rss?: number }>, number][] =
    [
      ['raw curl PUT', (space) => () => rawPut(space, bigFile, oid, BIG_BYTES), multipart],
      ['action', (space) => action(space, bigFolder), multipart],
      ['action, basic transfer', (space) => action(space, bigFolder), Infinity],
      ['official', (space) => official(space, bigFolder), multipart]
    ]
  for (const [tool, run, threshold] of tools) {
    hub.lfsOptions.multipartThreshold = threshold
    const name = `big-${tool.replace(/\W+/g, '-')}`
    const repo = await hub.repos.create({ type: 'space', namespace: 'user', name, sdk: 'gradio' })
    const row = await measure(label, tool, repo, run(`user/${name}`))
    row.throughput_mib_s = Math.round(BIG_BYTES / 1048576 / (row.wall_ms / 1000))
  }
  hub.lfsOptions.multipartThreshold = multipart
  await rm(bigFolder, { recursive: true, force: true })
}

function markdownTable(all: Row[]): string {
  const kib = (n: number) =>
    n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1048576).toFixed(1)} MiB`
  const lines = [
    '| scenario | tool | commits | requests | sent | received | wall | peak RSS | MiB/s |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
  ]
  for (const r of all) {
    lines.push(
      `| ${r.scenario} | ${r.tool}${r.ok ? '' : ' (failed)'} | ${r.commits} | ${r.requests} | ${kib(r.bytes_sent)} | ${kib(r.bytes_received)} | ${(r.wall_ms / 1000).toFixed(2)} s | ${r.peak_rss_mb === null ? 'n/a' : `${r.peak_rss_mb} MB`} | ${r.throughput_mib_s ?? ''} |`
    )
  }
  return lines.join('\n')
}
