/**
 * `POST /api/spaces/{id}/hardware` (request a flavor, optionally with a sleep time, in one
 * restart) and `GET /api/spaces/hardware` (the flavors the Hub offers).
 */
import type { HubClient } from './client.js'
import { repoApiPath, type SpaceRuntime } from './types.js'

export interface HardwareFlavor {
  name: string
  prettyName?: string
}

export function requestSpaceHardware(
  client: HubClient,
  spaceId: string,
  request: { flavor: string; sleepTimeSeconds?: number }
): Promise<SpaceRuntime> {
  return client.json({
    method: 'POST',
    path: `${repoApiPath('space', spaceId)}/hardware`,
    json: request,
    idempotent: true
  })
}

export function listSpaceHardware(client: HubClient): Promise<HardwareFlavor[]> {
  return client.json({ method: 'GET', path: '/api/spaces/hardware', auth: false })
}
