/** Every route the emulator serves, in matching order. */
import type { Router } from '../router.js'
import type { HubEmulator } from '../server.js'
import { registerControlRoutes } from './control.js'
import { registerIdentityRoutes } from './identity.js'
import { registerRepoRoutes } from './repos.js'
import { registerSpaceRoutes } from './spaces.js'

export function registerRoutes(router: Router, hub: HubEmulator): void {
  registerControlRoutes(router, hub)
  registerIdentityRoutes(router, hub)
  registerSpaceRoutes(router, hub)
  registerRepoRoutes(router, hub)
}
