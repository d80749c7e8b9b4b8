/**
 * `GET /api/whoami-v2`: who a token belongs to and what it may do — its role (`read`, `write`,
 * `fineGrained`, …) and, for a fine-grained token, the entities it is scoped to. The Hub rate-limits
 * this route strictly: call it once per run.
 */
import type { HubClient } from './client.js'

export type TokenRole = 'read' | 'write' | 'god' | 'fineGrained'

/** One entry of a fine-grained token: an entity (a repo, a user, an org) and what it may do there. */
export interface FineGrainedScope {
  entity: { _id?: string; type: string; name?: string }
  /** e.g. `repo.content.read`, `repo.write`. */
  permissions: string[]
}

export interface WhoAmI {
  type: 'user' | 'org' | 'app' | string
  name: string
  orgs?: { name: string; roleInOrg?: string }[]
  auth?: {
    /** `access_token`, `oauth`, `app_token`, … */
    type?: string
    accessToken?: {
      displayName?: string
      role: TokenRole | string
      fineGrained?: { scoped: FineGrainedScope[]; global?: string[] }
    }
    expiresAt?: string
  }
}

export function whoAmI(client: HubClient): Promise<WhoAmI> {
  return client.json<WhoAmI>({ method: 'GET', path: '/api/whoami-v2' })
}
