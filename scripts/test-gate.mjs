/**
 * `npm test`: the whole gate. The static checks (typecheck, lint, check-dist) and fetching Node 24
 * do not depend on one another, so they run side by side, each one's output printed whole when it
 * ends; then jest on this Node (20) and jest on Node 24 (the runner's), one after the other, with
 * their output live. Stops after the first phase that fails, like `a && b && c`, and ends with how
 * long each step took.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

const PHASES = [
  [
    { name: 'typecheck', command: ['npm', 'run', 'typecheck'] },
    { name: 'lint', command: ['npm', 'run', 'lint'] },
    { name: 'check-dist', command: ['npm', 'run', 'check-dist'] },
    { name: 'Node 24 install', command: ['scripts/with-node24.sh', 'node', '--version'] }
  ],
  [{ name: 'test:unit', command: ['npm', 'run', 'test:unit'], live: true }],
  [{ name: 'test:node24', command: ['npm', 'run', 'test:node24'], live: true }]
]

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

/** Runs one step; its output is passed through (live) or kept and printed when it ends. */
function runStep({ name, command: [program, ...args], live = false }) {
  const started = Date.now()
  return new Promise((resolve) => {
    const stdio = live ? 'inherit' : ['ignore', 'pipe', 'pipe']
    const child = spawn(program, args, { cwd: ROOT, stdio })
    const output = []
    child.stdout?.on('data', (chunk) => output.push(chunk))
    child.stderr?.on('data', (chunk) => output.push(chunk))
    let finished = false
    const finish = (code, why) => {
      if (finished) return // a failed spawn reports 'error', then 'close'
      finished = true
      const step = { name, ok: code === 0, ms: Date.now() - started }
      if (why) output.push(Buffer.from(`${name}: ${why}\n`))
      const text = Buffer.concat(output).toString().trimEnd()
      if (!live) process.stdout.write(`\n── ${name} (${seconds(step.ms)}) ──\n${text}\n`)
      else if (text) console.error(text)
      resolve(step)
    }
    child.on('error', (error) => finish(1, error.message))
    child.on('close', (code, signal) => finish(code, signal ? `stopped by ${signal}` : undefined))
  })
}

const started = Date.now()
const steps = []
for (const phase of PHASES) {
  const results = await Promise.all(phase.map(runStep))
  steps.push(...results)
  if (results.some((step) => !step.ok)) break
}
console.log('\nGate steps:')
for (const step of steps)
  console.log(`  ${step.ok ? 'ok  ' : 'FAIL'} ${step.name}: ${seconds(step.ms)}`)
console.log(`  total: ${seconds(Date.now() - started)}`)
const failures = steps.filter((step) => !step.ok).map((step) => step.name)
if (failures.length > 0) {
  console.error(`Failed: ${failures.join(', ')}.`)
  process.exitCode = 1
}
