/** What every mode works with: the Hub client and the validated settings. */
import type { CredentialKind } from '../auth/hub-access.js'
import type { HubClient } from '../hub/client.js'
import type { ActionSettings } from '../settings.js'

export interface ModeContext {
  client: HubClient
  settings: ActionSettings
  /** How `client` authenticates (a Trusted-Publisher token cannot create repos). */
  credential?: CredentialKind
}
