/**
 * The official JavaScript client, `@huggingface/hub`, against the emulator, for the calls a user
 * of this action makes besides committing (emulator-commit.test.ts): `fileExists`,
 * `fileDownloadInfo`, `downloadFile` (regular and LFS files, public and private repos), a commit
 * that copies a file from a URL on the Hub, `spaceInfo` with its card data, and branches.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  commit,
  createBranch,
  deleteBranch,
  downloadFile,
  fileDownloadInfo,
  fileExists,
  spaceInfo,
  uploadFiles,
  type RepoDesignation
} from '@huggingface/hub'
import { EMULATOR_TOKENS, HubEmulator, type EmulatedRepo } from '../emulator/index.js'
import { LfsStore } from '../emulator/lfs-store.js'
import { bytes, gitBlobId, sha256 } from './emulator-helpers.js'

const accessToken = EMULATOR_TOKENS.write

const README = '---\ntitle: Viewer\nsdk: gradio\napp_file: app.py\nlicense: mit\n---\n\n# Viewer\n'

describe('@huggingface/hub against the emulator', () => {
  let hub: HubEmulator
  let space: EmulatedRepo
  const repo: RepoDesignation = { type: 'space', name: 'user/viewer' }
  const privateRepo: RepoDesignation = { type: 'dataset', name: 'user/vault' }
  const app = 'import gradio as gr\n'
  // Over 1 MB: a copy reads it lazily, in ranges, instead of in one request.
  const weights = bytes(1_200_000, 21)
  const table = bytes(30_000, 22)

  beforeAll(async () => {
    hub = await HubEmulator.start()
    space = await hub.repos.create({
      type: 'space',
      namespace: 'user',
      name: 'viewer',
      sdk: 'gradio'
    })
    await hub.repos.create({
      type: 'dataset',
      namespace: 'user',
      name: 'vault',
      private: true
    })
    const upload = (target: RepoDesignation, files: Record<string, string | Buffer>) =>
      uploadFiles({
        repo: target,
        accessToken,
        hubUrl: hub.url,
        useXet: false,
        files: Object.entries(files).map(([path, content]) => ({
          path,
          content: new Blob([content])
        }))
      })
    await upload(repo, { 'README.md': README, 'app.py': app, 'model/weights.bin': weights })
    await upload(privateRepo, { 'table.parquet': table, 'notes.txt': 'private\n' })
  })
  afterAll(() => hub.close())

  const hubUrl = () => hub.url

  it('fileExists: true for regular and LFS files, false for missing ones and hidden repos', async () => {
    const exists = (path: string, target = repo, token: string | undefined = accessToken) =>
      fileExists({ repo: target, path, hubUrl: hubUrl(), accessToken: token })
    expect(await exists('app.py')).toBe(true)
    expect(await exists('model/weights.bin')).toBe(true)
    expect(await exists('model/missing.bin')).toBe(false)
    expect(await exists('table.parquet', privateRepo)).toBe(true)
    expect(await exists('table.parquet', privateRepo, EMULATOR_TOKENS.other)).toBe(false)
  })

  it('fileDownloadInfo: the size and ETag of a regular and an LFS file', async () => {
    const regular = await fileDownloadInfo({ repo, path: 'app.py', hubUrl: hubUrl(), accessToken })
    expect(regular).toMatchObject({ size: app.length, etag: `"${gitBlobId(app)}"` })
    const lfs = await fileDownloadInfo({
      repo,
      path: 'model/weights.bin',
      hubUrl: hubUrl(),
      accessToken
    })
    expect(lfs).toMatchObject({ size: weights.length, etag: `"${sha256(weights)}"` })
    expect(
      await fileDownloadInfo({ repo, path: 'nope.txt', hubUrl: hubUrl(), accessToken })
    ).toBeNull()
  })

  it('downloadFile: regular and LFS files, the LFS one from storage', async () => {
    const text = await downloadFile({ repo, path: 'app.py', hubUrl: hubUrl(), accessToken })
    expect(await text?.text()).toBe(app)
    hub.clearRequests()
    const blob = await downloadFile({
      repo,
      path: 'model/weights.bin',
      hubUrl: hubUrl(),
      accessToken
    })
    expect(Buffer.from((await blob?.arrayBuffer()) as ArrayBuffer).equals(weights)).toBe(true)
    // The bytes came from storage, which never saw the token (fetch drops it on the way there).
    const storage = hub.hubRequests().filter((r) => r.path.startsWith('/_lfs/download/'))
    expect(storage.length).toBeGreaterThan(0)
    expect(storage.every((r) => r.status < 300 && r.headers.authorization === undefined)).toBe(true)
  })

  it('downloadFile from a private repo with the owner token', async () => {
    const blob = await downloadFile({
      repo: privateRepo,
      path: 'table.parquet',
      hubUrl: hubUrl(),
      accessToken
    })
    expect(Buffer.from((await blob?.arrayBuffer()) as ArrayBuffer).equals(table)).toBe(true)
    const notes = await downloadFile({
      repo: privateRepo,
      path: 'notes.txt',
      hubUrl: hubUrl(),
      accessToken
    })
    expect(await notes?.text()).toBe('private\n')
  })

  it('commits a copy of a file given by its Hub URL: same LFS object, nothing uploaded again', async () => {
    hub.clearRequests()
    const source = new URL(`${hub.url}/spaces/user/viewer/resolve/main/model/weights.bin`)
    const result = await commit({
      repo,
      accessToken,
      hubUrl: hubUrl(),
      useXet: false,
      title: 'Copy the weights',
      operations: [
        { operation: 'addOrUpdate', path: 'backup/weights.bin', content: source },
        {
          operation: 'addOrUpdate',
          path: 'backup/app.py',
          content: new URL(`${hub.url}/spaces/user/viewer/resolve/main/app.py`)
        }
      ]
    })
    const head = result?.commit.oid as string
    expect(await space.git.resolve('main')).toBe(head)
    const pointer = (
      await space.git.git(['cat-file', 'blob', `${head}:backup/weights.bin`])
    ).toString()
    expect(pointer).toContain(`oid sha256:${sha256(weights)}`)
    expect((await space.git.git(['cat-file', 'blob', `${head}:backup/app.py`])).toString()).toBe(
      app
    )
    expect(hub.hubRequests().filter((r) => r.path.startsWith('/_lfs/upload/'))).toEqual([])
    expect(await LfsStore.of(space).size(sha256(weights))).toBe(weights.length)
  })

  it('spaceInfo: the Space with its card data', async () => {
    const info = await spaceInfo({
      name: 'user/viewer',
      hubUrl: hubUrl(),
      accessToken,
      additionalFields: ['cardData', 'sha', 'createdAt']
    })
    expect(info).toMatchObject({
      name: 'user/viewer',
      sdk: 'gradio',
      private: false,
      cardData: { title: 'Viewer', sdk: 'gradio', app_file: 'app.py', license: 'mit' },
      sha: await space.git.resolve('main')
    })
    expect(info.updatedAt.getTime()).not.toBeNaN()
    expect(new Date(info.createdAt).getTime()).not.toBeNaN()
  })

  it('createBranch and deleteBranch', async () => {
    await createBranch({ repo, branch: 'preview', hubUrl: hubUrl(), accessToken })
    expect((await space.git.refs()).get('refs/heads/preview')).toBe(await space.git.resolve('main'))
    await expect(
      createBranch({ repo, branch: 'preview', hubUrl: hubUrl(), accessToken })
    ).rejects.toMatchObject({ statusCode: 409 })
    await deleteBranch({ repo, branch: 'preview', hubUrl: hubUrl(), accessToken })
    expect((await space.git.refs()).has('refs/heads/preview')).toBe(false)
    await expect(
      deleteBranch({ repo, branch: 'main', hubUrl: hubUrl(), accessToken })
    ).rejects.toMatchObject({ statusCode: 403 })
  })
})
