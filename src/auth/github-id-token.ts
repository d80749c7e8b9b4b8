/**
 * The job's GitHub OIDC ID token. The runner offers one only to jobs with `permissions:
 * id-token: write`: a GET of `ACTIONS_ID_TOKEN_REQUEST_URL` with `&audience=…`, authorized by
 * `ACTIONS_ID_TOKEN_REQUEST_TOKEN`, answers `{ "value": "<JWT>" }` (what `getIDToken` of
 * `@actions/core` does). The request token goes to that URL's origin only.
 */
import { HubClient } from '../hub/client.js'
import * as runner from '../runner/index.js'

/** Whether this job may request an ID token (both variables are set). */
export function idTokenAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
}

/** A fresh ID token for `audience` (masked); one line of explanation when GitHub refuses. */
export async function fetchGitHubIdToken(
  audience: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<string> {
  try {
    const url = new URL(env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '')
    const client = new HubClient({
      endpoint: url.origin,
      token: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    })
    const answer = await client.json<{ value?: unknown }>({
      method: 'GET',
      path: url.href,
      query: { audience },
      headers: { accept: 'application/json' }
    })
    if (typeof answer?.value !== 'string' || !answer.value) {
      throw new Error('the answer has no ID token')
    }
    runner.setSecret(answer.value)
    return answer.value
  } catch (error) {
    const said = (error as Error).message.replace(/\s+/g, ' ').trim()
    throw new Error(
      `Could not get the job's GitHub ID token for ${audience} (${said}): the job needs permissions: id-token: write.`,
      { cause: error }
    )
  }
}

/**
 * The claims a Trusted Publisher is matched on, read from the (unverified) payload of the ID
 * token: they are this run's own facts, safe to show, and they tell the user what to register.
 */
export function publisherClaims(idToken: string): Record<string, string | undefined> {
  let claims: Record<string, unknown> = {}
  try {
    claims = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8'))
  } catch {
    // Not a JWT: nothing to show.
  }
  const text = (name: string): string | undefined =>
    typeof claims[name] === 'string' ? (claims[name] as string) : undefined
  const workflowRef = text('workflow_ref') ?? text('job_workflow_ref')
  return {
    repository: text('repository'),
    workflow: workflowRef ? /\/\.github\/workflows\/([^@]+)@/.exec(workflowRef)?.[1] : undefined,
    ref: text('ref'),
    environment: text('environment'),
    issuer: text('iss')
  }
}
