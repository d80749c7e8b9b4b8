/**
 * The emulator's own control routes under `/_emulator/` (never part of the Hub's protocol): used
 * by the CLI, the demo and the benchmarks to inspect requests, inject faults and steer Spaces.
 * Tests in the same process call the `HubEmulator` methods directly.
 */
import { badRequest, sendJson } from '../http.js'
import { STAGES, type Stage } from '../space-runtime.js'
import type { FaultRule } from '../faults.js'
import type { Router } from '../router.js'
import type { HubEmulator } from '../server.js'

export function registerControlRoutes(router: Router, hub: HubEmulator): void {
  router.on('GET', '/_emulator/requests', (ctx) => sendJson(ctx, 200, hub.hubRequests()))
  router.on('DELETE', '/_emulator/requests', (ctx) => {
    hub.clearRequests()
    sendJson(ctx, 200, {})
  })
  router.on('POST', '/_emulator/faults', async (ctx) => {
    const body =
      (await ctx.json<{ rules?: (FaultRule & { path?: string })[]; seed?: number }>()) ?? {}
    hub.faults.clear(body.seed)
    for (const rule of body.rules ?? []) hub.addFault(rule)
    sendJson(ctx, 200, {})
  })
  router.on('POST', '/_emulator/spaces/:ns/:name/stage', async (ctx) => {
    const repo = hub.repos.get('space', `${ctx.params.ns}/${ctx.params.name}`)
    const body = (await ctx.json<{ stage?: Stage; hold?: boolean; errorMessage?: string }>()) ?? {}
    if (!repo?.runtime) throw badRequest('no such Space')
    if (body.stage) {
      if (!STAGES.includes(body.stage)) throw badRequest(`unknown stage ${body.stage}`)
      repo.runtime.force(body.stage, body.errorMessage)
    }
    if (body.hold !== undefined) repo.runtime.hold = body.hold
    sendJson(ctx, 200, repo.runtime.toJSON())
  })
  router.on('GET', '/_emulator/spaces/:ns/:name/visits', (ctx) => {
    const repo = hub.repos.get('space', `${ctx.params.ns}/${ctx.params.name}`)
    sendJson(ctx, 200, repo?.runtime?.appVisits ?? [])
  })
}
