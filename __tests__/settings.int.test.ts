/**
 * Settings as code, end to end through dist/ against the emulator: the plan by key, applying only
 * the differences, idempotence (no write and no restart on the second run, secrets included),
 * prune, dry run, drift in status, the order in deploy, sleep time on cpu-basic, unknown and paid
 * hardware, bad declarations — and no secret value in any log, output, summary or Hub field.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  EMULATOR_TOKENS,
  configRestartCount,
  type EmulatedRepo,
  type HubEmulator
} from '../emulator/index.js'
import { annotations, requestsTo, runAgainst, useEmulator } from './helpers/emulator.js'
import { APP_PY, seedSpace } from './helpers/spaces.js'

const hub = useEmulator()

const SECRET_VALUES = [
  'sk-live-8f3a9c2b7d1e4f60a5b9',
  'first line of a pem 7Hq2',
  'second line of a pem 9Zx4',
  'hunter2-but-longer-3141'
]
const SECRETS = [
  '# API keys',
  `export OPENAI_KEY=${SECRET_VALUES[0]}`,
  `PEM="${SECRET_VALUES[1]}`,
  `${SECRET_VALUES[2]}"`,
  `DB_PASSWORD='${SECRET_VALUES[3]}'`
].join('\n')
const VARIABLES = 'MODEL_ID=gpt2\nTEMPERATURE=0.7 # sampling\n'

/** Every secret value and each of its lines: none may appear anywhere but in add-mask lines. */
const secretStrings = [...SECRET_VALUES, `${SECRET_VALUES[1]}\n${SECRET_VALUES[2]}`]
const noLeak = { secrets: [...Object.values(EMULATOR_TOKENS), ...secretStrings] }

function writes(h: HubEmulator): string[] {
  return h
    .hubRequests()
    .filter((r) => r.method !== 'GET' && r.method !== 'HEAD')
    .map((r) => `${r.method} ${r.path}`)
}

/** Secret values must not be stored anywhere the Hub shows: descriptions, variables. */
function assertNoValueInHubFields(repo: EmulatedRepo): void {
  const shown = JSON.stringify({
    descriptions: [...repo.secrets.values()].map((s) => s.description),
    variables: [...repo.variables.values()]
  })
  for (const value of secretStrings) expect(shown).not.toContain(value)
}

describe('mode settings', () => {
  it('plans by key, writes only the differences, prunes, and waits for the restart', async () => {
    const repo = await seedSpace(hub(), 'user/sync')
    const now = new Date().toISOString()
    repo.variables.set('MODEL_ID', { value: 'gpt2', updatedAt: now })
    repo.variables.set('STALE', { value: 'x', updatedAt: now })
    repo.secrets.set('LEGACY', { value: 'old', updatedAt: now })
    const run = await runAgainst(
      hub(),
      {
        repo_id: 'user/sync',
        mode: 'settings',
        hardware: 'cpu-upgrade',
        sleep_time: '3600',
        secrets: SECRETS,
        variables: VARIABLES,
        prune: 'true'
      },
      noLeak
    )
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(
      'Settings plan for user/sync: 4 to add, 2 to change, 2 to remove, 1 unchanged.'
    )
    expect(run.stdout).toContain('  add       secret OPENAI_KEY\n')
    expect(run.stdout).toContain('  remove    secret LEGACY (not declared (prune))\n')
    expect(run.stdout).toContain('  unchanged variable MODEL_ID\n')
    expect(run.stdout).toContain('  change    hardware (cpu-basic → cpu-upgrade)\n')
    expect(writes(hub()).sort()).toEqual(
      [
        'POST /api/spaces/user/sync/variables',
        'DELETE /api/spaces/user/sync/variables',
        'POST /api/spaces/user/sync/secrets',
        'POST /api/spaces/user/sync/secrets',
        'POST /api/spaces/user/sync/secrets',
        'DELETE /api/spaces/user/sync/secrets',
        'POST /api/spaces/user/sync/hardware'
      ].sort()
    )
    expect([...repo.secrets.keys()].sort()).toEqual(['DB_PASSWORD', 'OPENAI_KEY', 'PEM'])
    expect(repo.secrets.get('PEM')?.value).toBe(`${SECRET_VALUES[1]}\n${SECRET_VALUES[2]}`)
    expect(repo.secrets.get('OPENAI_KEY')?.description).toMatch(
      /^hf-space-action:scrypt:N=32768,r=8,p=1:/
    )
    expect(Object.fromEntries([...repo.variables].map(([k, v]) => [k, v.value]))).toEqual({
      MODEL_ID: 'gpt2',
      TEMPERATURE: '0.7'
    })
    assertNoValueInHubFields(repo)
    expect(run.outputs).toMatchObject({
      stage: 'RUNNING',
      hardware: 'cpu-upgrade',
      requested_hardware: 'cpu-upgrade',
      sleep_time: '3600',
      changed: 'true'
    })
    expect(run.summary).toContain('Settings plan: 4 to add, 2 to change, 2 to remove, 1 unchanged')
    expect(run.summary).toContain('| `secret PEM` | add |  |')
  })

  it('makes no write and no restart on a second run with the same declaration', async () => {
    const inputs = {
      repo_id: 'user/idempotent',
      mode: 'settings',
      hardware: 'cpu-upgrade',
      sleep_time: 'never',
      secrets: SECRETS,
      variables: VARIABLES,
      prune: 'true'
    }
    const repo = await seedSpace(hub(), 'user/idempotent')
    expect((await runAgainst(hub(), inputs, noLeak)).exitCode).toBe(0)
    const restarts = configRestartCount(repo)
    const buildLog = JSON.stringify(repo.runtime?.buildLog)
    const again = await runAgainst(hub(), inputs, noLeak)
    expect(again.exitCode).toBe(0)
    expect(writes(hub())).toEqual([])
    expect(
      hub()
        .hubRequests()
        .map((r) => `${r.method} ${r.path}`)
        .sort()
    ).toEqual([
      'GET /api/spaces/user/idempotent/runtime',
      'GET /api/spaces/user/idempotent/secrets',
      'GET /api/spaces/user/idempotent/variables'
    ])
    expect(configRestartCount(repo)).toBe(restarts)
    expect(JSON.stringify(repo.runtime?.buildLog)).toBe(buildLog)
    expect(again.stdout).toContain('Settings plan for user/idempotent: 7 unchanged.')
    expect(again.outputs.changed).toBe('false')
  })

  it('costs 3 requests for an unchanged declaration of 10 secrets and 10 variables', async () => {
    await seedSpace(hub(), 'user/twenty')
    const keys = Array.from({ length: 10 }, (_, i) => i)
    const inputs = {
      repo_id: 'user/twenty',
      mode: 'settings',
      secrets: keys.map((i) => `SECRET_${i}=value-of-secret-${i}-k2PqX`).join('\n'),
      variables: keys.map((i) => `VAR_${i}=value-${i}`).join('\n')
    }
    const first = await runAgainst(hub(), inputs)
    expect(first.exitCode).toBe(0)
    const firstCount = hub().hubRequests().length
    expect(writes(hub())).toHaveLength(20)
    const second = await runAgainst(hub(), inputs)
    expect(second.exitCode).toBe(0)
    expect(hub().hubRequests()).toHaveLength(3)
    expect(writes(hub())).toHaveLength(0)
    // The figure for the report: first run = 3 reads + 20 writes + the polls of one wait.
    process.stdout.write(
      `requests for 10 secrets + 10 variables: first run ${firstCount}, unchanged run ${hub().hubRequests().length}\n`
    )
  }, 120_000)

  it('rewrites a secret whose value changed, or that was set outside the action', async () => {
    const repo = await seedSpace(hub(), 'user/secret-change')
    const inputs = { repo_id: 'user/secret-change', mode: 'settings', secrets: 'TOKEN=first-aXc9' }
    await runAgainst(hub(), inputs, { secrets: ['first-aXc9'] })
    const changed = await runAgainst(
      hub(),
      { ...inputs, secrets: 'TOKEN=second-bYd8' },
      { secrets: ['first-aXc9', 'second-bYd8'] }
    )
    expect(changed.stdout).toContain('  change    secret TOKEN (value differs)\n')
    expect(writes(hub())).toEqual(['POST /api/spaces/user/secret-change/secrets'])
    expect(repo.secrets.get('TOKEN')?.value).toBe('second-bYd8')
    repo.secrets.set('TOKEN', { value: 'by-hand', updatedAt: new Date().toISOString() })
    const byHand = await runAgainst(
      hub(),
      { ...inputs, secrets: 'TOKEN=second-bYd8' },
      { secrets: ['second-bYd8'] }
    )
    expect(byHand.stdout).toContain(
      'change    secret TOKEN (set outside the action: its value cannot be compared)'
    )
    expect(repo.secrets.get('TOKEN')?.value).toBe('second-bYd8')
  })

  it('keeps undeclared keys without prune, and says so', async () => {
    const repo = await seedSpace(hub(), 'user/no-prune')
    repo.variables.set('KEEP_ME', { value: 'k', updatedAt: new Date().toISOString() })
    const run = await runAgainst(hub(), {
      repo_id: 'user/no-prune',
      mode: 'settings',
      variables: 'NEW=1'
    })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('  kept      variable KEEP_ME (not declared; prune is off)\n')
    expect(writes(hub())).toEqual(['POST /api/spaces/user/no-prune/variables'])
    expect([...repo.variables.keys()].sort()).toEqual(['KEEP_ME', 'NEW'])
  })

  it('plans but writes nothing on a dry run', async () => {
    const repo = await seedSpace(hub(), 'user/settings-dry')
    const run = await runAgainst(
      hub(),
      {
        repo_id: 'user/settings-dry',
        mode: 'settings',
        secrets: SECRETS,
        hardware: 't4-small',
        dry_run: 'true'
      },
      noLeak
    )
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(
      'Dry run — settings plan for user/settings-dry: 3 to add, 1 to change.'
    )
    expect(writes(hub())).toEqual([])
    expect(repo.secrets.size).toBe(0)
    expect(run.outputs.changed).toBe('false')
  })

  it('warns that free cpu-basic cannot change its sleep time, and sends nothing for it', async () => {
    await seedSpace(hub(), 'user/basic-sleep')
    const run = await runAgainst(hub(), {
      repo_id: 'user/basic-sleep',
      mode: 'settings',
      sleep_time: '600'
    })
    expect(run.exitCode).toBe(0)
    expect(annotations(run, 'warning').join('\n')).toContain(
      'user/basic-sleep: sleep_time not applied: free cpu-basic hardware always sleeps after 48 h'
    )
    expect(writes(hub())).toEqual([])
  })

  it('fails on an unknown flavor, listing the flavors the Hub offers, and writes nothing', async () => {
    await seedSpace(hub(), 'user/bad-flavor')
    const run = await runAgainst(hub(), {
      repo_id: 'user/bad-flavor',
      mode: 'settings',
      hardware: 'tpu-v9'
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(
      "Input 'hardware' is 'tpu-v9', which is not a Space hardware flavor: use one of cpu-basic, cpu-upgrade,"
    )
    expect(run.errors[0]).toContain('(the Hub lists)')
    expect(requestsTo(hub(), '/api/spaces/hardware')).toHaveLength(1)
    expect(writes(hub())).toEqual([])
  })

  it('explains paid hardware refused for want of a payment method', async () => {
    const [namespace, name] = ['other', 'poor-space']
    await seedSpace(hub(), `${namespace}/${name}`)
    const run = await runAgainst(hub(), {
      repo_id: 'other/poor-space',
      mode: 'settings',
      hardware: 't4-small',
      token: EMULATOR_TOKENS.other
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(
      "Requesting hardware 't4-small' needs a paid plan or a payment method on the Space owner's account"
    )
    expect(run.errors[0]).toContain('https://huggingface.co/settings/billing')
  })

  it.each([
    ['secrets', 'MY-KEY=x', "Input 'secrets' line 1 has the key 'MY-KEY', which the Hub refuses"],
    ['secrets', 'no equals sign', "Input 'secrets' line 1 is not KEY=value"],
    ['secrets', 'A=abc#def', "Input 'secrets' line 1 (A) has an unquoted value with '#'"],
    ['secrets', 'A="never closed', "Input 'secrets' line 1 (A) opens a"],
    ['variables', 'A=1\nA=2', "Input 'variables' line 2 declares 'A' a second time."],
    ['sleep_time', 'soon', "Input 'sleep_time' is 'soon', which is not allowed"],
    ['hardware', 'T4 Small', "Input 'hardware' is 'T4 Small', which is not a hardware flavor name"],
    ['prune', 'yes', "Input 'prune' is 'yes', which is not a boolean"]
  ])('refuses %s %j before any request', async (input, value, message) => {
    const run = await runAgainst(hub(), { repo_id: 'user/any', mode: 'settings', [input]: value })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(message)
    expect(hub().hubRequests()).toEqual([])
  })

  it('needs something to apply', async () => {
    const run = await runAgainst(hub(), { repo_id: 'user/any', mode: 'settings' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain("Mode 'settings' needs at least one of the inputs")
    expect(hub().hubRequests()).toEqual([])
  })
})

describe('settings in the other modes', () => {
  it('status reports drift and changes nothing', async () => {
    const repo = await seedSpace(hub(), 'user/drifted')
    repo.variables.set('MODEL_ID', { value: 'bert', updatedAt: new Date().toISOString() })
    const run = await runAgainst(
      hub(),
      { repo_id: 'user/drifted', variables: VARIABLES, secrets: SECRETS },
      noLeak
    )
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('Settings drift for user/drifted: 4 to add, 1 to change.')
    expect(run.summary).toContain('Settings drift: the Space differs from the declared settings')
    expect(writes(hub())).toEqual([])
    expect(repo.variables.get('MODEL_ID')?.value).toBe('bert')
  })

  it('deploy applies the settings before its commit, and the build sees them', async () => {
    const repo = await seedSpace(hub(), 'user/deploy-settings')
    const dir = await mkdtemp(join(tmpdir(), 'deploy-settings-'))
    await writeFile(join(dir, 'app.py'), `${APP_PY}# v2\n`)
    await writeFile(join(dir, 'README.md'), '---\nsdk: gradio\napp_file: app.py\n---\n# Demo\n')
    const run = await runAgainst(
      hub(),
      {
        repo_id: 'user/deploy-settings',
        mode: 'deploy',
        path: dir,
        variables: 'MODEL_ID=gpt2',
        secrets: `OPENAI_KEY=${SECRET_VALUES[0]}`
      },
      noLeak
    )
    expect(run.exitCode).toBe(0)
    const order = writes(hub())
    const commit = order.findIndex((w) => w.includes('/commit/'))
    expect(commit).toBeGreaterThan(order.indexOf('POST /api/spaces/user/deploy-settings/variables'))
    expect(commit).toBeGreaterThan(order.indexOf('POST /api/spaces/user/deploy-settings/secrets'))
    expect(repo.runtime?.sha).toBe(run.outputs.commit_sha)
    expect(run.outputs.stage).toBe('RUNNING')
    assertNoValueInHubFields(repo)
  })
})
