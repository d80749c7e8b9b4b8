/**
 * What watching a Space needs: the Hub client and the waiting settings. A mode's context has both,
 * so modes pass theirs; `src/space/` never imports from the modes above it.
 */
import type { HubClient } from '../hub/client.js'
import type { ActionSettings } from '../settings.js'

export interface SpaceContext {
  client: HubClient
  settings: Pick<ActionSettings, 'wait' | 'waitTimeoutSeconds'>
}

/** The branch a Space builds and serves. */
export const SPACE_BRANCH = 'main'
