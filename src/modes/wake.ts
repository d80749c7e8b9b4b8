/**
 * `wake`, keep-alive done right: never restarts a healthy Space.
 * - SLEEPING / STOPPED → restart, then wait for RUNNING;
 * - RUNNING → no restart; one visit to the app (`ping_app`) restarts its sleep timer;
 * - building or starting → wait for it;
 * - PAUSED → left alone (its owner paused it), with a notice;
 * - an error stage → reported with its log, and the step fails.
 */
import * as runner from '../runner/index.js'
import { getRepoInfo } from '../hub/repo-info.js'
import { restartSpace } from '../hub/restart-space.js'
import { getSpaceRuntime } from '../hub/space-runtime.js'
import { drain } from '../hub/transport/index.js'
import { ERROR_STAGES, TRANSITIONAL_STAGES, type SpaceRuntime } from '../hub/types.js'
import { getErrorMessage, sentence } from '../errors.js'
import { checkBeforeWrite } from '../preflight/write-access.js'
import { appUrl, type RepoResult } from '../result.js'
import { explainFailure, waitForStage } from '../space/index.js'
import type { ModeContext } from './context.js'

const ASLEEP = ['SLEEPING', 'STOPPED']

export async function wake(ctx: ModeContext, result: RepoResult): Promise<void> {
  const spaceId = result.repoId
  const runtime = await getSpaceRuntime(ctx.client, spaceId)
  result.runtime = runtime
  const { stage } = runtime
  if (stage === 'RUNNING') {
    result.notes.push('Running: not restarted.')
    if (!ctx.settings.pingApp) return
    // A visit resets the sleep timer: a change a dry run does not make.
    if (ctx.settings.dryRun) result.notes.push('Dry run: would visit the app.')
    else await pingApp(ctx, result, runtime)
  } else if (ASLEEP.includes(stage) && ctx.settings.dryRun) {
    await checkBeforeWrite(ctx, result)
    result.notes.push(`Dry run: was ${stage}, would restart it to wake it.`)
  } else if (ASLEEP.includes(stage)) {
    await checkBeforeWrite(ctx, result)
    result.runtime = await restartSpace(ctx.client, spaceId, { factory: false })
    result.changed = true
    result.notes.push(`Was ${stage}: restarted to wake it.`)
    await waitForStage(ctx, result)
  } else if (TRANSITIONAL_STAGES.includes(stage)) {
    result.notes.push(`Already ${stage}: not restarted.`)
    await waitForStage(ctx, result)
  } else if (stage === 'PAUSED') {
    result.notes.push('Paused by its owner: left alone. Use mode: restart to start it.')
    runner.notice(
      `${spaceId} is PAUSED: wake leaves paused Spaces alone (use mode: restart to start it).`
    )
  } else if (ERROR_STAGES.includes(stage)) {
    await explainFailure(ctx, result)
  } else {
    result.error = `${spaceId} is in ${stage}: wake cannot bring it up.`
  }
}

/**
 * One GET of the app: a visit, so the sleep timer starts over. The token goes along only where a
 * visit needs it and nobody else can read it: a private Space, on the Hub's own domain (not a
 * custom one), over https or to this very machine.
 */
async function pingApp(ctx: ModeContext, result: RepoResult, runtime: SpaceRuntime): Promise<void> {
  const url = appUrl(ctx.settings.endpoint, runtime)
  if (!url) {
    result.notes.push('No app URL in the runtime: nothing to ping.')
    return
  }
  const headers: Record<string, string> = { 'user-agent': 'hf-space-action (keep-alive ping)' }
  const withheld = await tokenWithheldBecause(ctx, result.repoId, runtime, url)
  if (withheld === undefined) headers.authorization = `Bearer ${ctx.settings.token}`
  else if (withheld) result.notes.push(`Pinged the app without the token: ${withheld}.`)
  try {
    // Not a Hub call (no retries, its own token rule), but over the client's connections.
    const res = await ctx.client.transport.request(new URL(url), {
      method: 'GET',
      headers,
      headersTimeoutMs: 30_000,
      bodyTimeoutMs: 30_000
    })
    await drain(res.body)
    if (res.statusCode >= 400) {
      runner.warning(`Pinging ${url} answered ${res.statusCode}: the visit may not have counted.`)
      result.notes.push(`App ping answered ${res.statusCode}.`)
    } else {
      result.notes.push(`Pinged the app (${res.statusCode}).`)
    }
  } catch (error) {
    runner.warning(
      `${sentence(`Could not ping ${url}: ${getErrorMessage(error)}`)} The Space keeps running; its sleep timer was not reset.`
    )
    result.notes.push('App ping failed (warning only).')
  }
}

/**
 * Why the ping goes without the token ('' when there is none to send or a public Space needs
 * none), or undefined when it goes with it.
 */
async function tokenWithheldBecause(
  ctx: ModeContext,
  spaceId: string,
  runtime: SpaceRuntime,
  url: string
): Promise<string | undefined> {
  if (!ctx.settings.token) return ''
  const { protocol, hostname } = new URL(url)
  if (runtime.domains?.find((d) => hostname === d.domain.split(':')[0])?.isCustom === true) {
    return `${hostname} is a custom domain, not the Hub's`
  }
  if (protocol !== 'https:' && !isLoopback(hostname)) {
    return `${new URL(url).origin} is plain http to another machine`
  }
  try {
    const info = await getRepoInfo(ctx.client, 'space', spaceId, 'main')
    return info.private === true ? undefined : ''
  } catch (error) {
    return `could not tell whether the Space is private (${getErrorMessage(error)})`
  }
}

function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(hostname) ||
    hostname === '[::1]'
  )
}
