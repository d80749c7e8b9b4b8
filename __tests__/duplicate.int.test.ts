/**
 * Mode `duplicate` end to end through dist/: a new copy with `private` and the settings applied
 * at creation, an existing copy (a notice, then only the settings), the 402 paywall, bad inputs.
 */
import { describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS } from '../emulator/index.js'
import { annotations, requestsTo, runAgainst, useEmulator } from './helpers/emulator.js'
import { seedSpace } from './helpers/spaces.js'

const hub = useEmulator()
const SECRET = 'dup-secret-value-Qz81'

describe('mode duplicate', () => {
  it('copies the Space with private and the settings, waits for RUNNING, then is idempotent', async () => {
    const source = await seedSpace(hub(), 'user/dup-prod', {
      files: { 'app.py': 'print("prod")\n' }
    })
    const now = new Date().toISOString()
    source.variables.set('PUBLIC', { value: 'copied', updatedAt: now })
    source.secrets.set('PROD_ONLY', { value: 'never-copied', updatedAt: now })
    const inputs = {
      repo_id: 'user/dup-copy',
      mode: 'duplicate',
      from_repo_id: 'user/dup-prod',
      private: 'true',
      hardware: 'cpu-upgrade',
      secrets: `API_KEY=${SECRET}`,
      variables: 'MODE=staging'
    }
    const secrets = { secrets: [...Object.values(EMULATOR_TOKENS), SECRET] }
    const run = await runAgainst(hub(), inputs, secrets)
    expect(run.exitCode).toBe(0)
    const posts = requestsTo(hub(), '/duplicate', 'POST')
    expect(posts).toHaveLength(1)
    expect(posts[0].path).toBe('/api/spaces/user/dup-prod/duplicate')
    const copy = hub().repos.get('space', 'user/dup-copy')
    expect(copy?.private).toBe(true)
    expect(copy?.runtime?.toJSON().hardware).toEqual({
      current: 'cpu-upgrade',
      requested: 'cpu-upgrade'
    })
    expect([...(copy?.secrets.keys() ?? [])]).toEqual(['API_KEY'])
    expect(copy?.secrets.get('API_KEY')?.description).not.toContain(SECRET)
    expect(Object.fromEntries([...(copy?.variables ?? [])].map(([k, v]) => [k, v.value]))).toEqual({
      PUBLIC: 'copied',
      MODE: 'staging'
    })
    expect(run.stdout).toContain('Settings plan for user/dup-copy: 3 unchanged.')
    expect(run.outputs).toMatchObject({ stage: 'RUNNING', changed: 'true' })
    expect(copy?.runtime?.sha).toBe(await copy?.git.resolve('main'))

    const again = await runAgainst(hub(), inputs, secrets)
    expect(again.exitCode).toBe(0)
    expect(annotations(again, 'notice')).toEqual([
      '::notice::user/dup-copy already exists: not copying user/dup-prod again; applying the settings.'
    ])
    expect(
      hub()
        .hubRequests()
        .filter((r) => r.method !== 'GET')
    ).toEqual([])
    expect(again.outputs.changed).toBe('false')
  })

  it('applies changed settings to an existing copy', async () => {
    await seedSpace(hub(), 'user/dup-src2')
    const copy = await seedSpace(hub(), 'user/dup-existing')
    const run = await runAgainst(hub(), {
      repo_id: 'user/dup-existing',
      mode: 'duplicate',
      from_repo_id: 'user/dup-src2',
      variables: 'LEVEL=3'
    })
    expect(run.exitCode).toBe(0)
    expect(requestsTo(hub(), '/duplicate')).toEqual([])
    expect(copy.variables.get('LEVEL')?.value).toBe('3')
    expect(run.outputs).toMatchObject({ stage: 'RUNNING', changed: 'true' })
  })

  it('says a paid plan is needed when the Hub answers 402', async () => {
    await seedSpace(hub(), 'user/dup-gradio')
    const run = await runAgainst(hub(), {
      repo_id: 'other/my-copy',
      mode: 'duplicate',
      from_repo_id: 'user/dup-gradio',
      token: EMULATOR_TOKENS.other
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('Copying user/dup-gradio to other/my-copy needs a paid plan')
    expect(run.errors[0]).toContain('https://huggingface.co/pro')
    expect(hub().repos.get('space', 'other/my-copy')).toBeUndefined()
  })

  it('writes nothing on a dry run', async () => {
    await seedSpace(hub(), 'user/dup-dry-src')
    const run = await runAgainst(hub(), {
      repo_id: 'user/dup-dry',
      mode: 'duplicate',
      from_repo_id: 'user/dup-dry-src',
      dry_run: 'true'
    })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(
      'Dry run: would create user/dup-dry as a copy of user/dup-dry-src.'
    )
    expect(
      hub()
        .hubRequests()
        .filter((r) => r.method !== 'GET')
    ).toEqual([])
  })

  it('needs from_repo_id', async () => {
    const run = await runAgainst(hub(), { repo_id: 'user/x', mode: 'duplicate' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain("Input 'from_repo_id' is required by mode 'duplicate'")
    expect(hub().hubRequests()).toEqual([])
  })
})
