/**
 * Space routes beside the per-Space management ones: the hardware catalogue, duplication, and
 * the README metadata check the clients call before committing a README.
 */
import { unauthenticated, canWriteNamespace } from '../auth.js'
import { validateReadmeMetadata } from '../card-validation.js'
import { HubHttpError, badRequest, sendJson, type RepoType } from '../http.js'
import type { Router } from '../router.js'
import type { HubEmulator } from '../server.js'
import {
  HARDWARE_CATALOG,
  applyCreationSettings,
  checkCreationSettings,
  checkPaywall,
  copySpaceInto,
  type SpaceCreationSettings
} from '../space-config.js'
import { HARDWARE_FLAVORS } from './spaces.js'
import { accessRepo, repoWebUrl } from './shared.js'

interface DuplicateBody extends SpaceCreationSettings {
  repository?: string
  private?: boolean
  visibility?: 'public' | 'private' | 'protected'
}

const REPO_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9])?$/

export function registerSpaceAdminRoutes(router: Router, hub: HubEmulator): void {
  router.on('GET', '/api/spaces/hardware', (ctx) => sendJson(ctx, 200, HARDWARE_CATALOG))

  router.on('POST', '/api/spaces/:ns/:name/duplicate', async (ctx) => {
    const { repo: source, grant } = accessRepo(hub, ctx, 'read', 'space')
    if (!grant) throw unauthenticated()
    const body = (await ctx.json<DuplicateBody>()) ?? {}
    const [namespace, name, extra] = (body.repository ?? '').split('/')
    if (!namespace || !name || extra !== undefined || !REPO_NAME.test(name))
      throw badRequest('repository must be namespace/name')
    if (body.private !== undefined && body.visibility !== undefined)
      throw badRequest('Cannot specify both private and visibility')
    checkCreationSettings(body, HARDWARE_FLAVORS)
    if (!canWriteNamespace(grant, namespace) || grant.role !== 'write')
      throw new HubHttpError(
        403,
        `You don't have the rights to create a space under this namespace`
      )
    // As for creation: the paywall is checked before the target's existence.
    checkPaywall(grant, namespace, source.sdk)
    const id = `${namespace}/${name}`
    if (hub.repos.get('space', id))
      throw new HubHttpError(409, `You already created this space repo`, undefined, {
        url: repoWebUrl(hub, 'space', id)
      })
    const target = await hub.repos.create({
      type: 'space',
      namespace,
      name,
      private: body.private ?? (body.visibility ? body.visibility === 'private' : source.private),
      sdk: source.sdk
    })
    const sha = await copySpaceInto(source, target)
    applyCreationSettings(target, body)
    await hub.repos.startSpaceBuild(target, sha)
    sendJson(ctx, 200, { url: repoWebUrl(hub, 'space', id) })
  })

  router.on('POST', '/api/validate-yaml', async (ctx) => {
    const body = (await ctx.json<{ content?: unknown; repoType?: RepoType }>()) ?? {}
    if (typeof body.content !== 'string') throw badRequest('content must be a string')
    const errors = validateReadmeMetadata(body.content, body.repoType ?? 'model')
    if (errors.length === 0) {
      sendJson(ctx, 200, {})
      return
    }
    sendJson(
      ctx,
      400,
      { errors: errors.map((message) => ({ message })) },
      { 'X-Error-Message': errors.join('; ').replace(/[\r\n]+/g, ' ') }
    )
  })
}
