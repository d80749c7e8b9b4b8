/**
 * dist/ as shipped: each mode's code sits in a chunk of its own, loaded only when that mode runs.
 * Every chunk is run at least once here (each mode, as a dry run where it would change
 * something), `status` loads none of the commit machinery, the proxy transport (undici) loads
 * only when a proxy variable is set, and the YAML parser only for a deploy with a Space card.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { runAgainst, useEmulator } from './helpers/emulator.js'
import { writeFolder } from './helpers/deploy.js'
import { useProxy } from './helpers/proxy.js'
import { seedSpace } from './helpers/spaces.js'

const hub = useEmulator()
const proxy = useProxy()
const work = mkdtemp(join(tmpdir(), 'dist-chunks-'))
afterAll(async () => rm(await work, { recursive: true, force: true }))

const chunks = readdirSync('dist').filter((f) => f.endsWith('.js') && f !== 'index.js')

/** Runs one mode; returns the dist/ chunks it loaded. */
async function chunksLoadedBy(
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<string[]> {
  const record = join(await work, `loads-${inputs.mode}-${Object.keys(env).join('-')}`)
  const run = await runAgainst(hub(), inputs, {
    env: {
      ...env,
      NODE_OPTIONS: `--import ${resolve('__tests__/helpers/record-loads.mjs')}`,
      RECORD_LOADS_FILE: record
    }
  })
  expect({ mode: inputs.mode, exitCode: run.exitCode, errors: run.errors }).toEqual({
    mode: inputs.mode,
    exitCode: 0,
    errors: []
  })
  const loaded = existsSync(record) ? (await readFile(record, 'utf8')).split('\n') : []
  return chunks.filter((chunk) => loaded.some((url) => basename(url) === chunk))
}

describe('dist/ chunks', () => {
  it('ships no source-map runtime', () => {
    expect(readdirSync('dist').filter((f) => /sourcemap|\.map$/.test(f))).toEqual([])
  })

  it('runs every chunk across the modes, and status without the commit machinery', async () => {
    await seedSpace(hub(), 'user/chunks')
    const folder = join(await work, 'site')
    await writeFolder(folder, { 'app.py': 'print("hi")\n' })
    const repo = { repo_id: 'user/chunks' }
    const loads: Record<string, string[]> = {}
    const runs: Record<string, string>[] = [
      { mode: 'status' },
      { mode: 'restart', dry_run: 'true' },
      { mode: 'pause', dry_run: 'true' },
      { mode: 'wake', dry_run: 'true' },
      { mode: 'empty-commit', dry_run: 'true' },
      { mode: 'deploy', path: folder, dry_run: 'true' },
      { mode: 'settings', variables: 'GREETING=hi', dry_run: 'true' },
      {
        mode: 'duplicate',
        from_repo_id: 'user/chunks',
        repo_id: 'user/chunks-copy',
        dry_run: 'true'
      }
    ]
    for (const inputs of runs) {
      loads[inputs.mode] = await chunksLoadedBy({ ...repo, ...inputs })
    }
    // preview runs only on a pull request event.
    const event = join(await work, 'event.json')
    await writeFile(
      event,
      JSON.stringify({
        action: 'opened',
        number: 7,
        pull_request: {
          number: 7,
          head: { sha: 'a'.repeat(40), repo: { full_name: 'octo/chunks' } },
          base: { repo: { full_name: 'octo/chunks' } }
        },
        repository: { full_name: 'octo/chunks' }
      })
    )
    loads.preview = await chunksLoadedBy(
      { ...repo, mode: 'preview', path: folder, dry_run: 'true' },
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'octo/chunks'
      }
    )
    // The YAML parser, for a deploy with a Space card only.
    const card = join(await work, 'card.yml')
    await writeFile(card, 'title: Chunks\nsdk: gradio\n')
    loads['deploy with a card'] = await chunksLoadedBy({
      ...repo,
      mode: 'deploy',
      path: folder,
      space_card: card,
      dry_run: 'true'
    })
    const cardOnly = loads['deploy with a card'].filter((c) => !loads.deploy.includes(c))
    expect(cardOnly.length).toBeGreaterThan(0)
    loads['status behind a proxy'] = await chunksLoadedBy(
      { ...repo, mode: 'status' },
      { HTTP_PROXY: proxy().url }
    )
    expect(proxy().tunnels).toEqual([new URL(hub().url).host])
    // The transport and undici, loaded by no other run.
    const proxyOnly = loads['status behind a proxy'].filter((c) => !loads.status.includes(c))
    expect(proxyOnly.length).toBeGreaterThan(0)
    for (const chunk of proxyOnly)
      expect(Object.keys(loads).filter((run) => loads[run].includes(chunk))).toEqual([
        'status behind a proxy'
      ])
    expect(chunks.length).toBeGreaterThan(1)
    expect(new Set(Object.values(loads).flat())).toEqual(new Set(chunks))
    const bytes = (files: string[]) => files.reduce((n, f) => n + statSync(join('dist', f)).size, 0)
    const deployOnly = loads.deploy.filter((c) => !loads.status.includes(c))
    expect(deployOnly.length).toBeGreaterThan(0)
    expect(bytes(loads.status)).toBeLessThan(bytes(loads.deploy))
  })
})
