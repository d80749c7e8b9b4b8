/**
 * A folder that carries its own root `.gitattributes` (a GitHub repo mirrored to a Space): the
 * deploy keeps LFS tracking of every LFS file and stays stable — a redeploy makes no commit.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { HubEmulator } from '../emulator/index.js'
import { bytes } from './emulator-helpers.js'
import {
  commitCount,
  deployInputs,
  repoFiles,
  requestsTo,
  writeFolder,
  useFolders
} from './helpers/deploy.js'
import { runAction } from './helpers/run-action.js'
import { seedSpace } from './helpers/spaces.js'

const LFS = 'filter=lfs diff=lfs merge=lfs -text'
const OWN_ATTRIBUTES = `*.safetensors ${LFS}\n*.bin ${LFS}\n`

let hub: HubEmulator
const { make } = useFolders()
beforeAll(async () => {
  hub = await HubEmulator.start()
})
afterAll(async () => hub.close())

describe('a local root .gitattributes', () => {
  it('is published with a tracking line for each LFS file it misses, and redeploys make no commit', async () => {
    const repo = await seedSpace(hub, 'user/own-attributes')
    const dir = await make()
    await writeFolder(dir, {
      '.gitattributes': OWN_ATTRIBUTES,
      'app.py': 'print(1)\n',
      'static/logo.png': bytes(2000), // binary: the Hub stores it by LFS, no pattern covers it
      'weights.bin': bytes(3000)
    })
    const first = await runAction(deployInputs(hub, 'user/own-attributes', dir))
    expect(first.exitCode).toBe(0)
    const files = await repoFiles(repo)
    expect(files.get('.gitattributes')?.toString()).toBe(
      `${OWN_ATTRIBUTES}static/logo.png ${LFS}\n`
    )
    expect(files.get('static/logo.png')?.toString()).toMatch(/^version https:\/\/git-lfs/)

    const commits = await commitCount(repo)
    hub.clearRequests()
    const again = await runAction(deployInputs(hub, 'user/own-attributes', dir))
    expect(again.exitCode).toBe(0)
    expect(again.outputs.changed).toBe('false')
    expect(await commitCount(repo)).toBe(commits)
    expect(requestsTo(hub, 'commit')).toHaveLength(0)

    // A new binary file: one commit that adds it and its tracking line, nothing else.
    await writeFile(join(dir, 'static/new.png'), bytes(1500))
    const third = await runAction(deployInputs(hub, 'user/own-attributes', dir))
    expect(third.exitCode).toBe(0)
    expect((await repoFiles(repo)).get('.gitattributes')?.toString()).toBe(
      `${OWN_ATTRIBUTES}static/logo.png ${LFS}\nstatic/new.png ${LFS}\n`
    )
    expect(await commitCount(repo)).toBe(commits + 1)
  })

  it('is published byte for byte when it is not UTF-8', async () => {
    const repo = await seedSpace(hub, 'user/latin1-attributes')
    // A Latin-1 comment ('# café'): a text decoding would turn the é into U+FFFD.
    const own = Buffer.concat([
      Buffer.from('# caf'),
      Buffer.from([0xe9]),
      Buffer.from(`\n${OWN_ATTRIBUTES}`)
    ])
    const dir = await make()
    await writeFolder(dir, {
      '.gitattributes': own,
      'app.py': 'print(1)\n',
      'weights.bin': bytes(3000),
      'static/logo.png': bytes(2000)
    })
    const run = await runAction(deployInputs(hub, 'user/latin1-attributes', dir))
    expect(run.exitCode).toBe(0)
    const published = (await repoFiles(repo)).get('.gitattributes') as Buffer
    expect(published.subarray(0, own.length).equals(own)).toBe(true)
    expect(published.subarray(own.length).toString()).toBe(`static/logo.png ${LFS}\n`)
  })
})
