/**
 * Space management routes: runtime, restart (`?factory=true`), pause, sleep time, hardware,
 * secrets, variables, and the build/run logs as server-sent events. A configuration change
 * (hardware, sleep time, a secret or a variable) restarts the Space, as on the Hub.
 */
import { HubHttpError, badRequest, sendJson, type RequestContext } from '../http.js'
import { INVALID_USERNAME_OR_PASSWORD } from '../auth.js'
import type { SecretEntry } from '../repos.js'
import type { SpaceRuntime } from '../space-runtime.js'
import { checkKey, checkSleepSeconds, restartForConfigChange, upsert } from '../space-config.js'
import type { Router } from '../router.js'
import type { HubEmulator } from '../server.js'
import { accessRepo, accessSpace } from './shared.js'

/** The Hub's answer to paid hardware on an account without a payment method (gradio#3804). */
const PAYMENT_NEEDED =
  "You must add a payment method to your account to upgrade your space's hardware. Visit your billing settings to add one: https://huggingface.co/settings/billing"
export const HARDWARE_FLAVORS = [
  'cpu-basic',
  'cpu-upgrade',
  'cpu-performance',
  'cpu-xl',
  'sprx8',
  'zero-a10g',
  't4-small',
  't4-medium',
  'l4x1',
  'l4x4',
  'l40sx1',
  'l40sx4',
  'l40sx8',
  'a10g-small',
  'a10g-large',
  'a10g-largex2',
  'a10g-largex4',
  'a100-large',
  'a100x4',
  'a100x8',
  'h200',
  'h200x2',
  'h200x4',
  'h200x8',
  'inf2x6'
]

export function registerSpaceRoutes(router: Router, hub: HubEmulator): void {
  router.on('GET', '/api/spaces/:ns/:name/runtime', (ctx) => {
    const { repo } = accessRepo(hub, ctx, 'read', 'space')
    // The stage a read sees counts as read: each stage is seen `pollsPerStage` times, the first
    // read after a commit or restart shows BUILDING as on the Hub.
    const runtime = repo.runtime?.toJSON()
    repo.runtime?.onRead()
    sendJson(ctx, 200, runtime)
  })

  router.on('POST', '/api/spaces/:ns/:name/restart', async (ctx) => {
    const { repo, grant } = accessSpace(hub, ctx)
    if (grant?.type === 'oauth') throw new HubHttpError(401, INVALID_USERNAME_OR_PASSWORD)
    if (repo.runtime.isStatic) throw badRequest('Cannot restart a static Space')
    const head = await repo.git.resolve('main')
    await hub.repos.startSpaceBuild(repo, head as string, {
      factory: ctx.url.searchParams.get('factory') === 'true',
      restart: true
    })
    sendJson(ctx, 200, repo.runtime.toJSON())
  })

  router.on('POST', '/api/spaces/:ns/:name/pause', (ctx) => {
    const { repo } = accessSpace(hub, ctx)
    if (repo.runtime.isStatic) throw badRequest('Cannot pause a static Space')
    repo.runtime.pause()
    sendJson(ctx, 200, repo.runtime.toJSON())
  })

  router.on('POST', '/api/spaces/:ns/:name/sleeptime', async (ctx) => {
    const { repo, grant } = accessSpace(hub, ctx)
    if (grant?.type === 'oauth') throw new HubHttpError(401, INVALID_USERNAME_OR_PASSWORD)
    const { seconds } = (await ctx.json<{ seconds?: unknown }>()) ?? {}
    checkSleepSeconds(seconds)
    // cpu-basic Spaces always sleep after 48 h: the Hub accepts the call and keeps that value.
    const next = seconds === -1 ? null : seconds
    if (repo.runtime.requestedHardware !== 'cpu-basic' && repo.runtime.gcTimeout !== next) {
      repo.runtime.gcTimeout = next
      await restartForConfigChange(hub.repos, repo)
    }
    sendJson(ctx, 200, repo.runtime.toJSON())
  })

  router.on('POST', '/api/spaces/:ns/:name/hardware', async (ctx) => {
    const { repo, grant } = accessSpace(hub, ctx)
    if (grant?.type === 'oauth') throw new HubHttpError(401, INVALID_USERNAME_OR_PASSWORD)
    const { flavor, sleepTimeSeconds } =
      (await ctx.json<{ flavor?: string; sleepTimeSeconds?: number }>()) ?? {}
    if (!flavor || !HARDWARE_FLAVORS.includes(flavor))
      throw badRequest(`Invalid hardware flavor: ${String(flavor)}`)
    if (sleepTimeSeconds !== undefined) checkSleepSeconds(sleepTimeSeconds)
    if (flavor !== 'cpu-basic' && !grant?.user.isPro) throw new HubHttpError(403, PAYMENT_NEEDED)
    repo.runtime.requestedHardware = flavor
    if (sleepTimeSeconds !== undefined && flavor !== 'cpu-basic')
      repo.runtime.gcTimeout = sleepTimeSeconds === -1 ? null : sleepTimeSeconds
    await restartForConfigChange(hub.repos, repo)
    sendJson(ctx, 200, repo.runtime.toJSON())
  })

  const settingsMap = (kind: 'secrets' | 'variables') => ({
    list(ctx: RequestContext) {
      const { repo } = accessSpace(hub, ctx)
      sendJson(ctx, 200, render(kind, repo[kind]))
    },
    // Every write restarts the Space, even one that sets the value it already had: the Hub
    // cannot compare secret values either.
    async upsert(ctx: RequestContext) {
      const { repo } = accessSpace(hub, ctx)
      const body = (await ctx.json<{ key?: string; value?: string; description?: string }>()) ?? {}
      checkKey(body.key)
      upsert(repo[kind], body)
      await restartForConfigChange(hub.repos, repo)
      sendJson(ctx, 200, kind === 'secrets' ? {} : render(kind, repo[kind]))
    },
    async remove(ctx: RequestContext) {
      const { repo } = accessSpace(hub, ctx)
      const body = (await ctx.json<{ key?: string }>()) ?? {}
      if (body.key && repo[kind].delete(body.key)) await restartForConfigChange(hub.repos, repo)
      sendJson(ctx, 200, kind === 'secrets' ? {} : render(kind, repo[kind]))
    }
  })
  for (const kind of ['secrets', 'variables'] as const) {
    const handlers = settingsMap(kind)
    router.on('GET', `/api/spaces/:ns/:name/${kind}`, handlers.list)
    router.on('POST', `/api/spaces/:ns/:name/${kind}`, handlers.upsert)
    router.on('DELETE', `/api/spaces/:ns/:name/${kind}`, handlers.remove)
  }

  router.on('GET', '/api/spaces/:ns/:name/logs/:kind', (ctx) => {
    const { repo } = accessSpace(hub, ctx)
    const kind = ctx.params.kind
    if (kind !== 'build' && kind !== 'run') throw new HubHttpError(404, 'Not found')
    const lines = kind === 'build' ? repo.runtime.buildLog : repo.runtime.runLog
    const tail = Number(ctx.url.searchParams.get('tail') ?? 0)
    const selected = tail > 0 ? lines.slice(-tail) : lines
    ctx.res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' })
    for (const line of selected) ctx.res.write(`data: ${JSON.stringify(line)}\n\n`)
    if (kind === 'build' && repo.runtime.building)
      followBuildLog(ctx, repo.runtime, selected.length)
    else ctx.res.end()
  })
}

/** Secrets never show their values; variables do. */
function render(
  kind: 'secrets' | 'variables',
  map: Map<string, SecretEntry>
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, entry] of map) {
    out[key] =
      kind === 'secrets'
        ? {
            key,
            ...(entry.description !== undefined && { description: entry.description }),
            updatedAt: entry.updatedAt
          }
        : {
            value: entry.value,
            ...(entry.description !== undefined && { description: entry.description }),
            updatedAt: entry.updatedAt
          }
  }
  return out
}

/**
 * While a Space builds, the Hub keeps its build-log stream open and sends lines as they come; it
 * closes the stream once the Space settles. `cutLogStreams` cuts a stream midway (a dropped
 * connection), once per stream, after a few lines sent live.
 */
function followBuildLog(ctx: RequestContext, runtime: SpaceRuntime, alreadySent: number): void {
  let log = runtime.buildLog
  let sent = alreadySent
  let cut = false
  const send = (): void => {
    // A new build started: its log is a new one.
    if (runtime.buildLog !== log) {
      log = runtime.buildLog
      sent = 0
    }
    for (; sent < log.length; sent++) ctx.res.write(`data: ${JSON.stringify(log[sent])}\n\n`)
    if (!cut && runtime.cutLogStreams > 0 && sent >= alreadySent + 3) {
      cut = true
      runtime.cutLogStreams--
      stop()
      ctx.req.socket.destroy()
      return
    }
    if (!runtime.building) {
      stop()
      ctx.res.end()
    }
  }
  const stop = runtime.watchLogs(send)
  ctx.res.on('close', stop)
  send()
}
