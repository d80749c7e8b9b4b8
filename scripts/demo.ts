/**
 * The demo: the bundled action (dist/index.js), run exactly as the GitHub runner runs it, against
 * the local Hub emulator. It walks through a Space's life — deploy (creating it), status, restart
 * with wait, pause, wake, empty-commit, a redeploy with nothing to send, and a deploy whose build
 * fails — and prints each step's outputs and job summary.
 *
 *   npm run demo
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EMULATOR_TOKENS, HubEmulator, OUTCOME_MARKER } from '../emulator/index.js'
import { runAction, type ActionRun } from '../__tests__/helpers/run-action.js'

const SPACE = 'user/gradio-demo'
const OUTPUTS = ['stage', 'hardware', 'sleep_time', 'space_url', 'app_url', 'commit_sha', 'changed']

const hub = await HubEmulator.start({ serveApps: true, pollsPerStage: 2 })
console.log(`Hub emulator on ${hub.url} (a local stand-in for https://huggingface.co)\n`)
const common = { token: EMULATOR_TOKENS.write, endpoint: hub.url, repo_id: SPACE }
const app = await mkdtemp(join(tmpdir(), 'demo-space-'))
await cp('examples/demo-space', app, { recursive: true })
let failures = 0

try {
  const deploy = { ...common, mode: 'deploy', path: app }
  await step(
    'deploy: create the Space and publish examples/demo-space as one commit',
    { ...deploy, create: 'true', space_sdk: 'gradio' },
    'RUNNING'
  )
  await step('status: read the runtime', { ...common, mode: 'status' }, 'RUNNING')
  await step('restart: restart and wait until RUNNING', { ...common, mode: 'restart' }, 'RUNNING')
  await step('pause: pause the Space', { ...common, mode: 'pause' }, 'PAUSED')
  await step(
    'wake on a PAUSED Space: left alone (its owner paused it)',
    { ...common, mode: 'wake' },
    'PAUSED'
  )
  await step(
    'restart a paused Space, as a factory rebuild',
    { ...common, mode: 'restart', factory_reboot: 'true' },
    'RUNNING'
  )
  hub.repos.get('space', SPACE)?.runtime?.force('SLEEPING')
  console.log(
    '(the emulator puts the Space to sleep, as the Hub does after 48 h without visitors)\n'
  )
  await step(
    'wake on a SLEEPING Space: restart, wait for RUNNING',
    { ...common, mode: 'wake' },
    'RUNNING'
  )
  await step(
    'wake on a RUNNING Space: no restart, one visit to the app',
    { ...common, mode: 'wake' },
    'RUNNING'
  )
  await step(
    'empty-commit: force a rebuild without changing a file',
    { ...common, mode: 'empty-commit' },
    'RUNNING'
  )
  await step('deploy again, nothing changed: no commit', deploy, 'RUNNING')
  await writeFile(join(app, 'requirements.txt'), 'gradio>=5\nno-such-package==0.0.0\n')
  await writeFile(
    join(app, OUTCOME_MARKER),
    'BUILD_ERROR\nERROR: No matching distribution found for no-such-package==0.0.0\n'
  )
  console.log(
    `(a broken requirements.txt; ${OUTCOME_MARKER} tells the emulator to fail the build)\n`
  )
  await step(
    'deploy a change that fails to build: the step fails with the build log',
    deploy,
    'BUILD_ERROR',
    1
  )
  const visits = hub.repos.get('space', SPACE)?.runtime?.appVisits.length ?? 0
  console.log(`The app saw ${visits} visit(s) from the keep-alive ping.\n`)
} finally {
  await hub.close()
  await rm(app, { recursive: true, force: true })
}
if (failures > 0) {
  console.log(`${failures} demo step(s) did not end as expected.`)
  process.exit(1)
}
console.log('Demo finished: every step ended as expected.')

async function step(
  title: string,
  inputs: Record<string, string>,
  expectStage: string,
  expectExit = 0
): Promise<ActionRun> {
  console.log(`━━ ${title}`)
  const shown = Object.entries(inputs)
    .filter(([name]) => name !== 'endpoint')
    .map(
      ([name, value]) =>
        `${name}: ${name === 'token' ? '***' : name === 'path' ? 'examples/demo-space' : value}`
    )
  console.log(`   with: { ${shown.join(', ')} }`)
  const run = await runAction(inputs, { env: { HF_SPACE_ACTION_POLL_MS: '200' } })
  for (const line of run.stdout.split('\n')) {
    if (line && !line.startsWith('::')) console.log(`   │ ${line}`)
    else if (/^::(error|warning|notice)/.test(line)) console.log(`   │ ${line}`)
  }
  console.log(`   exit code ${run.exitCode}; outputs:`)
  for (const name of OUTPUTS)
    if (run.outputs[name]) console.log(`     ${name.padEnd(12)} ${run.outputs[name]}`)
  console.log('   job summary:')
  for (const line of htmlToText(run.summary)) console.log(`     ${line}`)
  console.log()
  const ok = run.exitCode === expectExit && run.outputs.stage === expectStage
  if (!ok) console.log(`   ✗ expected exit code ${expectExit} and stage ${expectStage}`)
  if (!ok) failures++
  return run
}

/** A readable text form of the summary's HTML, for the terminal. */
function htmlToText(html: string): string[] {
  return html
    .replace(/<\/(h\d|p|li|summary)>|<br\s*\/?>/g, '\n')
    .replace(/<\/tr>/g, '\n')
    .replace(/<\/t[dh]>/g, ' | ')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .split('\n')
    .map((line) => line.trim().replace(/\s*\|\s*$/, ''))
    .filter(Boolean)
}
