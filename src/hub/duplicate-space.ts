/**
 * `POST /api/spaces/{from}/duplicate`: a new Space with the files and public variables of
 * another (not its secrets), and the configuration given here.
 */
import type { HubClient } from './client.js'
import { repoApiPath } from './types.js'

export interface DuplicateSpaceRequest {
  /** `owner/name` of the copy. */
  repository: string
  private: boolean
  hardware?: string
  sleepTimeSeconds?: number
  secrets?: { key: string; value: string; description?: string }[]
  variables?: { key: string; value: string }[]
}

/** Duplicates the Space; false when the target already exists (409). */
export async function duplicateSpace(
  client: HubClient,
  fromId: string,
  request: DuplicateSpaceRequest
): Promise<boolean> {
  const res = await client.send({
    method: 'POST',
    path: `${repoApiPath('space', fromId)}/duplicate`,
    json: request,
    // A repeat finds the copy made by the first attempt: 409, taken as "exists".
    idempotent: true,
    acceptStatuses: [409]
  })
  return res.status !== 409
}
