/**
 * Puts emulated repos in the state a test needs, straight through the emulator's objects (no
 * HTTP, so these setup steps never show up in the request log the tests assert on).
 */
import {
  OUTCOME_MARKER,
  type EmulatedRepo,
  type HubEmulator,
  type SpaceSdk,
  type Stage
} from '../../emulator/index.js'

export const APP_PY = 'import gradio as gr\ngr.Interface(lambda x: x, "text", "text").launch()\n'

export interface SeedOptions {
  sdk?: SpaceSdk
  private?: boolean
  /** Files of a first commit after the initial one (default: an app.py, so builds succeed). */
  files?: Record<string, string | Buffer>
  /** Stage to leave the Space in (default: the end of its first build, RUNNING for an app). */
  stage?: Stage
  errorMessage?: string
}

/** Creates `owner/name` as a Space with an app, built and settled, then forced to `stage`. */
export async function seedSpace(
  hub: HubEmulator,
  id: string,
  options: SeedOptions = {}
): Promise<EmulatedRepo> {
  const [namespace, name] = id.split('/')
  const repo = await hub.repos.create({
    type: 'space',
    namespace,
    name,
    sdk: options.sdk ?? 'gradio',
    private: options.private
  })
  const files = options.files ?? { 'app.py': APP_PY }
  const sha = await commitFiles(repo, files, 'Add app')
  await hub.repos.startSpaceBuild(repo, sha)
  repo.runtime?.settleNow()
  if (options.stage) repo.runtime?.force(options.stage, options.errorMessage)
  return repo
}

/** Commits files to `main` directly in the bare repo and returns the new head. */
export async function commitFiles(
  repo: EmulatedRepo,
  files: Record<string, string | Buffer>,
  message: string
): Promise<string> {
  const parent = await repo.git.resolve('main')
  const changes = await Promise.all(
    Object.entries(files).map(async ([path, content]) => ({
      path,
      oid: await repo.git.writeBlob(content)
    }))
  )
  const sha = await repo.git.commit({
    parent,
    changes,
    message,
    author: { name: 'user', email: 'user@example.com' }
  })
  await repo.git.updateRef('refs/heads/main', sha, parent)
  return sha
}

/**
 * An app whose builds end in `outcome` (the emulator reads the marker file), with `log` lines in
 * the failing build or run log.
 */
export function appEndingIn(outcome: Stage, log: string[] = []): Record<string, string> {
  return { 'app.py': APP_PY, [OUTCOME_MARKER]: [outcome, ...log].join('\n') + '\n' }
}
