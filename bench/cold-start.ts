/**
 * Cold start of `mode: status`: the bundled action (dist/index.js) against the emulator, beside a
 * bare node script doing the same single request. Median of 10 runs after one warm-up each.
 * Prints JSON.
 *
 *   npx tsx bench/cold-start.ts
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EMULATOR_TOKENS, HubEmulator } from '../emulator/index.js'
import { seedSpace } from '../__tests__/helpers/spaces.js'
import { actionEnv, measureNode, median } from './measure.js'

const RUNS = 10
const hub = await HubEmulator.start()
const dir = await mkdtemp(join(tmpdir(), 'bench-cold-'))
try {
  await seedSpace(hub, 'user/bench-status')
  const inputs = {
    repo_id: 'user/bench-status',
    token: EMULATOR_TOKENS.write,
    endpoint: hub.url,
    mode: 'status'
  }
  const env = actionEnv(inputs, dir)
  const timeIt = async (...args: string[]) => {
    const times: number[] = []
    const rss: number[] = []
    for (let i = 0; i <= RUNS; i++) {
      await writeFile(env.GITHUB_OUTPUT, '')
      await writeFile(env.GITHUB_STEP_SUMMARY, '')
      const m = await measureNode(args, env)
      if (m.exitCode !== 0) throw new Error(`${args.join(' ')} failed: ${m.stdout}${m.stderr}`)
      if (i > 0) {
        times.push(m.wallMs)
        rss.push(m.peakRssMb)
      }
    }
    return {
      median_ms: Math.round(median(times)),
      min_ms: Math.round(Math.min(...times)),
      peak_rss_mb: Math.round(median(rss) * 10) / 10
    }
  }
  const action = await timeIt('dist/index.js')
  const bare = await timeIt('bench/bare-status.mjs')
  const nodeOnly = await timeIt('-e', '0')
  console.log(
    JSON.stringify(
      {
        node: process.version,
        bundle_bytes: (await stat('dist/index.js')).size,
        runs: RUNS,
        action_status: action,
        bare_node_same_request: bare,
        node_e0: nodeOnly,
        overhead_vs_bare_ms: action.median_ms - bare.median_ms
      },
      null,
      2
    )
  )
} finally {
  await rm(dir, { recursive: true, force: true })
  await hub.close()
}
