/**
 * The Hub emulator's Trusted-Publisher exchange (`POST /oauth/token`) with ID tokens from the
 * GitHub emulator: what it accepts, what it refuses and why, and what the issued token may do.
 */
import { describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { signJwt, type JobSpec } from '../emulator/github/index.js'
import { useEmulator } from './helpers/emulator.js'
import { useGitHubEmulator } from './helpers/github-emulator.js'
import { seedSpace } from './helpers/spaces.js'

const hubOf = useEmulator()
const gitHub = useGitHubEmulator()
const CLAIMS = { repository: 'alice/app', workflow: 'deploy.yml', ref: 'refs/heads/main' }

interface ExchangeAnswer {
  status: number
  body: { access_token?: string; error?: string; error_description?: string; expires_in?: number }
}

/** An ID token of a job of the GitHub emulator, for the Hub's audience unless told otherwise. */
async function idToken(spec: JobSpec = {}, audience = hubOf().url): Promise<string> {
  const gh = gitHub()
  const job = gh.addJob({ repository: 'alice/app', workflowFile: 'deploy.yml', ...spec })
  return gh.oidc.issue(job, audience)
}

async function exchange(subjectToken: string, resource: string): Promise<ExchangeAnswer> {
  const res = await fetch(`${hubOf().url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
      subject_token: subjectToken,
      resource
    })
  })
  return { status: res.status, body: (await res.json()) as ExchangeAnswer['body'] }
}

async function publishedSpace(id: string, claims: Record<string, string> = CLAIMS): Promise<void> {
  await seedSpace(hubOf(), id)
  hubOf().trustedPublishers.add({ type: 'space', id, issuer: gitHub().url, claims })
}

function refusal(answer: ExchangeAnswer): string {
  expect(answer.status).toBe(400)
  return `${answer.body.error}: ${answer.body.error_description}`
}

describe('POST /oauth/token', () => {
  it('exchanges a matching ID token for an hf_jwt_ token of that one repo', async () => {
    const hub = hubOf()
    await publishedSpace('user/tp-ok')
    await seedSpace(hub, 'user/tp-other')
    const answer = await exchange(await idToken(), 'spaces/user/tp-ok')
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ token_type: 'bearer', expires_in: 3600 })
    const token = answer.body.access_token as string
    expect(token).toMatch(/^hf_jwt_/)

    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${hub.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body)
      }).then((r) => r.status)
    expect(await call('POST', '/api/spaces/user/tp-ok/restart')).toBe(200)
    expect(await call('POST', '/api/spaces/user/tp-other/restart')).toBe(403)
    expect(
      await call('POST', '/api/repos/create', { name: 'new', type: 'space', sdk: 'static' })
    ).toBe(401)

    const whoami = (await (
      await fetch(`${hub.url}/api/whoami-v2`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { auth: { resource: { sub: string } } }
    expect(whoami.auth.resource.sub).toBe('spaces/user/tp-ok')
  })

  it('matches branch and environment claims when the publisher names them', async () => {
    await publishedSpace('user/tp-env', {
      repository: 'alice/app',
      branch: 'main',
      environment: 'prod'
    })
    expect(
      (await exchange(await idToken({ environment: 'prod' }), 'spaces/user/tp-env')).status
    ).toBe(200)
    expect(
      refusal(await exchange(await idToken({ environment: 'staging' }), 'spaces/user/tp-env'))
    ).toMatch(
      /^invalid_grant: The token's claims do not match any Trusted Publisher of spaces\/user\/tp-env\./
    )
  })

  it('refuses another workflow, repository or ref', async () => {
    await publishedSpace('user/tp-claims')
    for (const spec of [
      { workflowFile: 'other.yml' },
      { repository: 'mallory/app' },
      { ref: 'refs/heads/feature' }
    ]) {
      expect(refusal(await exchange(await idToken(spec), 'spaces/user/tp-claims'))).toMatch(
        /claims do not match/
      )
    }
  })

  it('refuses a token for another audience, an expired one, and a forged one', async () => {
    await publishedSpace('user/tp-checks')
    expect(
      refusal(await exchange(await idToken({}, 'https://example.com'), 'spaces/user/tp-checks'))
    ).toMatch(/audience must be/)
    expect(
      refusal(await exchange(await idToken({ lifetimeSeconds: -120 }), 'spaces/user/tp-checks'))
    ).toMatch(/expired/)
    const gh = gitHub()
    const genuine = gh.oidc.claims(gh.addJob({ repository: 'alice/app' }), hubOf().url)
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const forged = signJwt(genuine, privateKey, gh.oidc.kid)
    expect(refusal(await exchange(forged, 'spaces/user/tp-checks'))).toMatch(/signature is invalid/)
  })

  it('refuses a repo without a publisher, a missing repo, and a malformed request', async () => {
    await seedSpace(hubOf(), 'user/tp-none')
    const token = await idToken()
    expect(refusal(await exchange(token, 'spaces/user/tp-none'))).toMatch(
      /^invalid_grant: No Trusted Publisher for issuer .* is configured on spaces\/user\/tp-none/
    )
    expect(refusal(await exchange(token, 'spaces/user/tp-missing'))).toMatch(
      /^invalid_grant: Repository/
    )
    expect(refusal(await exchange(token, 'not a resource'))).toMatch(
      /^invalid_request: resource must be/
    )
    expect(refusal(await exchange('not-a-jwt', 'spaces/user/tp-none'))).toMatch(/^invalid_request/)
  })

  it('the issued token stops working after its lifetime', async () => {
    const hub = hubOf()
    await publishedSpace('user/tp-expiry')
    const token = (await exchange(await idToken(), 'spaces/user/tp-expiry')).body
      .access_token as string
    const grant = hub.tokens.resolve(token)
    if (grant) grant.expiresAt = Date.now() - 1
    const res = await fetch(`${hub.url}/api/spaces/user/tp-expiry/restart`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` }
    })
    expect(res.status).toBe(401)
  })
})
