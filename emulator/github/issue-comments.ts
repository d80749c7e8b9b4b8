/**
 * Issue and pull-request comments: list (paginated with `Link`, as GitHub does, through the
 * `/repositories/{id}/…` form of the URL), create, update.
 */
import { sendJson, type RequestContext } from '../http.js'
import type { Router } from '../router.js'
import { GitHubHttpError, notFound } from './http.js'
import type { GitHubEmulator } from './server.js'
import type { GitHubTokenGrant } from './tokens.js'

export interface EmulatedComment {
  id: number
  repository: string
  issueNumber: number
  body: string
  user: { login: string; id: number; type: string }
  createdAt: string
  updatedAt: string
}

const DOCS = {
  list: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
  create: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  update: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment'
}
/** GitHub's limit on a comment body. */
const MAX_BODY = 65536

export class CommentStore {
  readonly all: EmulatedComment[] = []
  private nextId = 1_000_001

  of(repository: string, issueNumber: number): EmulatedComment[] {
    return this.all.filter((c) => c.repository === repository && c.issueNumber === issueNumber)
  }

  add(
    repository: string,
    issueNumber: number,
    body: string,
    grant: GitHubTokenGrant
  ): EmulatedComment {
    const now = new Date().toISOString()
    const comment: EmulatedComment = {
      id: this.nextId++,
      repository,
      issueNumber,
      body,
      user: { login: grant.login, id: grant.userId, type: grant.userType },
      createdAt: now,
      updatedAt: now
    }
    this.all.push(comment)
    return comment
  }
}

export function registerIssueCommentRoutes(router: Router, gh: GitHubEmulator): void {
  const list = (ctx: RequestContext, repository: string): void => {
    gh.tokens.require(ctx.token, 'read', ['issues', 'pull-requests'], DOCS.list)
    const issueNumber = Number(ctx.params.number)
    const perPage = Math.min(
      Math.max(1, Number(ctx.url.searchParams.get('per_page')) || 30),
      gh.maxPerPage
    )
    const page = Math.max(1, Number(ctx.url.searchParams.get('page')) || 1)
    const comments = gh.comments.of(repository, issueNumber)
    const pages = Math.max(1, Math.ceil(comments.length / perPage))
    const pageUrl = (n: number): string =>
      `${gh.url}/repositories/${gh.repositoryId(repository)}/issues/${issueNumber}/comments?per_page=${perPage}&page=${n}`
    const links: string[] = []
    if (page < pages)
      links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(pages)}>; rel="last"`)
    if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`, `<${pageUrl(1)}>; rel="first"`)
    const body = comments.slice((page - 1) * perPage, page * perPage).map((c) => toJson(gh, c))
    sendJson(ctx, 200, body, links.length > 0 ? { Link: links.join(', ') } : {})
  }

  router.on('GET', '/repos/:owner/:repo/issues/:number/comments', (ctx) =>
    list(ctx, `${ctx.params.owner}/${ctx.params.repo}`)
  )
  router.on('GET', '/repositories/:id/issues/:number/comments', (ctx) => {
    const repository = gh.repositoryById(Number(ctx.params.id))
    if (!repository) throw notFound(DOCS.list)
    list(ctx, repository)
  })

  router.on('POST', '/repos/:owner/:repo/issues/:number/comments', async (ctx) => {
    const grant = gh.tokens.require(ctx.token, 'write', ['issues', 'pull-requests'], DOCS.create)
    const body = await commentBody(ctx)
    const repository = `${ctx.params.owner}/${ctx.params.repo}`
    const comment = gh.comments.add(repository, Number(ctx.params.number), body, grant)
    sendJson(ctx, 201, toJson(gh, comment), { Location: commentUrl(gh, comment) })
  })

  router.on('PATCH', '/repos/:owner/:repo/issues/comments/:id', async (ctx) => {
    gh.tokens.require(ctx.token, 'write', ['issues', 'pull-requests'], DOCS.update)
    const repository = `${ctx.params.owner}/${ctx.params.repo}`
    const comment = gh.comments.all.find(
      (c) => c.id === Number(ctx.params.id) && c.repository === repository
    )
    if (!comment) throw notFound(DOCS.update)
    comment.body = await commentBody(ctx)
    comment.updatedAt = new Date().toISOString()
    sendJson(ctx, 200, toJson(gh, comment))
  })
}

async function commentBody(ctx: RequestContext): Promise<string> {
  const json = await ctx.json<{ body?: unknown }>().catch(() => undefined)
  if (typeof json?.body !== 'string' || json.body === '') {
    throw new GitHubHttpError(422, 'Invalid request.\n\n"body" wasn\'t supplied.')
  }
  if (json.body.length > MAX_BODY) {
    throw new GitHubHttpError(
      422,
      'Validation Failed: body is too long (maximum is 65536 characters)'
    )
  }
  return json.body
}

function commentUrl(gh: GitHubEmulator, c: EmulatedComment): string {
  return `${gh.url}/repos/${c.repository}/issues/comments/${c.id}`
}

function toJson(gh: GitHubEmulator, c: EmulatedComment): Record<string, unknown> {
  return {
    id: c.id,
    node_id: `IC_${Buffer.from(String(c.id)).toString('base64url')}`,
    url: commentUrl(gh, c),
    html_url: `${gh.serverUrl}/${c.repository}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${gh.url}/repos/${c.repository}/issues/${c.issueNumber}`,
    body: c.body,
    user: c.user,
    author_association: 'NONE',
    created_at: c.createdAt,
    updated_at: c.updatedAt
  }
}
