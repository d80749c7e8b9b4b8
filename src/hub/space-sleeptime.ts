/** `POST /api/spaces/{id}/sleeptime`: seconds without visitors before the Space sleeps (-1: never). */
import type { HubClient } from './client.js'
import { repoApiPath, type SpaceRuntime } from './types.js'

export function setSpaceSleepTime(
  client: HubClient,
  spaceId: string,
  seconds: number
): Promise<SpaceRuntime> {
  return client.json({
    method: 'POST',
    path: `${repoApiPath('space', spaceId)}/sleeptime`,
    json: { seconds },
    idempotent: true
  })
}
