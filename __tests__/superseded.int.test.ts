/**
 * A deploy whose commit is overtaken while the action waits: someone (another workflow run)
 * commits to main after it, so the Space builds their commit and never serves ours. The run ends
 * as superseded, successfully, without waiting for wait_timeout or taking their failure as ours.
 */
import { describe, expect, it } from '@jest/globals'
import type { EmulatedRepo, HubEmulator } from '../emulator/index.js'
import { annotations, requestsTo, until, useEmulator } from './helpers/emulator.js'
import { deployInputs, useFolders } from './helpers/deploy.js'
import { runAction, type ActionRun } from './helpers/run-action.js'
import { APP_PY, appEndingIn, commitFiles, seedSpace } from './helpers/spaces.js'

const hub = useEmulator()
const { folder } = useFolders()
const README = '---\nsdk: gradio\napp_file: app.py\n---\n'

/**
 * Deploys a new app.py to `repo` and, once the action polls the runtime, commits `theirs` on top
 * (the Space starts building it; with `settled`, its build is over, and the action's next poll —
 * a second later — sees where it ended). Returns the run, our commit and theirs.
 */
async function deployOvertakenBy(
  emulator: HubEmulator,
  repo: EmulatedRepo,
  theirs: Record<string, string>,
  { settled = false } = {}
): Promise<{ run: ActionRun; ours: string; newer: string }> {
  const runtime = repo.runtime
  if (!runtime) throw new Error('not a Space')
  runtime.hold = true
  const dir = await folder({ 'app.py': `${APP_PY}# ours\n`, 'README.md': README })
  emulator.clearRequests()
  const running = runAction(deployInputs(emulator, repo.id, dir, { wait_timeout: '20' }), {
    env: settled ? { HF_SPACE_ACTION_POLL_MS: '1000' } : {}
  })
  await until(() => requestsTo(emulator, '/runtime').length > 0, 30_000)
  const ours = (await repo.git.resolve('main')) as string
  const newer = await commitFiles(repo, theirs, 'Deploy from another run')
  await emulator.repos.startSpaceBuild(repo, newer)
  if (settled) runtime.settleNow()
  runtime.hold = false
  return { run: await running, ours, newer }
}

function supersededNotice(repoId: string, ours: string, newer: string, stage: string): string {
  return `::notice::${repoId}: Superseded by ${newer.slice(0, 12)} ("Deploy from another run"), committed to main after ${ours.slice(0, 12)}: the Space builds that one instead (now ${stage}), so this run stops waiting.`
}

describe('a deploy superseded while waiting', () => {
  it('succeeds, naming the newer commit, and keeps its own commit_sha', async () => {
    const repo = await seedSpace(hub(), 'user/overtaken')
    const { run, ours, newer } = await deployOvertakenBy(hub(), repo, {
      'app.py': `${APP_PY}# theirs\n`
    })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(ours).not.toBe(newer)
    expect(run.outputs.commit_sha).toBe(ours)
    expect(run.outputs.changed).toBe('true')
    const [notice] = annotations(run, 'notice')
    expect(notice).toBe(supersededNotice('user/overtaken', ours, newer, run.outputs.stage))
    expect(run.summary).toContain(`Superseded by ${newer.slice(0, 12)}`)
    // The branch head is read every few polls, not on each one.
    const headReads = requestsTo(hub(), '/commits/main', 'GET')
    expect(headReads.length).toBeGreaterThanOrEqual(1)
    expect(headReads.length).toBeLessThan(requestsTo(hub(), '/runtime').length)
    expect(headReads.every((r) => r.query.includes('limit=1'))).toBe(true)
  })

  it('does not take the newer commit’s failed build for its own', async () => {
    const repo = await seedSpace(hub(), 'user/overtaken-broken')
    const { run, ours, newer } = await deployOvertakenBy(
      hub(),
      repo,
      appEndingIn('BUILD_ERROR', ['ERROR: their requirements do not resolve']),
      { settled: true }
    )
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs.commit_sha).toBe(ours)
    expect(annotations(run, 'notice')).toEqual([
      supersededNotice('user/overtaken-broken', ours, newer, 'BUILD_ERROR')
    ])
    expect(run.outputs.stage).toBe('BUILD_ERROR')
    expect(run.stdout).not.toContain('their requirements do not resolve')
    // Their build log may be followed while waiting, but it is not shown, nor fetched as ours.
    expect(run.stdout).toContain(
      `user/overtaken-broken builds ${newer.slice(0, 7)}, not ${ours.slice(0, 7)}`
    )
    expect(requestsTo(hub(), '/logs/build').filter((r) => r.query.includes('tail='))).toEqual([])
  })
})
