/**
 * `npm run bench`: every benchmark script, one after the other (each prints its own table).
 * Extra arguments go to each script.
 */
import { spawnSync } from 'node:child_process'

const SCRIPTS = [
  // Issue 9's goals: one table of ratios against the official clients, 40 ms per round trip.
  'bench/goals.ts'
]

for (const script of SCRIPTS) {
  console.error(`\n== ${script}`)
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...process.argv.slice(2)], {
    stdio: 'inherit'
  })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
