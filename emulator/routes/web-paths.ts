/**
 * Routes on a repo's web path, where git and Git LFS talk to the Hub: `/{ns}/{name}` for models,
 * `/datasets/{ns}/{name}` and `/spaces/{ns}/{name}`, each with or without `.git`.
 */
import type { RepoType, RequestContext } from '../http.js'
import type { Router } from '../router.js'

/** Prefixed types first, so that `/spaces/a/b/…` is never read as the model `spaces/a`. */
const PREFIXES: [string, RepoType][] = [
  ['/datasets', 'dataset'],
  ['/spaces', 'space'],
  ['', 'model']
]

export type WebRepoHandler = (ctx: RequestContext, type: RepoType) => Promise<void> | void

/**
 * Registers `handler` for `{prefix}/:ns/:name/{suffix}` of every repo type; `ctx.params.name`
 * comes without its `.git`, so that `accessRepo(hub, ctx, need, type)` finds the repo.
 */
export function onRepoWebPath(
  router: Router,
  method: string,
  suffix: string,
  handler: WebRepoHandler
): void {
  for (const [prefix, type] of PREFIXES) {
    router.on(method, `${prefix}/:ns/:name/${suffix}`, (ctx) => {
      ctx.params.name = ctx.params.name.replace(/\.git$/, '')
      return handler(ctx, type)
    })
  }
}
