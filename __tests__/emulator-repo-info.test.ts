/**
 * Repo info as the Hub answers it: every timestamp in the Hub's form (UTC with milliseconds, the
 * only form huggingface_hub parses), `cardData` from the README's front matter, and `siblings`
 * with their sizes, blob ids and LFS details on `?blobs=true`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS, HubEmulator, type EmulatedRepo } from '../emulator/index.js'
import { bytes, commitFiles, gitBlobId, lfsPointer, sha256 } from './emulator-helpers.js'

const HUB_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
const auth = { Authorization: `Bearer ${EMULATOR_TOKENS.write}` }

const README = `---
title: Demo
emoji: 🚀
sdk: gradio
app_file: app.py
tags:
  - demo
  - vision
---

# Demo
`

describe('repo info', () => {
  let hub: HubEmulator
  let space: EmulatedRepo
  const app = 'import gradio as gr\n'
  const logo = bytes(4000, 9)

  beforeAll(async () => {
    hub = await HubEmulator.start()
    space = await hub.repos.create({
      type: 'space',
      namespace: 'user',
      name: 'info',
      sdk: 'gradio'
    })
    await commitFiles(hub, space, {
      regular: { 'README.md': README, 'app.py': app },
      lfs: { 'static/logo.png': logo }
    })
  })
  afterAll(() => hub.close())

  const get = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${hub.url}${path}`, { headers: auth, ...init })
    expect([path, res.status]).toEqual([path, 200])
    return (await res.json()) as T
  }

  it('writes every timestamp as the Hub does: repo info, commits, tree and paths-info', async () => {
    const info = await get<{ createdAt: string; lastModified: string }>('/api/spaces/user/info')
    const commits = await get<{ date: string }[]>('/api/spaces/user/info/commits/main')
    const tree = await get<{ lastCommit: { date: string } }[]>(
      '/api/spaces/user/info/tree/main?expand=true'
    )
    const paths = await get<{ lastCommit: { date: string } }[]>(
      '/api/spaces/user/info/paths-info/main',
      {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ paths: ['app.py', 'static/logo.png'], expand: true })
      }
    )
    const dates = [
      info.createdAt,
      info.lastModified,
      ...commits.map((c) => c.date),
      ...tree.map((item) => item.lastCommit.date),
      ...paths.map((item) => item.lastCommit.date)
    ]
    expect(dates).toHaveLength(2 + 2 + tree.length + 2)
    for (const date of dates) expect(date).toMatch(HUB_DATE)
    expect(info.lastModified).toBe(commits[0].date)
  })

  it('has the README front matter as cardData, and its tags', async () => {
    const info = await get<{ cardData: unknown; tags: string[] }>('/api/spaces/user/info')
    expect(info.cardData).toEqual({
      title: 'Demo',
      emoji: '🚀',
      sdk: 'gradio',
      app_file: 'app.py',
      tags: ['demo', 'vision']
    })
    expect(info.tags).toEqual(['demo', 'vision'])
    const only = await get<Record<string, unknown>>(
      '/api/spaces/user/info?expand=cardData&expand=sha'
    )
    expect(Object.keys(only).sort()).toEqual(['_id', 'cardData', 'id', 'sha'])
  })

  it('lists siblings by name, and with size, blobId and lfs on ?blobs=true', async () => {
    const plain = await get<{ siblings: unknown[] }>('/api/spaces/user/info')
    expect(plain.siblings).toEqual([
      { rfilename: '.gitattributes' },
      { rfilename: 'README.md' },
      { rfilename: 'app.py' },
      { rfilename: 'static/logo.png' }
    ])
    const detailed = await get<{ siblings: Record<string, unknown>[] }>(
      '/api/spaces/user/info/revision/main?blobs=true'
    )
    const byName = new Map(detailed.siblings.map((s) => [s.rfilename, s]))
    expect(byName.get('app.py')).toEqual({
      rfilename: 'app.py',
      size: app.length,
      blobId: gitBlobId(app)
    })
    expect(byName.get('static/logo.png')).toEqual({
      rfilename: 'static/logo.png',
      size: logo.length,
      blobId: gitBlobId(lfsPointer(logo)),
      lfs: { size: logo.length, sha256: sha256(logo), pointerSize: lfsPointer(logo).length }
    })
  })

  it('has no cardData for a README without front matter, or with front matter that is no mapping', async () => {
    const model = await hub.repos.create({ type: 'model', namespace: 'user', name: 'plain' })
    await commitFiles(hub, model, { regular: { 'README.md': '# Just a title\n' } })
    expect(await get<Record<string, unknown>>('/api/models/user/plain')).not.toHaveProperty(
      'cardData'
    )
    await commitFiles(hub, model, { regular: { 'README.md': '---\n- a list\n---\n' } })
    expect(await get<Record<string, unknown>>('/api/models/user/plain')).not.toHaveProperty(
      'cardData'
    )
    await commitFiles(hub, model, { regular: { 'README.md': '---\nlicense: mit\n---\n' } })
    const info = await get<{ cardData: unknown }>('/api/models/user/plain')
    expect(info.cardData).toEqual({ license: 'mit' })
  })
})
