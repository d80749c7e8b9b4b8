/**
 * `deploy`: publishes `path` as one commit that carries only what changed.
 * 1. Local, before any request: select the files, take their sizes, stop on Git LFS pointers.
 * 2. Remote reads: the repo (created when missing, with `create`), the head of `revision`, and
 *    the files under `path_in_repo` at that very commit — while the local files are hashed, each
 *    with just the digest its comparison needs (local-hashes.ts).
 * 3. The plan (added, changed, deleted, with bytes) goes to the log and the summary; a dry run or
 *    an empty plan stops here.
 * 4. Preupload and LFS uploads, then one commit with `parentCommit` (see commit-safely.ts). Files
 *    the tree alone shows new or changed (another size) are preuploaded during step 2 already.
 * 5. For a Space: wait until it serves the new commit, or failed to build.
 */
import * as runner from '../runner/index.js'
import { rmSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareCard, validateCardOnHub, warnIfReadmeLosesCard } from '../card/readme-card.js'
import { afterCommit, reportUnchangedSpace } from '../commit/after-commit.js'
import { commitMessage } from '../commit/commit-message.js'
import { ensureRepoInfo } from '../commit/ensure-repo.js'
import { infoFields } from '../hub/repo-info.js'
import { commitSafely } from '../deploy/commit-safely.js'
import { FileRules } from '../deploy/file-rules.js'
import { inspectFiles, type HashedFile } from '../deploy/hash-file.js'
import { HashWorker } from '../deploy/hash-worker.js'
import { hashAgainstRemote, worthAWorker } from '../deploy/local-hashes.js'
import { assertNoLfsPointers } from '../deploy/lfs-pointer-check.js'
import { describePlan, formatBytes } from '../deploy/plan-report.js'
import { isEmptyPlan, planDeploy, type DeployPlan } from '../deploy/plan.js'
import { RootAttributes } from '../deploy/root-attributes.js'
import { selectFiles } from '../deploy/select-files.js'
import { prepareCommit, type RootFiles } from '../deploy/upload-files.js'
import { preuploadAhead } from '../deploy/preupload-ahead.js'
import type { CommitTarget } from '../deploy/commit-target.js'
import { readGitHubContext } from '../github-context.js'
import { SIBLINGS_TRUSTED_BELOW, filesFromInfo, listRemoteFiles } from '../deploy/remote-files.js'
import type { TreeItem } from '../hub/list-repo-tree.js'
import type { RepoInfo } from '../hub/types.js'
import { checkBeforeWrite, startPreflight } from '../preflight/write-access.js'
import { formatDuration, withProgress } from '../progress.js'
import type { RepoResult } from '../result.js'
import { syncBeforeCommit } from '../space-settings/sync.js'
import type { ModeContext } from './context.js'

export async function deploy(ctx: ModeContext, result: RepoResult): Promise<void> {
  const { settings } = ctx
  const rules = await FileRules.load(settings.path, settings.include, settings.exclude)
  const local = inspectFiles(await selectFiles(settings.path, rules))
  assertNoLfsPointers(local)
  runner.info(`${local.length} file(s) to publish from ${settings.path}.`)
  // Only for big files, started once they are known: booting beside the walk slows the walk
  // about as much as it then gains, and a tree of small files would leave it nothing.
  const hashWorker = worthAWorker(local) ? HashWorker.start() : undefined
  const workDir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'hf-deploy-'))
  try {
    const card = settings.spaceCard
      ? await prepareCard(settings.spaceCard, local, settings.pathInRepo, workDir)
      : undefined
    if (card) await validateCardOnHub(ctx.client, card)
    // Every check of the folder and the card is done: a bad one has made no other request. The
    // token check runs while the files are hashed, so it costs no wall time.
    startPreflight(ctx)
    await deployFiles(ctx, result, { rules, local, workDir, hashWorker })
  } finally {
    hashWorker?.stop()
    // Synchronous: the deploy is over, and a few files go faster than a thread-pool round trip.
    rmSync(workDir, { recursive: true, force: true })
  }
}

interface LocalSide {
  rules: FileRules
  local: HashedFile[]
  workDir: string
  hashWorker?: HashWorker
}

async function deployFiles(
  ctx: ModeContext,
  result: RepoResult,
  { rules, local, workDir, hashWorker }: LocalSide
): Promise<void> {
  const { client, settings } = ctx
  const repoId = result.repoId
  const attributes = await RootAttributes.take(local, settings.pathInRepo, workDir)
  // The token check, the remote reads and the hashing (only the digest that decides) run side by
  // side; the first write waits for the check's verdict, which also outranks a failed read (a
  // token without access to the repo is told as such, not as a missing repo).
  const allowed = checkBeforeWrite(ctx, result)
  allowed.catch(() => undefined)
  const reading = readRemote(ctx, result, local, allowed).catch(async (error: unknown) => {
    await allowed
    throw error
  })
  const remoteFiles = reading.then(({ files }) => new Map(files.map((item) => [item.path, item])))
  const target: CommitTarget = {
    type: settings.repoType,
    id: repoId,
    revision: settings.revision,
    createPr: settings.createPr
  }
  // What the tree alone shows changed is asked about while the rest is hashed (a dry run asks
  // nothing it would not read).
  const ahead = settings.dryRun
    ? undefined
    : Promise.all([remoteFiles, allowed]).then(([remote]) =>
        preuploadAhead(client, target, local, remote, {
          pathInRepo: settings.pathInRepo,
          attributes
        })
      )
  ahead?.catch(() => undefined)
  await hashAgainstRemote(local, remoteFiles, {
    pathInRepo: settings.pathInRepo,
    progress: (line) => runner.info(line),
    worker: hashWorker
  })
  const { info, files: remote } = await reading
  const head = info?.sha
  await allowed
  await syncBeforeCommit(ctx, result, head)
  const plan = planDeploy(local, remote, {
    pathInRepo: settings.pathInRepo,
    deleteMissing: settings.deleteMissing,
    isPublishable: (path) => rules.accepts(path)
  })
  await attributes?.addToPlan(plan, remote)
  reportPlan(ctx, result, plan)
  if (settings.repoType === 'space') await warnIfReadmeLosesCard(plan)

  if (settings.dryRun) {
    result.notes.push('Dry run: changed nothing on the Hub (it only read).')
    return
  }
  // Only the dry run of a repo still to create has no head: unreachable, but say so to the types.
  if (!head) throw new Error(`The ${settings.repoType} ${repoId} has no commit to build on.`)
  if (isEmptyPlan(plan)) {
    result.notes.push('Nothing changed: no commit.')
    // The runtime read with the info still holds unless a settings change restarted the Space.
    await reportUnchangedSpace(ctx, result, head, result.changed ? undefined : info?.runtime)
    return
  }

  const prepared = await prepareCommit(
    client,
    target,
    plan,
    await rootFiles(plan, settings),
    await ahead
  )
  const operations = attributes ? await attributes.settle(prepared.operations) : prepared.operations
  if (operations.length === 0) {
    result.notes.push('Nothing changed (the Hub has every file already): no commit.')
    await reportUnchangedSpace(ctx, result, head)
    return
  }
  const message = commitMessage(settings, readGitHubContext(), 'deploy')
  const startedAt = Date.now()
  const commit = await withProgress(
    () =>
      `Committing ${operations.length} change(s) to ${repoId}: waiting for the Hub for ${formatDuration(Date.now() - startedAt)}`,
    () => commitSafely(client, target, { ...message, parentCommit: head }, operations)
  )
  if (prepared.lfsBytes > 0) result.notes.push(`Uploaded ${formatBytes(prepared.lfsBytes)} by LFS.`)
  if (commit.recovered)
    result.notes.push('The commit answer was lost; the commit was found on the Hub.')
  result.notes.push(
    commit.prUrl
      ? `Opened a pull request: ${commit.prUrl}`
      : `Committed ${commit.sha.slice(0, 12)}.`
  )
  await afterCommit(ctx, result, commit)
}

/** The repo's info (its head, a Space's runtime) and the files under `path_in_repo` at that head. */
async function readRemote(
  ctx: ModeContext,
  result: RepoResult,
  local: readonly HashedFile[],
  allowed: Promise<void>
): Promise<{ info?: RepoInfo; files: TreeItem[] }> {
  const { client, settings } = ctx
  // A small folder asks for the files with the info: below 1,000 files they come complete with it.
  const files = local.length < SIBLINGS_TRUSTED_BELOW
  const info = await ensureRepoInfo(ctx, result, () => allowed, {
    files,
    fields: files ? undefined : infoFields(settings.repoType)
  })
  if (!info) return { files: [] }
  const fromInfo = filesFromInfo(info, settings.pathInRepo)
  // Not kept: a big repo's run a long way (50,000 of them are megabytes).
  delete info.siblings
  if (fromInfo) return { info, files: fromInfo }
  const listed = await listRemoteFiles(client, {
    type: settings.repoType,
    id: result.repoId,
    revision: info.sha,
    folder: settings.pathInRepo,
    localPaths: local.map((f) => f.relativePath)
  })
  return { info, files: listed }
}

function reportPlan(ctx: ModeContext, result: RepoResult, plan: DeployPlan): void {
  const { settings } = ctx
  const where = `${settings.repoType} ${result.repoId} (${settings.revision}${settings.pathInRepo ? `, ${settings.pathInRepo}/` : ''})`
  const description = describePlan(plan)
  runner.info(
    `${settings.dryRun ? 'Dry run — plan' : 'Plan'} for ${where}: ${description.headline}.`
  )
  for (const line of description.logLines) runner.info(`  ${line}`)
  // Said once: in the log above, and in the summary as the title of the plan's table.
  result.details = [
    ...(result.details ?? []),
    { title: `Deploy plan: ${description.headline}`, markdown: description.markdown }
  ]
  const deletesReadme = plan.deleted.some((d) => d.pathInRepo === 'README.md')
  if (settings.repoType === 'space' && deletesReadme) {
    runner.warning(
      'The deploy deletes the Space README.md, which holds its configuration (sdk, app_file): add a README.md to path, or exclude it.'
    )
  }
}

/** The root `.gitattributes` and `.gitignore` being published: preupload takes them into account. */
async function rootFiles(plan: DeployPlan, settings: ModeContext['settings']): Promise<RootFiles> {
  if (settings.pathInRepo) return {}
  const files = [...plan.added, ...plan.changed, ...plan.unchanged]
  const read = async (name: string) => {
    const file = files.find((f) => f.relativePath === name)
    return file ? readFile(file.absolutePath, 'utf8') : undefined
  }
  const [gitAttributes, gitIgnore] = await Promise.all([read('.gitattributes'), read('.gitignore')])
  return { gitAttributes, gitIgnore }
}
