/**
 * Repo routes: create and delete, repo info (`/api/{type}s/{id}[/revision/{rev}]`) and the commit
 * list (refs, branches and tags: refs.ts).
 */
import { canWriteNamespace, unauthenticated } from '../auth.js'
import {
  badRequest,
  HubHttpError,
  revisionNotFound,
  sendJson,
  sendJsonText,
  sendText,
  type RepoType,
  type RequestContext
} from '../http.js'
import { repoInfoJson } from '../repo-info.js'
import type { SpaceSdk } from '../repos.js'
import type { Router } from '../router.js'
import type { HubEmulator } from '../server.js'
import {
  applyCreationSettings,
  checkCreationSettings,
  checkPaywall,
  type SpaceCreationSettings
} from '../space-config.js'
import { HARDWARE_FLAVORS } from './spaces.js'
import { accessRepo, repoWebUrl } from './shared.js'

interface CreateRepoBody extends SpaceCreationSettings {
  name?: string
  organization?: string | null
  type?: RepoType
  private?: boolean
  visibility?: 'public' | 'private' | 'protected'
  sdk?: SpaceSdk
}

const REPO_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9])?$/

export function registerRepoRoutes(router: Router, hub: HubEmulator): void {
  router.on('POST', '/api/repos/create', async (ctx) => {
    const grant = hub.tokens.resolve(ctx.token)
    // Trusted-Publisher tokens write to their one repo and cannot create any (the Hub: 401).
    if (!grant || grant.scope) throw unauthenticated()
    const body = (await ctx.json<CreateRepoBody>()) ?? {}
    const type = body.type ?? 'model'
    if (!['model', 'dataset', 'space'].includes(type))
      throw badRequest(`Invalid repo type: ${String(type)}`)
    const namespace = body.organization ?? grant.user.name
    const name = body.name ?? ''
    if (!REPO_NAME.test(name) || name.includes('--') || name.includes('..')) {
      throw badRequest(
        `Invalid repo name: ${name}. Repo names can contain letters, digits, '-', '_' and '.'`
      )
    }
    if (body.private !== undefined && body.visibility !== undefined) {
      throw badRequest('Cannot specify both private and visibility')
    }
    if (type === 'space' && !body.sdk)
      throw badRequest('Space sdk is required: one of gradio, docker, static')
    if (
      type === 'space' &&
      !['gradio', 'docker', 'static', 'streamlit'].includes(body.sdk as string)
    ) {
      throw badRequest(`Invalid sdk: ${String(body.sdk)}`)
    }
    if (!canWriteNamespace(grant, namespace) || grant.role !== 'write') {
      throw new HubHttpError(
        403,
        `You don't have the rights to create a ${type} under this namespace`
      )
    }
    // The paywall check runs before the "already exists" check (huggingface_hub#4535).
    if (type === 'space') {
      checkCreationSettings(body, HARDWARE_FLAVORS)
      checkPaywall(grant, namespace, body.sdk)
    }
    const id = `${namespace}/${name}`
    if (hub.repos.get(type, id)) {
      throw new HubHttpError(
        409,
        `You already created this ${type} repo`,
        undefined,
        { url: repoWebUrl(hub, type, id) },
        {},
        false
      )
    }
    const repo = await hub.repos.create({
      type,
      namespace,
      name,
      private: body.private ?? body.visibility === 'private',
      sdk: body.sdk
    })
    if (type === 'space') applyCreationSettings(repo, body)
    sendJson(ctx, 200, { url: repoWebUrl(hub, type, id), name: id, id: repo.objectId })
  })

  router.on('DELETE', '/api/repos/delete', async (ctx) => {
    const grant = hub.tokens.resolve(ctx.token)
    // Trusted-Publisher tokens write to their one repo and cannot create any (the Hub: 401).
    if (!grant || grant.scope) throw unauthenticated()
    const body = (await ctx.json<CreateRepoBody>()) ?? {}
    const type = body.type ?? 'model'
    const id = `${body.organization ?? grant.user.name}/${body.name ?? ''}`
    ctx.params = { ns: id.split('/')[0], name: id.split('/')[1] }
    const { repo } = accessRepo(hub, ctx, 'write', type)
    await hub.repos.delete(repo)
    sendText(ctx, 200, 'OK')
  })

  router.on('POST', '/api/repos/move', async (ctx) => {
    const body = (await ctx.json<{ fromRepo?: string; toRepo?: string; type?: RepoType }>()) ?? {}
    const type = body.type ?? 'model'
    const [toNamespace, toName] = (body.toRepo ?? '').split('/')
    if (!body.fromRepo || !toNamespace || !toName || !REPO_NAME.test(toName)) {
      throw badRequest('fromRepo and toRepo must be namespace/name')
    }
    const [ns, name] = body.fromRepo.split('/')
    ctx.params = { ns, name }
    const { repo, grant } = accessRepo(hub, ctx, 'write', type)
    if (!grant || !canWriteNamespace(grant, toNamespace)) {
      throw new HubHttpError(403, `You don't have the rights to move a ${type} to ${toNamespace}`)
    }
    if (hub.repos.get(type, body.toRepo as string)) {
      throw new HubHttpError(409, `A ${type} repository called ${body.toRepo} already exists`)
    }
    hub.repos.move(repo, toNamespace, toName)
    sendText(ctx, 200, 'OK')
  })

  const info = async (ctx: RequestContext): Promise<void> => {
    const { repo } = accessRepo(hub, ctx, 'read')
    const rev = ctx.params.rev ?? 'main'
    const sha = await repo.git.resolve(rev)
    if (!sha) throw revisionNotFound(rev)
    const body = await repoInfoJson(repo, sha, ctx.url.searchParams)
    repo.runtime?.onRead()
    sendJsonText(ctx, 200, body, { 'X-Repo-Commit': sha })
  }
  router.on('GET', '/api/:types/:ns/:name', info)
  router.on('GET', '/api/:types/:ns/:name/revision/:rev', info)

  router.on('GET', '/api/:types/:ns/:name/commits/:rev', async (ctx) => {
    const { repo } = accessRepo(hub, ctx, 'read')
    const sha = await repo.git.resolve(ctx.params.rev)
    if (!sha) throw revisionNotFound(ctx.params.rev)
    const limit = Math.min(Number(ctx.url.searchParams.get('limit') ?? 50) || 50, 1000)
    const page = Number(ctx.url.searchParams.get('p') ?? 0) || 0
    const total = await repo.git.countCommits(sha)
    const commits = await repo.git.log(sha, limit, page * limit)
    const headers: Record<string, string> = { 'X-Total-Count': String(total) }
    if ((page + 1) * limit < total) {
      const next = new URL(ctx.url.pathname, hub.url)
      next.searchParams.set('p', String(page + 1))
      next.searchParams.set('limit', String(limit))
      headers.Link = `<${next}>; rel="next"`
    }
    sendJson(
      ctx,
      200,
      commits.map((c) => ({
        id: c.id,
        title: c.title,
        message: c.message,
        authors: [{ user: c.authorName }],
        date: c.date
      })),
      headers
    )
  })
}
