/**
 * `space_card` end to end through dist/: the card becomes, byte for byte, the front matter of the
 * published README (the local README's own is replaced; the checkout is untouched), it is checked
 * by the YAML parser before any request and by the Hub's validate-yaml before any upload, and a
 * README about to reach a Space without front matter is warned about before the commit.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EmulatedRepo } from '../emulator/index.js'
import { annotations, runAgainst, useEmulator } from './helpers/emulator.js'
import { APP_PY, seedSpace } from './helpers/spaces.js'

const hub = useEmulator()

const CARD = [
  '# The Space card: kept out of the GitHub README',
  'title: Card Demo   # shown on the Space page',
  'emoji: 🚀',
  'colorFrom: indigo',
  'colorTo: pink',
  'sdk: gradio',
  'app_file: app.py',
  "short_description: 'A demo: with a colon'",
  'pinned: false',
  ''
].join('\n')
const LOCAL_README = '---\ntitle: stale\nsdk: docker\n---\n# Card Demo\n\nSee the app.\n'

async function project(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'space-card-'))
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content)
  return dir
}

async function readmeOnHub(repo: EmulatedRepo): Promise<string> {
  const tree = await repo.git.listTree('main')
  const entry = tree.find((e) => e.path === 'README.md')
  return entry ? (await repo.git.readBlob(entry.oid)).toString('utf8') : ''
}

describe('space_card', () => {
  it('publishes the card as the exact front matter, checked by the Hub before any upload', async () => {
    const repo = await seedSpace(hub(), 'user/carded')
    const dir = await project({ 'app.py': APP_PY, 'README.md': LOCAL_README, 'card.yml': CARD })
    const run = await runAgainst(hub(), {
      repo_id: 'user/carded',
      mode: 'deploy',
      path: dir,
      space_card: join(dir, 'card.yml'),
      exclude: 'card.yml'
    })
    expect(run.exitCode).toBe(0)
    expect(await readmeOnHub(repo)).toBe(`---\n${CARD}---\n# Card Demo\n\nSee the app.\n`)
    const paths = hub()
      .hubRequests()
      .map((r) => `${r.method} ${r.path}`)
    expect(paths[0]).toBe('POST /api/validate-yaml')
    expect(paths.findIndex((p) => p.includes('/preupload/'))).toBeGreaterThan(0)
    expect(await readFile(join(dir, 'README.md'), 'utf8')).toBe(LOCAL_README)
    expect(annotations(run, 'warning')).toEqual([])
    expect(run.stdout).toContain(`Space card ${join(dir, 'card.yml')}: the Hub accepts it.`)
  })

  it('adds a README when the project has none', async () => {
    const repo = await seedSpace(hub(), 'user/carded-no-readme')
    const dir = await project({ 'app.py': APP_PY })
    const cardFile = join(await project({}), 'space.yml')
    await writeFile(cardFile, 'sdk: gradio\napp_file: app.py')
    const run = await runAgainst(hub(), {
      repo_id: 'user/carded-no-readme',
      mode: 'deploy',
      path: dir,
      space_card: cardFile
    })
    expect(run.exitCode).toBe(0)
    expect(await readmeOnHub(repo)).toBe('---\nsdk: gradio\napp_file: app.py\n---\n')
  })

  it('refuses an invalid card before any request', async () => {
    await seedSpace(hub(), 'user/bad-card')
    const dir = await project({ 'app.py': APP_PY, 'card.yml': 'title: [unclosed\nsdk: gradio\n' })
    const run = await runAgainst(hub(), {
      repo_id: 'user/bad-card',
      mode: 'deploy',
      path: dir,
      space_card: join(dir, 'card.yml')
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/^::error::Input 'space_card' \(.*card\.yml\) is not valid YAML/)
    expect(hub().hubRequests()).toEqual([])
  })

  it('refuses a card that is not a mapping before any request', async () => {
    const dir = await project({ 'app.py': APP_PY, 'card.yml': '- just\n- a list\n' })
    const run = await runAgainst(hub(), {
      repo_id: 'user/bad-card',
      mode: 'deploy',
      path: dir,
      space_card: join(dir, 'card.yml')
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('must be a YAML mapping of card fields')
    expect(hub().hubRequests()).toEqual([])
  })

  it('stops on a card the Hub refuses: one validate-yaml request, no upload', async () => {
    const repo = await seedSpace(hub(), 'user/refused-card')
    const head = await repo.git.resolve('main')
    const dir = await project({ 'app.py': APP_PY, 'card.yml': 'sdk: gradio\ncolorFrom: teal\n' })
    const run = await runAgainst(hub(), {
      repo_id: 'user/refused-card',
      mode: 'deploy',
      path: dir,
      space_card: join(dir, 'card.yml')
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(
      `The Hub refused the Space card ${join(dir, 'card.yml')}: "colorFrom" must be`
    )
    expect(
      hub()
        .hubRequests()
        .map((r) => `${r.method} ${r.path}`)
    ).toEqual(['POST /api/validate-yaml'])
    expect(await repo.git.resolve('main')).toBe(head)
  })

  it('needs a missing card file to be named clearly', async () => {
    const run = await runAgainst(hub(), {
      repo_id: 'user/x',
      mode: 'deploy',
      path: await project({ 'app.py': APP_PY }),
      space_card: 'nope/card.yml'
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain("Input 'space_card' is 'nope/card.yml', which is not a file")
    expect(hub().hubRequests()).toEqual([])
  })
})

describe('a README without front matter', () => {
  it('is warned about before the commit', async () => {
    await seedSpace(hub(), 'user/losing-card')
    const dir = await project({ 'app.py': APP_PY, 'README.md': '# Just the GitHub README\n' })
    const run = await runAgainst(hub(), { repo_id: 'user/losing-card', mode: 'deploy', path: dir })
    const warning = run.stdout.indexOf('::warning::The published README.md would have no YAML')
    expect(warning).toBeGreaterThan(-1)
    expect(warning).toBeLessThan(run.stdout.indexOf('Committed '))
  })
})
