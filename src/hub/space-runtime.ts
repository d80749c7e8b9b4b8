/** `GET /api/spaces/{id}/runtime`: the Space's stage, hardware, sleep time and served commit. */
import type { HubClient } from './client.js'
import { repoApiPath, type SpaceRuntime } from './types.js'

export function getSpaceRuntime(client: HubClient, spaceId: string): Promise<SpaceRuntime> {
  return client.json<SpaceRuntime>({
    method: 'GET',
    path: `${repoApiPath('space', spaceId)}/runtime`
  })
}
