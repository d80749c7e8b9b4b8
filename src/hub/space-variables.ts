/**
 * `/api/spaces/{id}/variables`: list, upsert, delete (each write answers the whole map and
 * restarts the Space; repeating one is harmless).
 */
import type { HubClient } from './client.js'
import { repoApiPath } from './types.js'

export interface SpaceVariableInfo {
  value: string
  description?: string
  updatedAt?: string
}

export function listSpaceVariables(
  client: HubClient,
  spaceId: string
): Promise<Record<string, SpaceVariableInfo>> {
  return client.json({ method: 'GET', path: `${repoApiPath('space', spaceId)}/variables` })
}

export async function addSpaceVariable(
  client: HubClient,
  spaceId: string,
  variable: { key: string; value: string }
): Promise<void> {
  await client.send({
    method: 'POST',
    path: `${repoApiPath('space', spaceId)}/variables`,
    json: variable,
    idempotent: true
  })
}

export async function deleteSpaceVariable(
  client: HubClient,
  spaceId: string,
  key: string
): Promise<void> {
  await client.send({
    method: 'DELETE',
    path: `${repoApiPath('space', spaceId)}/variables`,
    json: { key }
  })
}
