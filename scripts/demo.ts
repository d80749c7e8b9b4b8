/**
 * The demo: the bundled action (dist/index.js), run exactly as the GitHub runner runs it, against
 * the local Hub emulator. It walks through a Space's life — deploy (creating it), status, restart
 * with wait, pause, wake, empty-commit, a redeploy with nothing to send, settings as code (applied,
 * then a second run that writes nothing), a pull request's preview Space (opened, pushed to,
 * closed) with its one PR comment on a local GitHub emulator, and a deploy whose build fails — and
 * prints each step's outputs and job summary.
 *
 *   npm run demo
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EMULATOR_TOKENS, HubEmulator, OUTCOME_MARKER } from '../emulator/index.js'
import { GITHUB_EMULATOR_TOKEN, GitHubEmulator } from '../emulator/github/index.js'
import { runAction, type ActionRun } from '../__tests__/helpers/run-action.js'

const SPACE = 'user/gradio-demo'
const OUTPUTS = ['stage', 'hardware', 'sleep_time', 'space_url', 'app_url', 'commit_sha', 'changed']

const hub = await HubEmulator.start({ serveApps: true, pollsPerStage: 2 })
const github = await GitHubEmulator.start()
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
  const declared = {
    ...common,
    mode: 'settings',
    hardware: 'cpu-upgrade',
    sleep_time: '3600',
    secrets: "API_KEY='sk-demo-not-a-real-key-42'\nDB_URL='postgres://demo@db/demo'",
    variables: 'MODEL_ID=gpt2\nTEMPERATURE=0.7',
    prune: 'true'
  }
  await step(
    'settings: hardware, sleep time, secrets, variables — only differences',
    declared,
    'RUNNING'
  )
  await step('settings again, same declaration: no write, no restart', declared, 'RUNNING')
  await previewLifecycle()
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
  await github.close()
  await rm(app, { recursive: true, force: true })
}
if (failures > 0) {
  console.log(`${failures} demo step(s) did not end as expected.`)
  process.exit(1)
}
console.log('Demo finished: every step ended as expected.')

/** A pull request's preview Space, from opened to closed, with the PR comment it keeps. */
async function previewLifecycle(): Promise<void> {
  const preview = {
    ...common,
    mode: 'preview',
    path: app,
    private: 'true',
    github_token: GITHUB_EMULATOR_TOKEN
  }
  const repository = 'octo/gradio-demo'
  const eventFile = join(app, '..', `demo-event-${process.pid}.json`)
  const env = async (action: string, sha: string) => {
    const pr = {
      number: 7,
      head: { sha, repo: { full_name: repository } },
      base: { repo: { full_name: repository } }
    }
    await writeFile(eventFile, JSON.stringify({ action, number: 7, pull_request: pr }))
    return {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: repository
    }
  }
  const comment = () => github.comments.of(repository, 7).map((c) => c.body)
  await step(
    'preview, pull request #7 opened: copy the Space, deploy, comment',
    preview,
    'RUNNING',
    0,
    await env('opened', 'c0ffee1234567')
  )
  await writeFile(join(app, 'app.py'), '# the pull request changes the app\n', { flag: 'a' })
  await step(
    'preview, a push to #7: redeploy, edit the same comment',
    preview,
    'RUNNING',
    0,
    await env('synchronize', 'beef5678901')
  )
  console.log(
    `   the pull request has ${comment().length} preview comment:\n${indent(comment()[0])}\n`
  )
  await step(
    'preview, #7 closed: delete the preview Space',
    preview,
    '',
    0,
    await env('closed', 'beef5678901')
  )
  console.log(`   and the comment now says:\n${indent(comment()[0])}\n`)
  await rm(eventFile, { force: true })
}

function indent(text = ''): string {
  return text
    .split('\n')
    .map((line) => `     ${line}`)
    .join('\n')
}

async function step(
  title: string,
  inputs: Record<string, string>,
  expectStage: string,
  expectExit = 0,
  env: Record<string, string> = {}
): Promise<ActionRun> {
  console.log(`━━ ${title}`)
  const shown = Object.entries(inputs)
    .filter(([name]) => name !== 'endpoint')
    .map(
      ([name, value]) =>
        `${name}: ${['token', 'github_token', 'secrets'].includes(name) ? '***' : name === 'path' ? 'examples/demo-space' : value.replace(/\n/g, '\\n')}`
    )
  console.log(`   with: { ${shown.join(', ')} }`)
  const run = await runAction(inputs, { env: { HF_SPACE_ACTION_POLL_MS: '200', ...env } })
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
