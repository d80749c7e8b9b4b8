/**
 * `empty-commit`: one commit on `revision` that changes no file — it makes a Space rebuild — then
 * (for a Space's main branch) waits until the Space serves it. It is made with git rather than
 * the HTTP commit API: whether the Hub accepts a commit without operations is undocumented, while
 * an empty git commit is plain git (see git/push-empty-commit.ts).
 */
import { afterCommit } from '../commit/after-commit.js'
import { commitMessage } from '../commit/commit-message.js'
import { ensureRepo } from '../commit/ensure-repo.js'
import { pushEmptyCommit } from '../git/push-empty-commit.js'
import { readGitHubContext } from '../github-context.js'
import { repoWebPath } from '../hub/types.js'
import { checkBeforeWrite } from '../preflight/write-access.js'
import type { RepoResult } from '../result.js'
import { syncBeforeCommit } from '../space-settings/sync.js'
import type { ModeContext } from './context.js'

export async function emptyCommit(ctx: ModeContext, result: RepoResult): Promise<void> {
  const { settings } = ctx
  const repoId = result.repoId
  await checkBeforeWrite(ctx, result)
  const head = await ensureRepo(ctx, result)
  await syncBeforeCommit(ctx, result, head)
  if (settings.dryRun) {
    const base = head ? ` on top of ${head.slice(0, 12)}` : ''
    result.notes.push(`Dry run: would push an empty commit to ${settings.revision}${base}.`)
    return
  }
  const repoUrl = `${settings.endpoint}/${repoWebPath(settings.repoType, repoId)}`
  const pushed = await pushEmptyCommit({
    remoteUrl: repoUrl,
    token: settings.token,
    revision: settings.revision,
    message: commitMessage(settings, readGitHubContext(), 'rebuild')
  })
  result.notes.push(`Pushed an empty commit ${pushed.sha.slice(0, 12)} to ${settings.revision}.`)
  await afterCommit(ctx, result, { sha: pushed.sha, url: `${repoUrl}/commit/${pushed.sha}` })
}
