/**
 * Fidelity of the emulator's commit side, with the official client (`@huggingface/hub`) as the
 * oracle: what it commits must come out of a real `git clone` exactly, LFS files as pointers whose
 * objects the emulator stored, and its own listings must agree.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { createRepo, deleteFiles, listFiles, pathsInfo, uploadFiles } from '@huggingface/hub'
import { EMULATOR_TOKENS, HubEmulator } from '../emulator/index.js'
import type { RepoDesignation } from '@huggingface/hub'
import { bytes, gitBlobId, lfsPointer, runGitCli, sha256, tempDirs } from './emulator-helpers.js'

const MiB = 1024 * 1024
const accessToken = EMULATOR_TOKENS.write

describe('commits made by @huggingface/hub', () => {
  let hub: HubEmulator
  const dirs = tempDirs()
  const text = Buffer.from('print("hello from the emulator")\n')
  const binary = Buffer.concat([Buffer.from('PK\0\0'), bytes(4096, 7)])
  const large = bytes(3 * MiB + 12345, 3)
  const lfsText = Buffer.from(
    'plain ASCII text, but the .lfs. pattern sends it to LFS\n'.repeat(50)
  )

  beforeAll(async () => {
    hub = await HubEmulator.start()
    // Small enough that a 3 MiB file goes by multipart, in 7 parts.
    hub.lfsOptions.multipartThreshold = 1 * MiB
    hub.lfsOptions.chunkSize = 512 * 1024
  })
  afterAll(async () => {
    await hub?.close()
    await dirs.cleanup()
  })

  async function commitAll(repo: RepoDesignation): Promise<string> {
    const hubUrl = hub.url
    const first = await uploadFiles({
      repo,
      accessToken,
      hubUrl,
      useXet: false,
      commitTitle: 'Add files',
      files: [
        { path: 'app.py', content: new Blob([text]) },
        { path: 'data/blob.dat', content: new Blob([binary]) },
        { path: 'weights/big.safetensors', content: new Blob([large]) },
        { path: 'notes.lfs.txt', content: new Blob([lfsText]) },
        { path: 'old/gone.txt', content: new Blob(['to be deleted\n']) }
      ]
    })
    expect(first?.commit.oid).toMatch(/^[0-9a-f]{40}$/)
    const second = await deleteFiles({
      repo,
      accessToken,
      hubUrl,
      paths: ['old/gone.txt'],
      commitTitle: 'Delete a file'
    })
    return second?.commit.oid as string
  }

  /** Every file of a working tree, `.git` left out, with its content. */
  async function workingTree(dir: string): Promise<Map<string, Buffer>> {
    const files = new Map<string, Buffer>()
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      const path = relative(dir, join(entry.parentPath, entry.name))
      if (entry.isFile() && !path.startsWith('.git/')) {
        files.set(path, await readFile(join(dir, path)))
      }
    }
    return files
  }

  async function checkClone(
    repoPath: string,
    head: string,
    extra: string[]
  ): Promise<Map<string, Buffer>> {
    const dir = join(await dirs.make(), 'clone')
    const clone = await runGitCli(['clone', `${hub.url}/${repoPath}`, dir], { token: accessToken })
    expect(clone.stderr).not.toContain('fatal')
    expect((await runGitCli(['rev-parse', 'HEAD'], { cwd: dir })).stdout.trim()).toBe(head)
    const files = await workingTree(dir)
    expect([...files.keys()].sort()).toEqual(
      [
        '.gitattributes',
        'app.py',
        'data/blob.dat',
        'weights/big.safetensors',
        'notes.lfs.txt',
        ...extra
      ].sort()
    )
    expect(files.get('app.py')).toEqual(text)
    // LFS files are pointers; no git-lfs here, so the clone shows them as they are stored.
    expect(files.get('data/blob.dat')?.toString()).toBe(lfsPointer(binary))
    expect(files.get('weights/big.safetensors')?.toString()).toBe(lfsPointer(large))
    expect(files.get('notes.lfs.txt')?.toString()).toBe(lfsPointer(lfsText))
    // Only the path no default pattern covers is added to .gitattributes.
    const attributes = files.get('.gitattributes')?.toString() ?? ''
    expect(attributes).toContain('data/blob.dat filter=lfs diff=lfs merge=lfs -text\n')
    expect(attributes).not.toContain('weights/big.safetensors filter')
    expect(attributes).not.toContain('notes.lfs.txt filter')
    return files
  }

  async function checkStoredObjects(lfsDir: string): Promise<void> {
    for (const content of [binary, large, lfsText]) {
      expect(sha256(await readFile(join(lfsDir, sha256(content))))).toBe(sha256(content))
    }
  }

  async function checkListings(repo: { type: 'model' | 'space'; name: string }): Promise<void> {
    const listed = []
    for await (const item of listFiles({ repo, hubUrl: hub.url, accessToken, recursive: true })) {
      listed.push(item)
    }
    const files = listed.filter((item) => item.type === 'file')
    expect(files.map((f) => f.path).sort()).toEqual(
      ['.gitattributes', 'app.py', 'data/blob.dat', 'notes.lfs.txt', 'weights/big.safetensors']
        .concat(repo.type === 'space' ? ['README.md'] : [])
        .sort()
    )
    expect(listed.filter((i) => i.type === 'directory').map((d) => d.path)).toEqual(
      expect.arrayContaining(['data', 'weights'])
    )
    const big = files.find((f) => f.path === 'weights/big.safetensors')
    expect(big).toMatchObject({
      size: large.length,
      oid: gitBlobId(lfsPointer(large)),
      lfs: { oid: sha256(large), size: large.length, pointerSize: lfsPointer(large).length }
    })
    expect(files.find((f) => f.path === 'app.py')).toMatchObject({
      size: text.length,
      oid: gitBlobId(text)
    })
    const info = await pathsInfo({
      repo,
      hubUrl: hub.url,
      accessToken,
      paths: ['app.py', 'data/blob.dat', 'old/gone.txt', 'weights']
    })
    expect(info.map((i) => [i.path, i.type])).toEqual([
      ['app.py', 'file'],
      ['data/blob.dat', 'file'],
      ['weights', 'directory']
    ])
    expect(info[1].lfs).toMatchObject({ oid: sha256(binary), size: binary.length })
    expect(info[0].oid).toBe(files.find((f) => f.path === 'app.py')?.oid)
  }

  it('commits to a model: git clone shows exactly the files, LFS ones as stored pointers', async () => {
    const repo = { type: 'model' as const, name: 'user/fidelity-model' }
    await createRepo({ repo, accessToken, hubUrl: hub.url })
    hub.clearRequests()
    const head = await commitAll(repo)

    const requests = hub.hubRequests()
    const storage = requests.filter((r) => r.path.startsWith('/_lfs/'))
    // The large file went by multipart: 7 part PUTs and a completion, never with the token.
    expect(storage.filter((r) => r.method === 'PUT' && r.query.includes('part='))).toHaveLength(7)
    expect(storage.filter((r) => r.path.startsWith('/_lfs/complete/'))).toHaveLength(1)
    expect(storage.every((r) => r.headers.authorization === undefined && r.status === 200)).toBe(
      true
    )
    const commits = requests.filter((r) => r.path.endsWith('/commit/main'))
    expect(commits.map((r) => r.headers['content-type'])).toEqual([
      'application/x-ndjson',
      'application/x-ndjson'
    ])

    await checkClone('user/fidelity-model', head, [])
    await checkStoredObjects(hub.repos.get('model', 'user/fidelity-model')?.lfsDir as string)
    await checkListings(repo)
    const log = await runGitCli([
      '--git-dir',
      hub.repos.get('model', 'user/fidelity-model')?.git.dir as string,
      'log',
      '--format=%an <%ae>|%s',
      'main'
    ])
    expect(log.stdout.trim().split('\n')).toEqual([
      'user <user@users.noreply.huggingface.co>|Delete a file',
      'user <user@users.noreply.huggingface.co>|Add files',
      'system <system@huggingface.co>|initial commit'
    ])
  })

  it('commits to a Space: same files, and the Space starts building the new commit', async () => {
    const repo = { type: 'space' as const, name: 'user/fidelity-space' }
    await createRepo({ repo, accessToken, hubUrl: hub.url, sdk: 'gradio' })
    const runtime = hub.repos.get('space', 'user/fidelity-space')?.runtime
    expect(runtime?.stage).toBe('NO_APP_FILE')
    const head = await commitAll(repo)
    // The commit added app.py: the Space builds it (first build: BUILDING, then RUNNING).
    expect(runtime?.stage).toBe('BUILDING')
    runtime?.settleNow()
    expect(runtime?.toJSON()).toMatchObject({ stage: 'RUNNING', sha: head })

    await checkClone('spaces/user/fidelity-space', head, ['README.md'])
    await checkStoredObjects(hub.repos.get('space', 'user/fidelity-space')?.lfsDir as string)
    await checkListings(repo)
  })
})
