/**
 * Runs every benchmark in turn, each in its own process so one's memory and timers cannot skew
 * the next. Add a benchmark by adding its script to BENCHMARKS. `npm run bench` rebuilds dist/
 * first (the benchmarks run the bundle, as the runner does).
 *
 *   npx tsx bench/run-all.ts [name ...]   (names from BENCHMARKS, e.g. `cold-start`; default: all)
 */
import { spawn } from 'node:child_process'
import { basename } from 'node:path'

const BENCHMARKS = ['bench/goals.ts', 'bench/deploy.ts', 'bench/cold-start.ts']

const nameOf = (script: string) => basename(script, '.ts')
const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !BENCHMARKS.some((script) => nameOf(script) === name))
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark ${unknown.join(', ')}: use one of ${BENCHMARKS.map(nameOf).join(', ')}.`
  )
  process.exit(2)
}

function runScript(script: string): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' })
    child.on('error', fail)
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)))
  })
}

const failed: string[] = []
for (const script of BENCHMARKS.filter((s) => wanted.length === 0 || wanted.includes(nameOf(s)))) {
  console.log(`\n## ${nameOf(script)} (${script})\n`)
  if ((await runScript(script)) !== 0) failed.push(nameOf(script))
}
if (failed.length > 0) {
  console.error(`Benchmarks that failed: ${failed.join(', ')}.`)
  process.exit(1)
}
