/**
 * Runs the Hub emulator standalone:
 *   npx tsx emulator/cli.ts [--port 8080] [--data-dir DIR] [--serve-apps] [--space owner/name:sdk …]
 * It prints its URL and the tokens it knows, then serves until interrupted.
 */
import { parseArgs } from 'node:util'
import { EMULATOR_TOKENS, HubEmulator } from './index.js'
import type { SpaceSdk } from './repos.js'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string' },
    'serve-apps': { type: 'boolean', default: false },
    space: { type: 'string', multiple: true, default: [] },
    'polls-per-stage': { type: 'string', default: '1' }
  }
})

const hub = await HubEmulator.start({
  port: Number(values.port),
  dataDir: values['data-dir'],
  serveApps: values['serve-apps'],
  pollsPerStage: Number(values['polls-per-stage'])
})
for (const spec of values.space ?? []) {
  const [id, sdk = 'gradio'] = spec.split(':')
  const [namespace, name] = id.split('/')
  await hub.repos.create({ type: 'space', namespace, name, sdk: sdk as SpaceSdk })
}
console.log(`Hub emulator listening on ${hub.url}`)
console.log(
  `tokens: write=${EMULATOR_TOKENS.write} read=${EMULATOR_TOKENS.read} other-user=${EMULATOR_TOKENS.other}`
)
const stop = async () => {
  await hub.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
