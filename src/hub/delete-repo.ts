/** `DELETE /api/repos/delete`: deletes a repo; false when it was already gone (404). */
import type { RepoType } from '../settings.js'
import type { HubClient } from './client.js'

export async function deleteRepo(client: HubClient, type: RepoType, id: string): Promise<boolean> {
  const [organization, name] = id.split('/')
  const res = await client.send({
    method: 'DELETE',
    path: '/api/repos/delete',
    json: { name, organization, type },
    acceptStatuses: [404]
  })
  return res.status !== 404
}
