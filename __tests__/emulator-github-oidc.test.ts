/**
 * The GitHub emulator's ID-token service: the URL and bearer a job with `id-token: write` gets,
 * and RS256 JWTs that verify against the published JWKS and carry GitHub's claims.
 */
import { describe, expect, it } from '@jest/globals'
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto'
import { useGitHubEmulator } from './helpers/github-emulator.js'

const gitHub = useGitHubEmulator()

async function fetchIdToken(url: string, bearer: string, audience?: string): Promise<Response> {
  const full = audience ? `${url}&audience=${encodeURIComponent(audience)}` : url
  return fetch(full, { headers: { authorization: `Bearer ${bearer}` } })
}

function decode(jwt: string): { header: Record<string, string>; claims: Record<string, unknown> } {
  const [header, claims] = jwt.split('.').slice(0, 2)
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString()) as Record<string, string>,
    claims: JSON.parse(Buffer.from(claims, 'base64url').toString()) as Record<string, unknown>
  }
}

describe('GitHub emulator: OIDC ID tokens', () => {
  it('issues a JWT for the audience asked, signed with a key of its JWKS', async () => {
    const gh = gitHub()
    const job = gh.addJob({
      repository: 'alice/app',
      workflowFile: 'publish.yml',
      ref: 'refs/heads/main'
    })
    const res = await fetchIdToken(job.requestUrl, job.requestToken, 'https://huggingface.co')
    expect(res.status).toBe(200)
    const { value } = (await res.json()) as { value: string }
    const { header, claims } = decode(value)
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' })

    const config = (await (await fetch(`${gh.url}/.well-known/openid-configuration`)).json()) as {
      issuer: string
      jwks_uri: string
    }
    expect(config.issuer).toBe(gh.url)
    const { keys } = (await (await fetch(config.jwks_uri)).json()) as { keys: JsonWebKey[] }
    const key = keys.find((k) => k.kid === header.kid)
    expect(key).toBeDefined()
    const [h, c, s] = value.split('.')
    const publicKey = createPublicKey({ key: key as JsonWebKey, format: 'jwk' })
    expect(
      verify('RSA-SHA256', Buffer.from(`${h}.${c}`), publicKey, Buffer.from(s, 'base64url'))
    ).toBe(true)

    expect(claims).toMatchObject({
      iss: gh.url,
      aud: 'https://huggingface.co',
      sub: 'repo:alice/app:ref:refs/heads/main',
      repository: 'alice/app',
      repository_owner: 'alice',
      ref: 'refs/heads/main',
      workflow_ref: 'alice/app/.github/workflows/publish.yml@refs/heads/main',
      job_workflow_ref: 'alice/app/.github/workflows/publish.yml@refs/heads/main',
      event_name: 'push'
    })
    const now = Math.floor(Date.now() / 1000)
    expect(claims.exp as number).toBeGreaterThan(now)
    expect(claims.iat as number).toBeLessThanOrEqual(now)
    expect(job.issued).toEqual([{ audience: 'https://huggingface.co', jwt: value }])
  })

  it('a job with an environment gets the environment claim and subject', async () => {
    const job = gitHub().addJob({ repository: 'alice/app', environment: 'production' })
    const { value } = (await (
      await fetchIdToken(job.requestUrl, job.requestToken, 'https://huggingface.co')
    ).json()) as { value: string }
    expect(decode(value).claims).toMatchObject({
      environment: 'production',
      sub: 'repo:alice/app:environment:production'
    })
  })

  it('without an audience, the token is for the repository owner’s URL, as on GitHub', async () => {
    const job = gitHub().addJob({ repository: 'alice/app' })
    const { value } = (await (await fetchIdToken(job.requestUrl, job.requestToken)).json()) as {
      value: string
    }
    expect(decode(value).claims.aud).toBe('https://github.com/alice')
  })

  it('refuses another job’s request token', async () => {
    const gh = gitHub()
    const [a, b] = [gh.addJob(), gh.addJob()]
    const res = await fetchIdToken(a.requestUrl, b.requestToken, 'https://huggingface.co')
    expect(res.status).toBe(401)
    expect(a.issued).toEqual([])
  })
})
