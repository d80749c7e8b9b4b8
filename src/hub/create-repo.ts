/** `POST /api/repos/create`: creates a model, dataset or Space repo. */
import type { RepoType, SpaceSdk } from '../settings.js'
import type { HubClient } from './client.js'

export interface CreateRepoOptions {
  type: RepoType
  /** `owner/name` */
  id: string
  private: boolean
  /** Required for Spaces. */
  sdk?: SpaceSdk
}

/**
 * Creates the repo; false when it already existed (409). A repeated call only gets that 409, so
 * the call is safe to retry. A 402 (a Gradio or Docker Space without a paid plan) is thrown.
 */
export async function createRepo(client: HubClient, options: CreateRepoOptions): Promise<boolean> {
  const [organization, name] = options.id.split('/')
  const res = await client.send({
    method: 'POST',
    path: '/api/repos/create',
    json: {
      name,
      organization,
      type: options.type,
      private: options.private,
      ...(options.type === 'space' && { sdk: options.sdk })
    },
    idempotent: true,
    acceptStatuses: [409]
  })
  return res.status !== 409
}
