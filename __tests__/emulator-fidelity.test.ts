/**
 * Does the emulator answer what the real Hub answered? Each recorded session (create a Space,
 * commit an app, read its runtime, manage secrets and variables, delete it) is replayed in order
 * against a fresh emulator with the write token of `user`, and each answer is compared with the
 * recorded one: status, body (keys, JSON types, state values; ids, shas, dates and URLs by format)
 * and the headers clients read.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS, type HubEmulator } from '../emulator/index.js'
import {
  bodyDifferences,
  expectedBody,
  loadCassettes,
  recordedHeader,
  replay,
  type Cassette,
  type Interaction
} from './helpers/cassettes.js'
import { useEmulator } from './helpers/emulator.js'

const cassettes = loadCassettes()

/** The secrets session starts with a 409: the Space was left over from an earlier run. */
async function recreateLeftovers(hub: HubEmulator, cassette: Cassette): Promise<void> {
  const [first] = cassette.interactions
  if (!first.request.uri.endsWith('/api/repos/create') || first.response.status.code !== 409) return
  const body = JSON.parse(first.request.body ?? '{}') as Record<string, string | boolean>
  await hub.repos.create({
    type: 'space',
    namespace: String(body.organization),
    name: String(body.name),
    private: body.private === true,
    sdk: 'gradio'
  })
}

function title(interaction: Interaction, index: number): string {
  const url = new URL(interaction.request.uri)
  const status = interaction.response.status.code
  return `${index + 1}. ${interaction.request.method} ${url.pathname}${url.search} → ${status}`
}

it('has the recorded sessions to replay', () => {
  expect(cassettes.map((c) => c.name)).toEqual(
    expect.arrayContaining([
      'TestSpaceAPIProduction.test_manage_secrets',
      'TestSpaceAPIProduction.test_manage_variables',
      'TestSpaceAPIProduction.test_space_runtime'
    ])
  )
})

describe.each(cassettes.map((c) => [c.name, c] as const))('%s', (_name, cassette) => {
  // Apps are not served, so that Spaces get the Hub's `<owner>-<name>.hf.space` domains.
  const hub = useEmulator({ serveApps: false })
  beforeAll(() => recreateLeftovers(hub(), cassette))

  it.each(
    cassette.interactions.map((interaction, i) => [title(interaction, i), interaction] as const)
  )('%s', async (_title, interaction) => {
    const reply = await replay(interaction, hub().url, EMULATOR_TOKENS.write)
    const recorded = interaction.response
    expect(reply.status).toBe(recorded.status.code)

    const contentType = recordedHeader(recorded.headers, 'Content-Type')
    expect(reply.headers['content-type']).toBe(contentType)
    const body = contentType?.includes('json') ? JSON.parse(reply.text) : reply.text
    expect(bodyDifferences(expectedBody(interaction, hub().url), body)).toEqual([])
    // A runtime is all state: it must match to the value.
    if (interaction.request.uri.endsWith('/runtime'))
      expect(body).toEqual(JSON.parse(recorded.body.string))

    for (const name of ['X-Error-Code', 'X-Error-Message'])
      expect([name, reply.headers[name.toLowerCase()]]).toEqual([
        name,
        recordedHeader(recorded.headers, name)
      ])
    // The Hub echoes the client's trace id after the `;` of X-Request-Id.
    const trace = recordedHeader(interaction.request.headers, 'X-Amzn-Trace-Id')
    const requestId = new RegExp(`^Root=1-[0-9a-f]{8}-[0-9a-f]{24};${trace}$`)
    expect(recordedHeader(recorded.headers, 'X-Request-Id')).toMatch(requestId)
    expect(reply.headers['x-request-id']).toMatch(requestId)
  })
})
