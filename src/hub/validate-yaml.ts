/**
 * `POST /api/validate-yaml`: the Hub's check of a README's metadata, as the official client does
 * it before committing a README. A 400 lists the problems (`errors[].message`), thrown as a
 * `HubApiError` whose message carries them.
 */
import type { RepoType } from '../settings.js'
import type { HubClient } from './client.js'

export async function validateYaml(
  client: HubClient,
  content: string,
  repoType: RepoType
): Promise<string[]> {
  const res = await client.json<{ warnings?: { message?: string }[] } | undefined>({
    method: 'POST',
    path: '/api/validate-yaml',
    json: { content, repoType },
    idempotent: true
  })
  return (res?.warnings ?? []).map((w) => w.message ?? JSON.stringify(w))
}
