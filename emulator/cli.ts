/**
 * Runs the Hub emulator standalone:
 *   npx tsx emulator/cli.ts [--port 8080] [--data-dir DIR] [--serve-apps] [--polls-per-stage N]
 *                           [--space owner/name[:sdk] …] [--empty-space owner/name[:sdk] …]
 * `--space` seeds a Space with a runnable app of its SDK (gradio by default: README front
 * matter, app.py, requirements.txt), which builds and runs; `--empty-space` leaves it as the Hub
 * creates it (a README only, so it reads NO_APP_FILE until an app is pushed). It prints its URL,
 * the tokens it knows and the Spaces it seeded, then serves until interrupted.
 */
import { parseArgs } from 'node:util'
import { EMULATOR_TOKENS, HubEmulator } from './index.js'
import type { SpaceSdk } from './repos.js'
import { seedApp } from './seed.js'

const SDKS: SpaceSdk[] = ['gradio', 'docker', 'static', 'streamlit']

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string' },
    'serve-apps': { type: 'boolean', default: false },
    space: { type: 'string', multiple: true, default: [] },
    'empty-space': { type: 'string', multiple: true, default: [] },
    'polls-per-stage': { type: 'string', default: '1' }
  }
})

function spaceSpec(spec: string): { namespace: string; name: string; sdk: SpaceSdk } {
  const [id, sdk = 'gradio'] = spec.split(':')
  const [namespace, name, extra] = id.split('/')
  if (!namespace || !name || extra !== undefined || !SDKS.includes(sdk as SpaceSdk)) {
    console.error(
      `Invalid Space "${spec}": expected owner/name or owner/name:sdk, sdk one of ${SDKS.join(', ')}.`
    )
    process.exit(2)
  }
  return { namespace, name, sdk: sdk as SpaceSdk }
}
const seeded = (values.space ?? []).map(spaceSpec)
const empty = (values['empty-space'] ?? []).map(spaceSpec)

const hub = await HubEmulator.start({
  port: Number(values.port),
  dataDir: values['data-dir'],
  serveApps: values['serve-apps'],
  pollsPerStage: Number(values['polls-per-stage'])
})
for (const [specs, withApp] of [
  [seeded, true],
  [empty, false]
] as const) {
  for (const spec of specs) {
    const repo = await hub.repos.create({ type: 'space', ...spec })
    if (withApp) await seedApp(hub, repo)
    console.log(`space: ${repo.id} (${spec.sdk}${withApp ? ', with an app' : ', empty'})`)
  }
}
console.log(
  `tokens: write=${EMULATOR_TOKENS.write} read=${EMULATOR_TOKENS.read} other-user=${EMULATOR_TOKENS.other}`
)
// Last, because it means "ready": whoever waits for it (the tests, a script) has the rest already.
console.log(`Hub emulator listening on ${hub.url}`)
const stop = async () => {
  await hub.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
