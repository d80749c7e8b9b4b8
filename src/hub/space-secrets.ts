/**
 * `/api/spaces/{id}/secrets`: list (keys, descriptions and dates — never values), upsert, delete.
 * Each write restarts the Space; an upsert or delete of the same key is safe to repeat.
 */
import type { HubClient } from './client.js'
import { repoApiPath } from './types.js'

export interface SpaceSecretInfo {
  key?: string
  description?: string
  updatedAt?: string
}

export function listSpaceSecrets(
  client: HubClient,
  spaceId: string
): Promise<Record<string, SpaceSecretInfo>> {
  return client.json({ method: 'GET', path: `${repoApiPath('space', spaceId)}/secrets` })
}

export async function addSpaceSecret(
  client: HubClient,
  spaceId: string,
  secret: { key: string; value: string; description?: string }
): Promise<void> {
  await client.send({
    method: 'POST',
    path: `${repoApiPath('space', spaceId)}/secrets`,
    json: secret,
    idempotent: true
  })
}

export async function deleteSpaceSecret(
  client: HubClient,
  spaceId: string,
  key: string
): Promise<void> {
  await client.send({
    method: 'DELETE',
    path: `${repoApiPath('space', spaceId)}/secrets`,
    json: { key }
  })
}
