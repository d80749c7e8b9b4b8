/**
 * What a preupload sent before the plan may say about the root `.gitattributes`: the local text,
 * trusted only for paths that no tracking line of the completed copy could match.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { HashedFile } from '../src/deploy/hash-file.js'
import { RootAttributes } from '../src/deploy/root-attributes.js'
import type { TreeItem } from '../src/hub/list-repo-tree.js'

const LFS = 'filter=lfs diff=lfs merge=lfs -text'

async function rootAttributes(text: string): Promise<RootAttributes> {
  const dir = await mkdtemp(join(tmpdir(), 'root-attributes-'))
  const file = join(dir, '.gitattributes')
  await writeFile(file, text)
  const local: HashedFile[] = [
    { relativePath: '.gitattributes', absolutePath: file, size: 0, isLfsPointer: false }
  ]
  const attributes = await RootAttributes.take(local, '', dir)
  await rm(dir, { recursive: true, force: true })
  if (!attributes) throw new Error('no root .gitattributes taken')
  return attributes
}

const lfsFile = (path: string): TreeItem => ({
  type: 'file',
  path,
  oid: 'a'.repeat(40),
  size: 10,
  lfs: { oid: 'b'.repeat(64), size: 10, pointerSize: 130 }
})

describe('RootAttributes.beforePlan', () => {
  it('gives the local text, and distrusts paths a tracking line of a remote LFS file matches', async () => {
    const text = `*.bin ${LFS}\n`
    const view = (await rootAttributes(text)).beforePlan([lfsFile('weights'), lfsFile('model.bin')])
    expect(view.text).toBe(text)
    // `weights filter=lfs …` would be appended: as a pattern it matches at any depth.
    expect(view.decidesAlike('weights')).toBe(false)
    expect(view.decidesAlike('sub/weights')).toBe(false)
    // Covered by *.bin already, or matched by no line the completion adds.
    expect(view.decidesAlike('sub/model.bin')).toBe(true)
    expect(view.decidesAlike('app.py')).toBe(true)
    expect(view.decidesAlike('weights.txt')).toBe(true)
  })

  it('trusts every path when the remote holds no LFS file', async () => {
    const view = (await rootAttributes('')).beforePlan([])
    expect(view.decidesAlike('weights')).toBe(true)
  })
})
