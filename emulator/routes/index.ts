/** Every route the emulator serves, in matching order. */
import { UrlSigner } from '../presign.js'
import type { Router } from '../router.js'
import type { HubEmulator } from '../server.js'
import { registerCommitRoutes } from './commit.js'
import { registerControlRoutes } from './control.js'
import { registerGitHttpRoutes } from './git-http.js'
import { registerIdentityRoutes } from './identity.js'
import { registerLfsRoutes } from './lfs.js'
import { registerOauthRoutes } from './oauth.js'
import { registerRefRoutes } from './refs.js'
import { registerRepoRoutes } from './repos.js'
import { registerResolveRoutes } from './resolve.js'
import { registerSpaceAdminRoutes } from './space-admin.js'
import { registerSpaceRoutes } from './spaces.js'
import { registerTreeRoutes } from './tree.js'

export function registerRoutes(router: Router, hub: HubEmulator): void {
  // One signer for every presigned storage URL: LFS batch answers and `resolve` redirects.
  const signer = new UrlSigner()
  registerControlRoutes(router, hub)
  // LFS storage and git paths (`/{ns}/{name}/…`) before the generic ones that could shadow them.
  registerLfsRoutes(router, hub, signer)
  registerGitHttpRoutes(router, hub)
  registerResolveRoutes(router, hub, signer)
  registerIdentityRoutes(router, hub)
  registerOauthRoutes(router, hub)
  registerSpaceAdminRoutes(router, hub)
  registerSpaceRoutes(router, hub)
  registerRepoRoutes(router, hub)
  registerRefRoutes(router, hub)
  registerTreeRoutes(router, hub)
  registerCommitRoutes(router, hub)
}
