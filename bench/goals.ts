/**
 * The performance goals of issue 9, measured side by side in one run against the local Hub
 * emulator with 40 ms added per round trip (and per new connection), and printed as one table of
 * ratios. Baselines: huggingface_hub's `upload_folder` (the engine of huggingface/hub-sync, Xet
 * off) in a venv this script creates under .cache/ when python3 is there, @huggingface/hub's
 * `uploadFiles`, a bare `node` fetch, and a raw `curl` PUT.
 *
 *   npx tsx bench/goals.ts [--only space,small,cold,wake,big] [--reps 3] [--big-mib 2048]
 *
 * Build dist/ first (`npm run build`): the action runs as the runner runs it, on Node 24.
 */
import { execFile, execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { EMULATOR_TOKENS, HubEmulator } from '../emulator/index.js'
import { seedSpace } from '../__tests__/helpers/spaces.js'
import { writeRandomFile, writeSourceTree } from './fixtures.js'
import { actionEnv, measureNode, median, spawnMeasured, type Measurement } from './measure.js'

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'space,small,cold,wake,big' },
    reps: { type: 'string', default: '3' },
    'big-mib': { type: 'string', default: '2048' },
    'latency-ms': { type: 'string', default: '40' },
    'small-files': { type: 'string', default: '10000,50000' }
  }
})
const ONLY = new Set(values.only.split(','))
const REPS = Number(values.reps)
const LATENCY = Number(values['latency-ms'])
const TOKEN = EMULATOR_TOKENS.write

interface Goal {
  goal: string
  action: number
  baseline: number
  /** `ratio`: action / baseline must be ≤ target; `floor`: ≥ target; `max`: action ≤ target. */
  kind: 'ratio' | 'floor' | 'max'
  target: number
  unit: string
  note?: string
}

const goals: Goal[] = []
const log = (line: string) => console.error(line)
const hub = await HubEmulator.start()
const work = await mkdtemp(join(tmpdir(), 'bench-goals-'))
const python = await pythonEngine()

// ---------------------------------------------------------------------------------------------
// Tools

/** The runner's Node (action.yml: `runs.using: node24`), which every action row but one uses. */
const NODE24 = execFileSync('scripts/with-node24.sh', ['node', '-p', 'process.execPath'], {
  stdio: ['ignore', 'pipe', 'ignore']
})
  .toString()
  .trim()

async function action(inputs: Record<string, string>, node = NODE24) {
  const dir = await mkdtemp(join(work, 'run-'))
  const env = actionEnv({ token: TOKEN, endpoint: hub.url, wait: 'false', ...inputs }, dir)
  await writeFile(env.GITHUB_OUTPUT, '')
  await writeFile(env.GITHUB_STEP_SUMMARY, '')
  const m = await measureNode(['dist/index.js'], env, undefined, node)
  if (m.exitCode !== 0) log(`action failed: ${m.stdout.slice(-2000)}${m.stderr.slice(-2000)}`)
  return { ...m, outputs: await readFile(env.GITHUB_OUTPUT, 'utf8') }
}

const deployAction = (space: string, folder: string) =>
  action({ mode: 'deploy', repo_id: space, path: folder })

async function engine(space: string, folder: string): Promise<Measurement | undefined> {
  if ('skip' in python) return undefined
  const rss = join(work, `rss-${Date.now()}`)
  const m = await spawnMeasured(
    python.bin,
    [resolve('bench/python-upload.py'), hub.url, TOKEN, space, folder, rss],
    { HF_HUB_DISABLE_XET: '1', HF_HUB_DISABLE_PROGRESS_BARS: '1', HF_HUB_DISABLE_TELEMETRY: '1' }
  )
  if (m.exitCode !== 0) log(`huggingface_hub failed: ${m.stderr.slice(-3000)}`)
  const kb = Number(await readFile(rss, 'utf8').catch(() => '0'))
  return { ...m, peakRssMb: Math.round(kb / 102.4) / 10 }
}

async function hfjs(space: string, folder: string): Promise<Measurement> {
  const m = await measureNode(
    ['--import', 'tsx', 'bench/official-upload.ts', hub.url, TOKEN, space, folder],
    {}
  )
  if (m.exitCode !== 0) log(`@huggingface/hub failed: ${m.stderr.slice(-2000)}`)
  return m
}

/** A venv under .cache/ with huggingface_hub 2.0.0, or why there is none. */
async function pythonEngine(): Promise<{ bin: string } | { skip: string }> {
  const venv = resolve('.cache/bench-venv')
  const bin = join(venv, 'bin', 'python')
  const run = (cmd: string, args: string[]) =>
    new Promise<string | undefined>((done) =>
      execFile(cmd, args, { maxBuffer: 1 << 24 }, (error, _out, err) =>
        done(error ? `${cmd} ${args.join(' ')}: ${err.trim().split('\n').pop()}` : undefined)
      )
    )
  if (!existsSync(bin)) {
    const failed =
      (await run('python3', ['-m', 'venv', venv])) ??
      (await run(join(venv, 'bin', 'pip'), ['install', '-q', 'huggingface_hub==2.0.0']))
    if (failed) {
      await rm(venv, { recursive: true, force: true })
      log(`huggingface_hub rows skipped: ${failed}`)
      return { skip: failed }
    }
  }
  return { bin }
}

// ---------------------------------------------------------------------------------------------
// Scenarios

/**
 * 998 files, ~82 MB: a Space's sources, its requirements, and 16 binary assets (one of 2 MiB).
 * No README.md: huggingface_hub validates its YAML through /api/validate-yaml first.
 */
async function writeSpaceFolder(dir: string): Promise<{ text: string; binary: string }> {
  const paths = await writeSourceTree(dir, 980)
  await writeFile(join(dir, 'requirements.txt'), 'gradio\nnumpy\n')
  for (let i = 0; i < 15; i++)
    await writeRandomFile(join(dir, `assets/clip${i}.bin`), Math.round(4.8 * 1048576))
  await writeRandomFile(join(dir, 'assets/small.bin'), 2 * 1048576)
  return { text: paths[Math.floor(paths.length / 2)], binary: 'assets/small.bin' }
}

async function spaceFolder(): Promise<void> {
  const folder = join(work, 'space')
  const { text, binary } = await writeSpaceFolder(folder)
  const tools = {
    action: (s: string) => deployAction(s, folder),
    engine: (s: string) => engine(s, folder),
    hfjs: (s: string) => hfjs(s, folder)
  }
  for (const tool of Object.keys(tools)) await seedSpace(hub, `user/space-${tool}`)
  hub.latency.ms = 0
  for (const [tool, run] of Object.entries(tools)) await run(`user/space-${tool}`)
  hub.latency.ms = LATENCY
  const scenario = async (label: string, change: (rep: number) => Promise<void>) => {
    const walls: Record<string, number[]> = { action: [], engine: [], hfjs: [] }
    for (let rep = 0; rep < REPS; rep++) {
      await change(rep)
      for (const [tool, run] of Object.entries(tools)) {
        // @huggingface/hub re-sends every file each time (a minute here): one run, for scale.
        if (tool === 'hfjs' && (rep > 0 || label !== 'unchanged')) continue
        const m = await run(`user/space-${tool}`)
        if (m?.exitCode === 0) walls[tool].push(m.wallMs)
        log(`${label} / ${tool}: ${m ? Math.round(m.wallMs) : 'skipped'} ms`)
      }
    }
    return walls
  }
  const goal = (label: string, target: number, walls: Record<string, number[]>) => {
    if (walls.engine.length === 0 || walls.action.length === 0) return
    goals.push({
      goal: `998 files / 82 MB, ${label}`,
      action: median(walls.action),
      baseline: median(walls.engine),
      kind: 'ratio',
      target,
      unit: 'ms',
      note:
        walls.hfjs.length > 0 ? `@huggingface/hub: ${Math.round(median(walls.hfjs))} ms` : undefined
    })
  }
  goal('unchanged redeploy', 0.25, await scenario('unchanged', async () => undefined))
  goal(
    'one text file changed',
    0.4,
    await scenario('text changed', (rep) =>
      writeFile(join(folder, text), `# change ${rep}\n${'x = 1\n'.repeat(400 + rep)}`)
    )
  )
  goal(
    'one 2 MiB binary changed',
    0.45,
    await scenario('binary changed', () => writeRandomFile(join(folder, binary), 2 * 1048576))
  )
}

async function smallFiles(): Promise<void> {
  for (const count of values['small-files'].split(',').map(Number)) {
    const folder = join(work, `small-${count}`)
    await writeSourceTree(folder, count - 1)
    const spaces = { action: `user/small-${count}-action`, engine: `user/small-${count}-engine` }
    if (count <= 10_000) {
      for (const space of Object.values(spaces)) await seedSpace(hub, space)
      hub.latency.ms = LATENCY
      const a = await deployAction(spaces.action, folder)
      const e = await engine(spaces.engine, folder)
      if (e && a.exitCode === 0 && e.exitCode === 0)
        goals.push({
          goal: `first deploy, ${count.toLocaleString('en-US')} small files`,
          action: a.wallMs,
          baseline: e.wallMs,
          kind: 'ratio',
          target: 0.8,
          unit: 'ms'
        })
    } else {
      await seedSpace(hub, spaces.action)
      // Set up without latency, by the action (the quicker); an unchanged redeploy changes
      // nothing, so both tools then redeploy to that one Space.
      hub.latency.ms = 0
      await deployAction(spaces.action, folder)
      spaces.engine = spaces.action
      hub.latency.ms = LATENCY
    }
    const walls = { action: [] as number[], engine: [] as number[] }
    const rss = { action: [] as number[], engine: [] as number[] }
    const reps = count > 10_000 ? Math.min(REPS, 2) : REPS
    for (let rep = 0; rep < reps; rep++) {
      const a = await deployAction(spaces.action, folder)
      const e = await engine(spaces.engine, folder)
      if (a.exitCode === 0) {
        walls.action.push(a.wallMs)
        rss.action.push(a.peakRssMb)
      }
      if (e?.exitCode === 0) {
        walls.engine.push(e.wallMs)
        rss.engine.push(e.peakRssMb)
      }
      log(`unchanged ${count}: action ${Math.round(a.wallMs)} ms, engine ${e?.wallMs ?? '-'} ms`)
    }
    if (walls.engine.length === 0 || walls.action.length === 0) continue
    const label = `${count.toLocaleString('en-US')} small files, unchanged redeploy`
    goals.push({
      goal: label,
      action: median(walls.action),
      baseline: median(walls.engine),
      kind: 'ratio',
      target: 0.3,
      unit: 'ms'
    })
    goals.push({
      goal: `${label}: peak RSS`,
      action: Math.max(...rss.action),
      baseline: Math.max(...rss.engine),
      kind: 'max',
      target: Math.max(...rss.engine) + 100,
      unit: 'MB',
      note: 'target: the engine + 100 MB'
    })
  }
}

/** `status` against a bare node fetch of the same endpoint, medians of alternating runs. */
async function coldStart(): Promise<void> {
  await seedSpace(hub, 'user/cold')
  hub.latency.ms = LATENCY
  for (const [name, node] of [
    ['Node 20', process.execPath],
    ['Node 24', NODE24]
  ]) {
    const dir = await mkdtemp(join(work, 'cold-'))
    const env = actionEnv({ repo_id: 'user/cold', token: TOKEN, endpoint: hub.url }, dir)
    const times = { action: [] as number[], bare: [] as number[] }
    for (let i = 0; i <= 4 * REPS; i++) {
      await writeFile(env.GITHUB_OUTPUT, '')
      const a = await action({ mode: 'status', repo_id: 'user/cold' }, node)
      const b = await measureNode(['bench/bare-status.mjs'], env, undefined, node)
      if (a.exitCode !== 0 || b.exitCode !== 0) throw new Error(`cold start failed: ${b.stderr}`)
      // The first pair warms the file cache.
      if (i > 0) {
        times.action.push(a.wallMs)
        times.bare.push(b.wallMs)
      }
    }
    goals.push({
      goal: `status cold start, ${name} (${execFileSync(node, ['--version']).toString().trim()})`,
      action: median(times.action),
      baseline: median(times.bare),
      kind: 'ratio',
      target: 1.1,
      unit: 'ms',
      note: `medians of ${times.action.length} runs each`
    })
  }
}

/** `wake` of 200 running Spaces against one; then 200 with 20 % of the runtime reads answered 429. */
async function wakeMany(): Promise<void> {
  hub.latency.ms = 0
  const ids = Array.from({ length: 200 }, (_, i) => `user/fleet-${i}`)
  for (const id of ids) await seedSpace(hub, id)
  hub.latency.ms = LATENCY
  const inputs = (repos: string[]) => ({
    mode: 'wake',
    repo_id: repos.join('\n'),
    ping_app: 'false'
  })
  const one: number[] = []
  for (let i = 0; i < REPS; i++) one.push((await action(inputs([ids[i]]))).wallMs)
  const fleet = await action(inputs(ids))
  goals.push({
    goal: 'wake of 200 Spaces vs one',
    action: fleet.wallMs,
    baseline: median(one),
    kind: 'ratio',
    target: 3,
    unit: 'ms'
  })
  hub.faults.clear(7)
  hub.addFault({ kind: 'status', status: 429, path: '/runtime', probability: 0.2, retryAfter: 1 })
  const first = hub.requests.length
  const limited = await action(inputs(ids))
  hub.faults.clear()
  const seen = hub.requests.slice(first)
  const share = seen.filter((r) => r.status === 429).length / seen.length
  const results = /results<<(\S+)\n([\s\S]*?)\n\1/.exec(limited.outputs)?.[2] ?? '[]'
  const answered = (JSON.parse(results) as { stage?: string; error?: string }[]).filter(
    (r) => r.stage && !r.error
  ).length
  goals.push({
    goal: 'wake of 200 Spaces, 20 % of runtime reads answered 429',
    action: answered,
    baseline: 200,
    kind: 'floor',
    target: 200,
    unit: 'results',
    note: `${(share * 100).toFixed(0)} % of requests were 429; ${Math.round(limited.wallMs)} ms`
  })
}

/** A 2 GiB binary: peak RSS, and throughput against a raw `curl` PUT to the same storage. */
async function bigFile(): Promise<void> {
  hub.latency.ms = LATENCY
  const bytes = Number(values['big-mib']) * 1048576
  const folder = join(work, 'big')
  await mkdir(folder, { recursive: true })
  const file = join(folder, 'weights.bin')
  await writeRandomFile(file, bytes)
  const oid = execFileSync('sha256sum', [file]).toString().split(' ')[0]
  const multipart = hub.lfsOptions.multipartThreshold
  for (const [label, threshold] of [
    ['basic', Infinity],
    ['multipart', multipart]
  ] as const) {
    // The raw PUT goes right before the action's run, both after a sync (the emulator stores
    // what it receives on disk): a disk still writing back the last upload slows the next.
    const raw = await rawPut(`user/big-raw-${label}`, file, oid, bytes)
    hub.lfsOptions.multipartThreshold = threshold
    const space = `user/big-${label}`
    await seedSpace(hub, space)
    execFileSync('sync')
    const m = await deployAction(space, folder)
    const mibs = bytes / 1048576 / (m.wallMs / 1000)
    goals.push({
      goal: `${Math.round(bytes / 1048576)} MiB file, ${label}: throughput (hashing included)`,
      action: mibs,
      baseline: raw,
      kind: 'floor',
      target: 0.7,
      unit: 'MiB/s'
    })
    goals.push({
      goal: `${Math.round(bytes / 1048576)} MiB file, ${label}: peak RSS`,
      action: m.peakRssMb,
      baseline: 200,
      kind: 'max',
      target: 200,
      unit: 'MB'
    })
  }
  hub.lfsOptions.multipartThreshold = multipart
  await rm(folder, { recursive: true, force: true })
}

/** MiB/s of a `curl` PUT of `file` to the emulator's storage, as a new object of `space`. */
async function rawPut(space: string, file: string, oid: string, bytes: number): Promise<number> {
  hub.lfsOptions.multipartThreshold = Infinity
  await seedSpace(hub, space)
  const href = await uploadUrl(space, oid, bytes)
  execFileSync('sync')
  const started = process.hrtime.bigint()
  // Not execFileSync: the emulator receiving the PUT lives in this process.
  await new Promise<void>((done, fail) =>
    execFile('curl', ['-sS', '-f', '-T', file, href], (error) => (error ? fail(error) : done()))
  )
  return bytes / 1048576 / (Number(process.hrtime.bigint() - started) / 1e9)
}

async function uploadUrl(space: string, oid: string, size: number): Promise<string> {
  const res = await fetch(`${hub.url}/spaces/${space}.git/info/lfs/objects/batch`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/vnd.git-lfs+json',
      accept: 'application/vnd.git-lfs+json'
    },
    body: JSON.stringify({ operation: 'upload', transfers: ['basic'], objects: [{ oid, size }] })
  })
  const answer = (await res.json()) as { objects: { actions?: { upload?: { href: string } } }[] }
  const href = answer.objects[0].actions?.upload?.href
  if (!href) throw new Error('no upload URL for the raw PUT')
  return href
}

// ---------------------------------------------------------------------------------------------

function table(): string {
  const fmt = (n: number, unit: string) =>
    unit === 'ms'
      ? `${Math.round(n).toLocaleString('en-US')} ms`
      : `${n.toFixed(unit === 'MiB/s' ? 0 : 1)} ${unit}`
  const lines = [
    `The action on Node ${execFileSync(NODE24, ['--version']).toString().trim()} (the runner's; cold starts: both), ${LATENCY} ms per round trip, ${REPS} repetitions (medians)${'skip' in python ? `; huggingface_hub skipped: ${python.skip}` : ''}`,
    '',
    '| goal | action | baseline | ratio | target | holds |',
    '| --- | ---: | ---: | ---: | ---: | :---: |'
  ]
  for (const g of goals) {
    const ratio = g.action / g.baseline
    const holds =
      g.kind === 'ratio'
        ? ratio <= g.target
        : g.kind === 'floor'
          ? ratio >= (g.unit === 'results' ? 1 : g.target)
          : g.action <= g.target
    const target =
      g.kind === 'ratio'
        ? `≤ ${g.target}×`
        : g.kind === 'floor'
          ? g.unit === 'results'
            ? `${g.target}`
            : `≥ ${g.target}×`
          : `≤ ${fmt(g.target, g.unit)}`
    lines.push(
      `| ${g.goal}${g.note ? ` (${g.note})` : ''} | ${fmt(g.action, g.unit)} | ${fmt(g.baseline, g.unit)} | ${ratio.toFixed(2)}× | ${target} | ${holds ? 'yes' : '**no**'} |`
    )
  }
  return lines.join('\n')
}

try {
  if (ONLY.has('space')) await spaceFolder()
  if (ONLY.has('small')) await smallFiles()
  if (ONLY.has('cold')) await coldStart()
  if (ONLY.has('wake')) await wakeMany()
  if (ONLY.has('big')) await bigFile()
  console.log(table())
} finally {
  await hub.close()
  await rm(work, { recursive: true, force: true })
}
