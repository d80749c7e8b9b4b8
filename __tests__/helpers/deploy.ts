/**
 * Helpers of the commit-mode tests: local folders to deploy, and what the emulated repo holds
 * afterwards, read from its bare git repository (not through the action's own HTTP calls).
 */
import { afterAll } from '@jest/globals'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { EMULATOR_TOKENS, type EmulatedRepo, type HubEmulator } from '../../emulator/index.js'
import type { RecordedRequest } from '../../emulator/index.js'
import { tempDirs } from '../emulator-helpers.js'

/** A file's content, or a symbolic link to `link`. */
export type FolderEntry = string | Buffer | { link: string }

/** Writes `files` (paths relative to `dir`, folders created as needed) into `dir`. */
export async function writeFolder(dir: string, files: Record<string, FolderEntry>): Promise<void> {
  for (const [path, entry] of Object.entries(files)) {
    const target = join(dir, path)
    await mkdir(dirname(target), { recursive: true })
    if (typeof entry === 'object' && !Buffer.isBuffer(entry)) await symlink(entry.link, target)
    else await writeFile(target, entry)
  }
}

/** The files of a revision: path → content (LFS files: their pointer text). */
export async function repoFiles(repo: EmulatedRepo, rev = 'main'): Promise<Map<string, Buffer>> {
  const sha = await repo.git.resolve(rev)
  if (!sha) throw new Error(`no revision ${rev}`)
  const files = new Map<string, Buffer>()
  for (const entry of await repo.git.listTree(sha)) {
    if (entry.type === 'blob') files.set(entry.path, await repo.git.readBlob(entry.oid))
  }
  return files
}

export async function commitCount(repo: EmulatedRepo, rev = 'main'): Promise<number> {
  return repo.git.countCommits(rev)
}

/** Requests that may change something (anything but GET and HEAD), control routes left out. */
export function writeRequests(hub: HubEmulator): RecordedRequest[] {
  return hub.hubRequests().filter((r) => r.method !== 'GET' && r.method !== 'HEAD')
}

/** Requests to one kind of route: `preupload`, `lfs` (batch, storage), `commit`. */
export function requestsTo(
  hub: HubEmulator,
  kind: 'preupload' | 'lfs' | 'commit'
): RecordedRequest[] {
  const patterns = {
    preupload: /\/preupload\//,
    lfs: /\/info\/lfs\/|^\/_lfs\//,
    commit: /^\/api\/[^/]+\/[^/]+\/[^/]+\/commit\//
  }
  return hub.hubRequests().filter((r) => patterns[kind].test(r.path))
}

/** The inputs of a deploy of `dir` to `repoId` with the write token. */
export function deployInputs(
  hub: HubEmulator,
  repoId: string,
  dir: string,
  extra: Record<string, string> = {}
): Record<string, string> {
  return {
    repo_id: repoId,
    mode: 'deploy',
    path: dir,
    token: EMULATOR_TOKENS.write,
    endpoint: hub.url,
    ...extra
  }
}

/**
 * Temporary folders for a test file, all removed after its tests: `make()` an empty one, or
 * `folder(files)` one holding `files`.
 */
export function useFolders(): {
  make: () => Promise<string>
  folder: (files: Record<string, FolderEntry>) => Promise<string>
} {
  const dirs = tempDirs()
  afterAll(() => dirs.cleanup())
  return {
    make: dirs.make,
    folder: async (files) => {
      const dir = await dirs.make()
      await writeFolder(dir, files)
      return dir
    }
  }
}
