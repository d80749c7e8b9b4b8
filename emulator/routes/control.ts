/**
 * The emulator's own control routes under `/_emulator/` (never part of the Hub's protocol): used
 * by the CLI, the demo and the benchmarks to inspect requests, inject faults and steer Spaces.
 * Tests in the same process call the `HubEmulator` methods directly.
 *
 * Bodies are JSON whatever their `Content-Type` (`curl -d '{"stage":"RUNNING"}'` sends
 * form-urlencoded); a body that is not a JSON object is a 400 saying so, and so is one that asks
 * for nothing this route does.
 */
import { badRequest, sendJson, type RequestContext } from '../http.js'
import { STAGES, type Stage } from '../space-runtime.js'
import type { FaultKind, FaultRule } from '../faults.js'
import type { Router } from '../router.js'
import type { HubEmulator } from '../server.js'

export const CONTROL_ROUTES = {
  'GET /_emulator/requests':
    'the requests the Hub routes received (method, path, headers, status, bytes)',
  'DELETE /_emulator/requests': 'forgets them',
  'POST /_emulator/faults':
    '{"rules": [{"kind": "status", "status": 503, "path": "/commit/", "times": 2}], "seed": 1} replaces the fault rules ([] clears them)',
  'POST /_emulator/spaces/{owner}/{name}/stage':
    '{"stage": "RUNTIME_ERROR", "errorMessage": "…", "hold": true} puts a Space in a stage and/or holds it there',
  'GET /_emulator/spaces/{owner}/{name}/visits': 'the visits its app received (with --serve-apps)'
}

export function registerControlRoutes(router: Router, hub: HubEmulator): void {
  router.on('GET', '/_emulator', (ctx) => sendJson(ctx, 200, CONTROL_ROUTES))
  router.on('GET', '/_emulator/requests', (ctx) => sendJson(ctx, 200, hub.hubRequests()))
  router.on('DELETE', '/_emulator/requests', (ctx) => {
    hub.clearRequests()
    sendJson(ctx, 200, {})
  })
  router.on('POST', '/_emulator/faults', async (ctx) => {
    const body = await controlBody<{ rules?: unknown; seed?: unknown }>(ctx)
    const rules = body.rules ?? []
    // Every kind the injector counts is one it knows.
    const kinds = Object.keys(hub.faults.hits) as FaultKind[]
    if (!Array.isArray(rules) || rules.some((rule) => !isFaultRule(rule, kinds))) {
      throw badRequest(
        `"rules" must be a list of fault rules, each with "kind" one of ${kinds.join(', ')}`
      )
    }
    if (body.seed !== undefined && typeof body.seed !== 'number') {
      throw badRequest('"seed" must be a number')
    }
    hub.faults.clear(body.seed)
    for (const rule of rules as FaultRule[]) hub.addFault(rule)
    sendJson(ctx, 200, { rules: rules.length })
  })
  router.on('POST', '/_emulator/spaces/:ns/:name/stage', async (ctx) => {
    const repo = hub.repos.get('space', `${ctx.params.ns}/${ctx.params.name}`)
    if (!repo?.runtime) throw badRequest(`No Space ${ctx.params.ns}/${ctx.params.name}`)
    const body = await controlBody<{ stage?: unknown; hold?: unknown; errorMessage?: unknown }>(ctx)
    if (body.stage === undefined && body.hold === undefined) {
      throw badRequest('Give "stage" (one of the runtime stages) and/or "hold" (true or false)')
    }
    if (body.stage !== undefined && !STAGES.includes(body.stage as Stage)) {
      throw badRequest(`Unknown stage ${JSON.stringify(body.stage)}: one of ${STAGES.join(', ')}`)
    }
    if (body.hold !== undefined && typeof body.hold !== 'boolean') {
      throw badRequest('"hold" must be true or false')
    }
    if (body.stage !== undefined) {
      const message = typeof body.errorMessage === 'string' ? body.errorMessage : undefined
      repo.runtime.force(body.stage as Stage, message)
    }
    if (body.hold !== undefined) repo.runtime.hold = body.hold as boolean
    sendJson(ctx, 200, repo.runtime.toJSON())
  })
  router.on('GET', '/_emulator/spaces/:ns/:name/visits', (ctx) => {
    const repo = hub.repos.get('space', `${ctx.params.ns}/${ctx.params.name}`)
    sendJson(ctx, 200, repo?.runtime?.appVisits ?? [])
  })
}

/** The body as a JSON object, whatever the `Content-Type`; an empty body is `{}`. */
async function controlBody<T extends object>(ctx: RequestContext): Promise<T> {
  const text = (await ctx.body()).toString('utf8').trim()
  if (text === '') return {} as T
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = undefined
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest(
      `The emulator's control routes take a JSON object as body (any Content-Type), e.g. {"stage": "RUNNING"}; got: ${text.slice(0, 80)}`
    )
  }
  return parsed as T
}

function isFaultRule(rule: unknown, kinds: FaultKind[]): boolean {
  return (
    typeof rule === 'object' &&
    rule !== null &&
    kinds.includes((rule as { kind?: FaultKind }).kind as FaultKind)
  )
}
