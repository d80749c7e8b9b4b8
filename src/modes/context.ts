/** What every mode works with: the Hub client and the validated settings. */
import type { HubClient } from '../hub/client.js'
import type { ActionSettings } from '../settings.js'

export interface ModeContext {
  client: HubClient
  settings: ActionSettings
}
