/**
 * The standalone emulator as a developer uses it: `emulator/cli.ts` seeds Spaces that build and
 * run (a runnable app of their SDK) or stay empty, and its `/_emulator/…` control routes take JSON
 * whatever the `Content-Type` — or say clearly what they need.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulatorCli as startCli, type EmulatorProcess } from './emulator-cli-process.js'
import { EMULATOR_TOKENS, HubEmulator } from '../emulator/index.js'

const auth = { Authorization: `Bearer ${EMULATOR_TOKENS.write}` }

describe('emulator/cli.ts', () => {
  let cli: EmulatorProcess
  const url = () => cli.url as string

  beforeAll(async () => {
    cli = await startCli([
      '--space',
      'user/demo',
      '--space',
      'user/site:static',
      '--space',
      'acme/box:docker',
      '--empty-space',
      'user/blank:gradio'
    ])
  }, 60_000)
  afterAll(() => cli.stop())

  async function runtime(id: string): Promise<{ stage: string; sha?: string }> {
    const res = await fetch(`${url()}/api/spaces/${id}/runtime`, { headers: auth })
    return (await res.json()) as { stage: string; sha?: string }
  }

  async function settled(id: string): Promise<{ stage: string; sha?: string }> {
    for (let read = 0; read < 10; read++) {
      const seen = await runtime(id)
      if (!/BUILDING|APP_STARTING/.test(seen.stage)) return seen
    }
    throw new Error(`${id} never settled`)
  }

  it('prints its URL, the tokens and the Spaces it seeded', () => {
    expect(url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(cli.output()).toContain(`write=${EMULATOR_TOKENS.write}`)
    expect(cli.output()).toContain('space: user/demo (gradio, with an app)')
    expect(cli.output()).toContain('space: user/blank (gradio, empty)')
  })

  it('seeds a Space with a runnable app of its SDK, which builds and runs', async () => {
    const files = async (id: string) => {
      const res = await fetch(`${url()}/api/spaces/${id}/tree/main`)
      return ((await res.json()) as { path: string }[]).map((item) => item.path).sort()
    }
    expect(await files('user/demo')).toEqual(
      ['.gitattributes', 'README.md', 'app.py', 'requirements.txt'].sort()
    )
    expect(await files('acme/box')).toEqual(
      ['.gitattributes', 'Dockerfile', 'README.md', 'app.py', 'requirements.txt'].sort()
    )
    expect(await files('user/site')).toEqual(['.gitattributes', 'README.md', 'index.html'].sort())
    for (const [id, sdk] of [
      ['user/demo', 'gradio'],
      ['acme/box', 'docker'],
      ['user/site', 'static']
    ]) {
      const info = (await (await fetch(`${url()}/api/spaces/${id}`)).json()) as {
        sha: string
        cardData: { sdk: string }
      }
      expect([id, info.cardData.sdk]).toEqual([id, sdk])
      expect(await settled(id)).toMatchObject({ stage: 'RUNNING', sha: info.sha })
    }
    const app = await fetch(`${url()}/spaces/user/demo/resolve/main/app.py`)
    expect(await app.text()).toContain('import gradio as gr')
  })

  it('leaves an --empty-space as the Hub creates it: NO_APP_FILE', async () => {
    expect((await runtime('user/blank')).stage).toBe('NO_APP_FILE')
  })

  it('refuses a malformed --space with a clear message', async () => {
    const bad = await startCli(['--space', 'not-a-repo-id:gradio'])
    expect(await bad.exited).toBe(2)
    expect(bad.url).toBeUndefined()
    expect(bad.output()).toContain(
      'Invalid Space "not-a-repo-id:gradio": expected owner/name or owner/name:sdk'
    )
  }, 60_000)
})

describe('control routes', () => {
  let hub: HubEmulator
  beforeAll(async () => {
    hub = await HubEmulator.start()
    await hub.repos.create({ type: 'space', namespace: 'user', name: 'steered', sdk: 'gradio' })
  })
  afterAll(() => hub.close())

  const control = (path: string, body: string, contentType?: string) =>
    fetch(`${hub.url}/_emulator/${path}`, {
      method: 'POST',
      headers: contentType ? { 'Content-Type': contentType } : {},
      body
    })

  it('takes JSON whatever the Content-Type (curl -d sends form-urlencoded)', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', undefined]) {
      const res = await control(
        'spaces/user/steered/stage',
        '{"stage": "RUNTIME_ERROR", "errorMessage": "boom"}',
        type
      )
      expect([type, res.status]).toEqual([type, 200])
      expect(await res.json()).toMatchObject({ stage: 'RUNTIME_ERROR', errorMessage: 'boom' })
      expect(hub.repos.get('space', 'user/steered')?.runtime?.stage).toBe('RUNTIME_ERROR')
      hub.repos.get('space', 'user/steered')?.runtime?.force('BUILDING')
    }
    const faults = await control(
      'faults',
      '{"rules": [{"kind": "status", "status": 503, "path": "/whoami-v2", "times": 1}]}',
      'application/x-www-form-urlencoded'
    )
    expect([faults.status, await faults.json()]).toEqual([200, { rules: 1 }])
    const hit = await fetch(`${hub.url}/api/whoami-v2`, { headers: auth })
    expect(hit.status).toBe(503)
  })

  it('answers 400 saying what it needs to a body that is not JSON, or asks for nothing', async () => {
    const form = await control('spaces/user/steered/stage', 'stage=RUNNING')
    expect(form.status).toBe(400)
    expect(((await form.json()) as { error: string }).error).toBe(
      `The emulator's control routes take a JSON object as body (any Content-Type), e.g. {"stage": "RUNNING"}; got: stage=RUNNING`
    )
    const nothing = await control('spaces/user/steered/stage', '{}')
    expect(((await nothing.json()) as { error: string }).error).toBe(
      'Give "stage" (one of the runtime stages) and/or "hold" (true or false)'
    )
    const stage = await control('spaces/user/steered/stage', '{"stage": "ASLEEP"}')
    expect(((await stage.json()) as { error: string }).error).toMatch(
      /^Unknown stage "ASLEEP": one of /
    )
    const rule = await control('faults', '{"rules": [{"kind": "explode"}]}')
    expect(rule.status).toBe(400)
    expect(hub.repos.get('space', 'user/steered')?.runtime?.stage).toBe('BUILDING')
  })

  it('lists itself at GET /_emulator', async () => {
    const res = await fetch(`${hub.url}/_emulator`)
    const routes = (await res.json()) as Record<string, string>
    expect(Object.keys(routes)).toEqual(
      expect.arrayContaining([
        'GET /_emulator/requests',
        'POST /_emulator/faults',
        'POST /_emulator/spaces/{owner}/{name}/stage'
      ])
    )
  })
})
