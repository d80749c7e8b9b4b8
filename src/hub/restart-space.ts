/** `POST /api/spaces/{id}/restart[?factory=true]`: restarts (or rebuilds without cache) a Space. */
import type { HubClient } from './client.js'
import { repoApiPath, type SpaceRuntime } from './types.js'

/**
 * Sent once, never retried: a second restart would interrupt the build the first one started.
 * @returns the runtime right after the request (usually BUILDING)
 */
export function restartSpace(
  client: HubClient,
  spaceId: string,
  options: { factory: boolean }
): Promise<SpaceRuntime> {
  return client.json<SpaceRuntime>({
    method: 'POST',
    path: `${repoApiPath('space', spaceId)}/restart`,
    query: options.factory ? { factory: 'true' } : undefined,
    idempotent: false
  })
}
