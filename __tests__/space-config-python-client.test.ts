/**
 * The official Python client (huggingface_hub 2.0.0) against the emulator's Space-configuration
 * routes: secrets (values never listed) and variables with descriptions, hardware with a sleep
 * time, "never sleep", the hardware catalogue, duplicate_repo (exist_ok, 409) and delete_repo
 * (missing_ok). Skipped, saying why, where the client cannot be installed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { EMULATOR_TOKENS, HubEmulator } from '../emulator/index.js'
import { tempDirs } from './emulator-helpers.js'
import { pythonClient, runClient } from './helpers/python-client.js'
import { seedSpace } from './helpers/spaces.js'

const setup = pythonClient()
if ('unavailable' in setup) {
  console.log(`Skipping the huggingface_hub (Python) Space-settings tests: ${setup.unavailable}.`)
}
const describeWithPython = 'ready' in setup ? describe : describe.skip
const SCRIPT = fileURLToPath(new URL('./python/space_settings_client.py', import.meta.url))

describeWithPython('huggingface_hub Space settings against the emulator', () => {
  const client = 'ready' in setup ? setup.ready : { python: '', hf: '' }
  const dirs = tempDirs()
  let hub: HubEmulator
  let home: string

  beforeAll(async () => {
    hub = await HubEmulator.start()
    home = await dirs.make()
  })
  afterAll(async () => {
    await hub?.close()
    await dirs.cleanup()
  })

  async function python<T>(command: string, ...args: unknown[]): Promise<T> {
    const result = await runClient(client.python, [SCRIPT, command, JSON.stringify(args)], {
      endpoint: hub.url,
      token: EMULATOR_TOKENS.write,
      home
    })
    if (result.code !== 0) throw new Error(`${command} failed:\n${result.stderr}`)
    return JSON.parse(result.stdout.trim().split('\n').at(-1) as string) as T
  }

  it('secrets, variables, hardware and sleep time', async () => {
    const repo = await seedSpace(hub, 'user/py-settings')
    const out = await python<Record<string, unknown>>('settings', 'user/py-settings')
    expect(out).toEqual({
      secrets: { API_KEY: { description: 'from python', updated: true } },
      variables: { MODEL_ID: { value: 'gpt2', description: 'the model' } },
      hardware_stage: 'BUILDING',
      requested: 'cpu-upgrade',
      sleep_after_hardware: 3600,
      sleep_after_never: null
    })
    expect(repo.secrets.get('API_KEY')?.value).toBe('py-secret-value')
    const listed = hub
      .hubRequests()
      .filter((r) => r.path.endsWith('/secrets') && r.method === 'GET')
    expect(listed).toHaveLength(1)
  }, 120_000)

  it('lists the hardware catalogue', async () => {
    const out = await python<{ names: string[]; gpu: string[] }>('hardware')
    expect(out.names).toEqual(expect.arrayContaining(['cpu-basic', 'cpu-upgrade', 't4-small']))
    expect(out.gpu).toEqual(['zero-a10g', 'Nvidia'])
  }, 120_000)

  it('duplicate_repo copies, exist_ok takes the 409, a plain repeat gets it', async () => {
    await seedSpace(hub, 'user/py-source')
    const out = await python<Record<string, unknown>>('duplicate', 'user/py-source', 'user/py-copy')
    expect(out).toEqual({
      url: `${hub.url}/spaces/user/py-copy`,
      again: `${hub.url}/spaces/user/py-copy`,
      conflict: 409
    })
    const copy = hub.repos.get('space', 'user/py-copy')
    expect(copy?.private).toBe(true)
    expect(copy?.secrets.get('TOKEN')?.value).toBe('dup-secret')
    expect(copy?.variables.get('LEVEL')?.value).toBe('2')
  }, 120_000)

  it('delete_repo deletes, and missing_ok takes the 404', async () => {
    await seedSpace(hub, 'user/py-delete')
    expect(await python('delete', 'user/py-delete')).toEqual({ exists: false })
    expect(hub.repos.get('space', 'user/py-delete')).toBeUndefined()
  }, 120_000)
})
