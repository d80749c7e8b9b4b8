/**
 * The deploy plan, a pure diff of the local files against the remote files under `path_in_repo`:
 * - added: no remote file at that path; changed: a remote file with other content — another size,
 *   or the same size and another git blob id (regular files) or sha256 (LFS files), so nothing is
 *   downloaded (local-hashes.ts computes just the digest each comparison needs);
 * - deleted (only with `deleteMissing`): remote files absent locally, except `.gitattributes`
 *   (the Hub keeps LFS tracking there) and files the include/exclude/.gitignore rules leave out —
 *   as with rsync, an excluded file is protected, not deleted.
 */
import type { TreeItem } from '../hub/list-repo-tree.js'
import type { HashedFile } from './hash-file.js'

export interface PlannedFile extends HashedFile {
  /** The full path in the repo (`path_in_repo` + relative path). */
  pathInRepo: string
  /** A changed file whose remote copy the Hub stores by LFS. */
  remoteIsLfs?: boolean
}

export interface PlannedDeletion {
  pathInRepo: string
  size: number
}

export interface DeployPlan {
  added: PlannedFile[]
  changed: PlannedFile[]
  unchanged: PlannedFile[]
  deleted: PlannedDeletion[]
  /**
   * Remote files absent locally that stay (`.gitattributes` aside): left out by the rules, or
   * `delete` is off.
   */
  kept: string[]
}

export interface PlanOptions {
  /** '' for the repo root, else a folder without leading or trailing `/`. */
  pathInRepo: string
  deleteMissing: boolean
  /** Would a local file at this relative path be published? (The rules of the local walk.) */
  isPublishable: (relativePath: string) => boolean
}

export function planDeploy(
  local: readonly HashedFile[],
  remote: readonly TreeItem[],
  options: PlanOptions
): DeployPlan {
  const prefix = options.pathInRepo ? `${options.pathInRepo}/` : ''
  const remoteByPath = new Map(
    remote.filter((item) => item.type === 'file').map((item) => [item.path, item])
  )
  const plan: DeployPlan = { added: [], changed: [], unchanged: [], deleted: [], kept: [] }
  const localPaths = new Set<string>()
  for (const file of local) {
    const planned = { ...file, pathInRepo: prefix + file.relativePath }
    localPaths.add(planned.pathInRepo)
    const existing = remoteByPath.get(planned.pathInRepo)
    if (!existing) plan.added.push(planned)
    else if (sameContent(file, existing)) plan.unchanged.push(planned)
    else plan.changed.push(existing.lfs ? { ...planned, remoteIsLfs: true } : planned)
  }
  for (const item of remoteByPath.values()) {
    if (localPaths.has(item.path) || !item.path.startsWith(prefix)) continue
    // Not even listed as kept: the Hub maintains it, a deploy never touches it.
    if (isGitattributes(item.path)) continue
    if (options.deleteMissing && options.isPublishable(item.path.slice(prefix.length)))
      plan.deleted.push({ pathInRepo: item.path, size: item.size })
    else plan.kept.push(item.path)
  }
  return plan
}

/** True when the plan changes nothing. */
export function isEmptyPlan(plan: DeployPlan): boolean {
  return plan.added.length + plan.changed.length + plan.deleted.length === 0
}

function sameContent(file: HashedFile, remote: TreeItem): boolean {
  if (file.size !== remote.size) return false
  const local = remote.lfs ? file.sha256 : file.gitSha1
  // A missing digest is a bug upstream: failing loudly beats a silent "changed" re-upload.
  if (local === undefined) throw new Error(`${file.relativePath} was not hashed for the plan.`)
  return local === (remote.lfs ? remote.lfs.oid : remote.oid)
}

function isGitattributes(path: string): boolean {
  return path === '.gitattributes' || path.endsWith('/.gitattributes')
}
