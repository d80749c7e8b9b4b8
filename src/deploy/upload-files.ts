/**
 * From a plan to the operations of the commit: the Hub says which files go by LFS (preupload),
 * those are uploaded, and the rest travel inside the commit. Files the Hub reports as already
 * there with the same content, or as ignored by the repo's `.gitignore`, are left out.
 */
import * as runner from '../runner/index.js'
import type { HubClient } from '../hub/client.js'
import type { CommitOperation } from '../hub/commit-ndjson.js'
import { preupload } from '../hub/preupload.js'
import { preuploadFile, type PreuploadAhead } from './preupload-ahead.js'
import { hashAll } from './local-hashes.js'
import type { PlannedFile, DeployPlan } from './plan.js'
import type { CommitTarget } from './commit-target.js'
import { requestLfsUploads, type LfsUploadAnswer } from '../hub/lfs-batch.js'
import { uploadLfsFiles } from './upload-lfs.js'

export interface PreparedCommit {
  operations: CommitOperation[]
  /** Bytes sent to LFS storage. */
  lfsBytes: number
  /** Files left out: the repo's `.gitignore` covers them. */
  ignored: string[]
}

export interface RootFiles {
  /** The `.gitattributes` and `.gitignore` being published at the repo root, if any. */
  gitAttributes?: string
  gitIgnore?: string
}

/**
 * @param ahead the preupload already sent for the files known changed before the plan
 *   (preupload-ahead.ts): only the others are asked about here.
 */
export async function prepareCommit(
  client: HubClient,
  target: CommitTarget,
  plan: DeployPlan,
  rootFiles: RootFiles,
  ahead?: PreuploadAhead
): Promise<PreparedCommit> {
  const files = [...plan.added, ...plan.changed]
  // A changed file the Hub keeps by LFS almost surely goes by LFS again: its upload URL is asked
  // for beside the preupload, a round trip sooner. Should the preupload say otherwise, that answer
  // (which stores nothing) goes unused.
  const early = askEarly(client, target, plan.changed)
  const rest = ahead ? files.filter((f) => !ahead.paths.has(f.pathInRepo)) : files
  const [answeredAhead, answered] = await Promise.all([
    ahead?.answers,
    rest.length === 0
      ? undefined
      : preupload(
          client,
          target.type,
          target.id,
          target.revision,
          rest.map((f) => preuploadFile(f, f.pathInRepo)),
          { createPr: target.createPr, ...rootFiles }
        )
  ])
  const answerOf = (path: string) => (ahead?.paths.has(path) ? answeredAhead : answered)?.get(path)
  const regular: PlannedFile[] = []
  const lfs: PlannedFile[] = []
  const ignored: string[] = []
  for (const file of files) {
    const answer = answerOf(file.pathInRepo)
    if (!answer) throw new Error(`The Hub's preupload answer left out ${file.pathInRepo}.`)
    if (answer.shouldIgnore) {
      ignored.push(file.pathInRepo)
      continue
    }
    // The Hub may know the file already (it changed since the tree was listed): skip it. Only a
    // digest already computed is compared: the plan found this file new or changed.
    if (answer.oid && (answer.oid === file.gitSha1 || answer.oid === file.sha256)) continue
    // Object storage refuses empty objects: an empty file is always a regular one.
    if (answer.uploadMode === 'lfs' && file.size > 0) lfs.push(file)
    else regular.push(file)
  }
  if (ignored.length > 0) {
    runner.warning(
      `Left out ${ignored.length} file(s) that the repo's .gitignore covers: ${ignored.slice(0, 5).join(', ')}${ignored.length > 5 ? ', …' : ''}.`
    )
  }
  await hashAll(lfs, 'sha256', { progress: (line) => runner.info(line) })
  const lfsBytes = await uploadLfsFiles(
    client,
    target,
    lfs as (PlannedFile & { sha256: string })[],
    await early
  )
  const operations: CommitOperation[] = [
    ...regular.map((f): CommitOperation => ({
      key: 'file',
      path: f.pathInRepo,
      absolutePath: f.absolutePath
    })),
    ...lfs.map((f): CommitOperation => ({
      key: 'lfsFile',
      path: f.pathInRepo,
      oid: f.sha256 as string,
      size: f.size
    })),
    ...plan.deleted.map((d): CommitOperation => ({ key: 'deletedFile', path: d.pathInRepo }))
  ]
  return { operations, lfsBytes, ignored }
}

/** The LFS batch answers for the changed files expected to go by LFS (none on a failure). */
function askEarly(
  client: HubClient,
  target: CommitTarget,
  changed: readonly PlannedFile[]
): Promise<LfsUploadAnswer[]> {
  const likely = changed.filter((f) => f.remoteIsLfs && f.sha256 && f.size > 0)
  if (likely.length === 0) return Promise.resolve([])
  // A failure here is not the deploy's: the files are asked for again, in turn.
  return requestLfsUploads(
    client,
    target.type,
    target.id,
    target.createPr ? undefined : target.revision,
    [...new Map(likely.map((f) => [f.sha256, { oid: f.sha256 as string, size: f.size }])).values()]
  ).catch(() => [])
}
