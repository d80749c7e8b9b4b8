/** Every route the emulator serves, in matching order. */
import type { Router } from '../router.js'
import type { HubEmulator } from '../server.js'
import { registerCommitRoutes } from './commit.js'
import { registerControlRoutes } from './control.js'
import { registerGitHttpRoutes } from './git-http.js'
import { registerIdentityRoutes } from './identity.js'
import { registerLfsRoutes } from './lfs.js'
import { registerOauthRoutes } from './oauth.js'
import { registerRepoRoutes } from './repos.js'
import { registerSpaceAdminRoutes } from './space-admin.js'
import { registerSpaceRoutes } from './spaces.js'
import { registerTreeRoutes } from './tree.js'

export function registerRoutes(router: Router, hub: HubEmulator): void {
  registerControlRoutes(router, hub)
  // LFS storage and git paths (`/{ns}/{name}/…`) before the generic ones that could shadow them.
  registerLfsRoutes(router, hub)
  registerGitHttpRoutes(router, hub)
  registerIdentityRoutes(router, hub)
  registerOauthRoutes(router, hub)
  registerSpaceAdminRoutes(router, hub)
  registerSpaceRoutes(router, hub)
  registerRepoRoutes(router, hub)
  registerTreeRoutes(router, hub)
  registerCommitRoutes(router, hub)
}
