/**
 * The credential a run uses (`token`, `HF_TOKEN`, or a Trusted Publisher when the job may request
 * a GitHub ID token), the claims a refusal names, and the guards for what such a token cannot do.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { publisherClaims } from '../src/auth/github-id-token.js'
import { assertCanCreateRepos, HubAccess } from '../src/auth/hub-access.js'
import { HubClient } from '../src/hub/client.js'
import { HubApiError } from '../src/hub/error.js'
import { getInputs, InputError } from '../src/inputs.js'
import type { ModeContext } from '../src/modes/context.js'

const savedEnv = { ...process.env }
const ID_TOKEN_ENV = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/idtoken?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token'
}

beforeEach(() => {
  for (const name of Object.keys(process.env)) {
    if (/^(INPUT_|ACTIONS_ID_TOKEN_)|^HF_TOKEN$/.test(name)) delete process.env[name]
  }
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})

afterEach(() => {
  jest.restoreAllMocks()
  for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name]
  Object.assign(process.env, savedEnv)
})

function inputs(values: Record<string, string>, env: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(values))
    process.env[`INPUT_${name.toUpperCase()}`] = value
  Object.assign(process.env, env)
}

function jwtWith(claims: Record<string, unknown>): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
  return `${part({ alg: 'RS256' })}.${part(claims)}.c2lnbmF0dXJl`
}

describe('which credential', () => {
  it('no token but an ID token to request: a Trusted Publisher, no input error', () => {
    inputs({ repo_id: 'user/demo', mode: 'restart' }, ID_TOKEN_ENV)
    expect(getInputs()).toMatchObject({ token: undefined, trustedPublisher: true })
  })

  it('a stored token wins over the ID token', () => {
    inputs({ repo_id: 'user/demo', mode: 'restart', token: 'hf_stored' }, ID_TOKEN_ENV)
    expect(getInputs()).toMatchObject({ token: 'hf_stored', trustedPublisher: false })
  })

  it('no credential at all: one error naming both ways', () => {
    inputs(
      { repo_id: 'user/demo', mode: 'restart' },
      // Only half of what id-token: write gives a job is not enough.
      { ACTIONS_ID_TOKEN_REQUEST_URL: ID_TOKEN_ENV.ACTIONS_ID_TOKEN_REQUEST_URL }
    )
    expect(() => getInputs()).toThrow(InputError)
    expect(() => getInputs()).toThrow(
      /^Input 'token' is empty, HF_TOKEN is not set, and the job cannot request a GitHub ID token: mode 'restart' needs a Hub credential, either .*token: \$\{\{ secrets\.HF_TOKEN \}\}.*permissions: id-token: write.*Trusted Publisher of the repo on the Hub\)\.$/
    )
  })

  it('status needs no credential', () => {
    inputs({ repo_id: 'user/demo' })
    expect(getInputs()).toMatchObject({ token: undefined, trustedPublisher: false })
  })

  it('github_token is masked as soon as it is read', () => {
    const writes: string[] = []
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      writes.push(String(chunk))
      return true
    })
    inputs({ repo_id: 'user/demo', github_token: 'ghs_secret' })
    expect(getInputs().githubToken).toBe('ghs_secret')
    expect(writes).toContain('::add-mask::ghs_secret\n')
  })
})

describe('publisherClaims', () => {
  it('reads the claims a publisher is matched on from the ID token', () => {
    const token = jwtWith({
      iss: 'https://token.actions.githubusercontent.com',
      repository: 'alice/app',
      ref: 'refs/heads/main',
      environment: 'production',
      workflow: 'Deploy',
      workflow_ref: 'alice/app/.github/workflows/deploy.yml@refs/heads/main'
    })
    expect(publisherClaims(token)).toEqual({
      repository: 'alice/app',
      workflow: 'deploy.yml',
      ref: 'refs/heads/main',
      environment: 'production',
      issuer: 'https://token.actions.githubusercontent.com'
    })
  })

  it('something that is not a JWT has no claims', () => {
    expect(Object.values(publisherClaims('nope')).filter(Boolean)).toEqual([])
  })
})

describe('what a Trusted-Publisher token cannot do', () => {
  const ctx = (credential: ModeContext['credential']) => ({ credential }) as ModeContext

  it('create a repo: refused before any request', () => {
    expect(() => assertCanCreateRepos(ctx('trusted-publisher'), 'create the Space u/x')).toThrow(
      /^Cannot create the Space u\/x: this run authenticates as a Trusted Publisher .* Pass a stored token/
    )
    expect(() => assertCanCreateRepos(ctx('token'), 'create the Space u/x')).not.toThrow()
  })

  it('a 401 or 403 with such a token is explained; other errors are left alone', () => {
    const settings = { token: undefined, trustedPublisher: true } as never
    const access = new HubAccess(
      settings,
      (token) => new HubClient({ endpoint: 'http://h', token })
    )
    const refused = new HubApiError({
      status: 403,
      method: 'POST',
      url: 'http://h/api/spaces/u/x/hardware',
      hubMessage: 'Forbidden',
      sentToken: true
    })
    expect(String((access.explain(refused) as Error).message)).toBe(
      'Hub answered 403 to POST /api/spaces/u/x/hardware: Forbidden. This run authenticates as a Trusted Publisher (GitHub OIDC): its token writes to this one repo for 60 minutes, and the Hub may not accept it for this call. Pass a stored token with write access (token: ${{ secrets.HF_TOKEN }}) for it.'
    )
    const missing = new HubApiError({
      status: 404,
      method: 'GET',
      url: 'http://h/x',
      sentToken: true
    })
    expect(access.explain(missing)).toBe(missing)
    const withToken = new HubAccess(
      { token: 'hf_x', trustedPublisher: false } as never,
      () => new HubClient({ endpoint: 'http://h' })
    )
    expect(withToken.explain(refused)).toBe(refused)
  })
})
