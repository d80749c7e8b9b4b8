/**
 * The local root `.gitattributes`, published completed with the LFS tracking lines the Hub would
 * add (see gitattributes.ts). The completed text is written to a temporary copy, which stands in
 * for the local file in the plan and the commit.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CommitOperation } from '../hub/commit-ndjson.js'
import type { TreeItem } from '../hub/list-repo-tree.js'
import { completeGitattributes, completeGitattributesFile, lfsTracker } from './gitattributes.js'
import { hashFile, type HashedFile } from './hash-file.js'
import { planDeploy, type DeployPlan } from './plan.js'

const NAME = '.gitattributes'

export class RootAttributes {
  /** LFS files the deploy leaves in place (unchanged, or out of its reach). */
  private staying: string[] = []
  private remoteOid?: string

  private constructor(
    private readonly bytes: Buffer,
    private readonly copy: string
  ) {}

  /**
   * Takes the root `.gitattributes` out of `local` (when the deploy targets the repo root and has
   * one); `addToPlan` puts the completed copy back once the rest of the plan is known.
   */
  static async take(
    local: HashedFile[],
    pathInRepo: string,
    workDir: string
  ): Promise<RootAttributes | undefined> {
    const index = pathInRepo ? -1 : local.findIndex((f) => f.relativePath === NAME)
    if (index === -1) return undefined
    const [file] = local.splice(index, 1)
    return new RootAttributes(await readFile(file.absolutePath), join(workDir, NAME))
  }

  /**
   * Adds the completed copy to the plan (added, changed or unchanged against the remote file).
   * Until the Hub has said which changed files go by LFS, those that were LFS are assumed to stay so.
   */
  async addToPlan(plan: DeployPlan, remote: readonly TreeItem[]): Promise<void> {
    const lfs = new Set(remote.filter((item) => item.lfs).map((item) => item.path))
    this.staying = [...plan.unchanged.map((f) => f.pathInRepo), ...plan.kept].filter((p) =>
      lfs.has(p)
    )
    const changedLfs = plan.changed.map((f) => f.pathInRepo).filter((p) => lfs.has(p))
    const remoteCopy = remote.filter((item) => item.path === NAME)
    this.remoteOid = remoteCopy[0]?.oid
    const file = await this.write([...this.staying, ...changedLfs])
    const own = planDeploy([file], remoteCopy, {
      pathInRepo: '',
      deleteMissing: false,
      isPublishable: () => true
    })
    plan.added.push(...own.added)
    plan.changed.push(...own.changed)
    plan.unchanged.push(...own.unchanged)
  }

  /**
   * For a preupload sent before the plan: the local text, and whether the Hub decides about `path`
   * alike by it and by the completed copy the later preupload and the commit carry. The completion
   * only appends tracking lines for remote LFS files, so a path that no such line could match (as
   * a pattern: `a.bin` matches `sub/a.bin` too) is decided alike.
   */
  beforePlan(remote: readonly TreeItem[]): {
    text: string
    decidesAlike: (path: string) => boolean
  } {
    const text = this.bytes.toString('utf8')
    const own = lfsTracker(text)
    const completed = lfsTracker(
      completeGitattributes(
        text,
        remote.filter((item) => item.lfs).map((item) => item.path)
      )
    )
    return { text, decidesAlike: (path) => own(path) === completed(path) }
  }

  /**
   * Once the uploads are done and the LFS files are known: writes the final copy and carries it in
   * the commit exactly when it differs from the remote file.
   */
  async settle(operations: CommitOperation[]): Promise<CommitOperation[]> {
    const uploaded = operations.filter((op) => op.key === 'lfsFile').map((op) => op.path)
    const file = await this.write([...this.staying, ...uploaded])
    const others = operations.filter((op) => !(op.key === 'file' && op.path === NAME))
    if (file.gitSha1 === this.remoteOid) return others
    return [...others, { key: 'file', path: NAME, absolutePath: this.copy }]
  }

  private async write(lfsPaths: string[]): Promise<HashedFile> {
    await writeFile(this.copy, completeGitattributesFile(this.bytes, lfsPaths))
    return { relativePath: NAME, absolutePath: this.copy, ...(await hashFile(this.copy)) }
  }
}
