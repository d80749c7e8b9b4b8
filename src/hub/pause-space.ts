/** `POST /api/spaces/{id}/pause`: stops a Space until its owner restarts it (no billing meanwhile). */
import type { HubClient } from './client.js'
import { repoApiPath, type SpaceRuntime } from './types.js'

/** Pausing twice leaves the Space paused, so the call is safe to retry. */
export function pauseSpace(client: HubClient, spaceId: string): Promise<SpaceRuntime> {
  return client.json<SpaceRuntime>({
    method: 'POST',
    path: `${repoApiPath('space', spaceId)}/pause`,
    idempotent: true
  })
}
