/**
 * GitHub Actions' OIDC token service: a job with `permissions: id-token: write` gets
 * `ACTIONS_ID_TOKEN_REQUEST_URL` and `ACTIONS_ID_TOKEN_REQUEST_TOKEN`; a GET of that URL with
 * `&audience=…` and the bearer token answers `{"value": "<JWT>"}`, an RS256 JWT carrying GitHub's
 * claims about the job, verifiable with the keys published at `{issuer}/.well-known/jwks`.
 */
import {
  createPrivateKey,
  generateKeyPairSync,
  randomBytes,
  randomUUID,
  sign,
  type KeyObject
} from 'node:crypto'
import { sendJson } from '../http.js'
import type { Router } from '../router.js'
import { GitHubHttpError } from './http.js'
import type { GitHubEmulator } from './server.js'

/** What the job is: the facts its ID token states. */
export interface JobSpec {
  /** `owner/repo` (default `octo-org/octo-repo`). */
  repository?: string
  /** The workflow file under `.github/workflows/` (default `deploy.yml`). */
  workflowFile?: string
  /** The workflow's `name:` (GitHub's `workflow` claim; default: the file name). */
  workflowName?: string
  ref?: string
  /** The job's `environment:`, when it has one (changes `sub`). */
  environment?: string
  eventName?: string
  sha?: string
  actor?: string
  /** Seconds the ID token is valid (GitHub: a few minutes); negative for an expired one. */
  lifetimeSeconds?: number
  /** Claims added or overridden. */
  extraClaims?: Record<string, unknown>
}

export interface EmulatedJob {
  id: string
  /** `ACTIONS_ID_TOKEN_REQUEST_URL` */
  requestUrl: string
  /** `ACTIONS_ID_TOKEN_REQUEST_TOKEN` */
  requestToken: string
  spec: Required<Omit<JobSpec, 'environment' | 'extraClaims'>> &
    Pick<JobSpec, 'environment' | 'extraClaims'>
  /** ID tokens issued to this job, in order (tests check none was printed). */
  issued: { audience: string; jwt: string }[]
}

export class OidcIssuer {
  readonly kid = randomBytes(8).toString('hex')
  private readonly privateKey: KeyObject
  private readonly publicJwk: Record<string, unknown>
  private readonly jobs = new Map<string, EmulatedJob>()

  constructor(private readonly gh: GitHubEmulator) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    this.privateKey = privateKey
    this.publicJwk = publicKey.export({ format: 'jwk' }) as Record<string, unknown>
  }

  /** `iss` of the tokens: the emulator's base URL (GitHub's is `https://token.actions.githubusercontent.com`). */
  get issuer(): string {
    return this.gh.url
  }

  get jwksUri(): string {
    return `${this.issuer}/.well-known/jwks`
  }

  jwks(): { keys: Record<string, unknown>[] } {
    return { keys: [{ ...this.publicJwk, kid: this.kid, alg: 'RS256', use: 'sig' }] }
  }

  addJob(spec: JobSpec = {}): EmulatedJob {
    const id = randomUUID()
    const workflowFile = spec.workflowFile ?? 'deploy.yml'
    const job: EmulatedJob = {
      id,
      requestUrl: `${this.gh.url}/_apis/distributedtask/hubs/Actions/plans/${randomUUID()}/jobs/${id}/idtoken?api-version=2.0`,
      requestToken: `eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.${randomBytes(24).toString('base64url')}.request`,
      spec: {
        repository: spec.repository ?? 'octo-org/octo-repo',
        workflowFile,
        workflowName: spec.workflowName ?? workflowFile,
        ref: spec.ref ?? 'refs/heads/main',
        environment: spec.environment,
        eventName: spec.eventName ?? 'push',
        sha: spec.sha ?? randomBytes(20).toString('hex'),
        actor: spec.actor ?? 'octocat',
        lifetimeSeconds: spec.lifetimeSeconds ?? 300,
        extraClaims: spec.extraClaims
      },
      issued: []
    }
    this.jobs.set(id, job)
    return job
  }

  /** GitHub's claims for the job, as the token service states them. */
  claims(job: EmulatedJob, audience: string): Record<string, unknown> {
    const s = job.spec
    const now = Math.floor(Date.now() / 1000)
    const [owner] = s.repository.split('/')
    const workflowRef = `${s.repository}/.github/workflows/${s.workflowFile}@${s.ref}`
    const sub = s.environment
      ? `repo:${s.repository}:environment:${s.environment}`
      : s.eventName === 'pull_request'
        ? `repo:${s.repository}:pull_request`
        : `repo:${s.repository}:ref:${s.ref}`
    return {
      jti: randomUUID(),
      sub,
      aud: audience,
      ref: s.ref,
      sha: s.sha,
      repository: s.repository,
      repository_owner: owner,
      repository_owner_id: String(this.gh.ownerId(owner)),
      repository_id: String(this.gh.repositoryId(s.repository)),
      repository_visibility: 'public',
      run_id: '9876543210',
      run_number: '42',
      run_attempt: '1',
      actor: s.actor,
      actor_id: '583231',
      workflow: s.workflowName,
      workflow_ref: workflowRef,
      workflow_sha: s.sha,
      job_workflow_ref: workflowRef,
      job_workflow_sha: s.sha,
      head_ref: '',
      base_ref: '',
      event_name: s.eventName,
      ref_type: s.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      ref_protected: 'false',
      runner_environment: 'github-hosted',
      ...(s.environment !== undefined && { environment: s.environment }),
      iss: this.issuer,
      nbf: now - 5,
      iat: now,
      exp: now + s.lifetimeSeconds,
      ...s.extraClaims
    }
  }

  /** Signs claims with the issuer's key (tests may forge tokens with other keys through `signWith`). */
  sign(claims: Record<string, unknown>): string {
    return signJwt(claims, this.privateKey, this.kid)
  }

  issue(job: EmulatedJob, audience: string): string {
    const jwt = this.sign(this.claims(job, audience))
    job.issued.push({ audience, jwt })
    return jwt
  }

  /** Every ID token issued so far, of every job. */
  issuedTokens(): string[] {
    return [...this.jobs.values()].flatMap((job) => job.issued.map((i) => i.jwt))
  }

  jobByPath(id: string): EmulatedJob | undefined {
    return this.jobs.get(id)
  }
}

/** An RS256 JWT (header `kid`), for the issuer and for tests that forge one with another key. */
export function signJwt(
  claims: Record<string, unknown>,
  key: KeyObject | string,
  kid: string
): string {
  const privateKey = typeof key === 'string' ? createPrivateKey(key) : key
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  const input = `${part({ typ: 'JWT', alg: 'RS256', kid })}.${part(claims)}`
  const signature = sign('RSA-SHA256', Buffer.from(input), privateKey).toString('base64url')
  return `${input}.${signature}`
}

export function registerOidcRoutes(router: Router, gh: GitHubEmulator): void {
  router.on('GET', '/.well-known/openid-configuration', (ctx) =>
    sendJson(ctx, 200, {
      issuer: gh.oidc.issuer,
      jwks_uri: gh.oidc.jwksUri,
      subject_types_supported: ['public', 'pairwise'],
      response_types_supported: ['id_token'],
      claims_supported: [
        'sub',
        'aud',
        'exp',
        'iat',
        'iss',
        'jti',
        'nbf',
        'ref',
        'repository',
        'repository_id',
        'repository_owner',
        'run_id',
        'workflow',
        'workflow_ref',
        'job_workflow_ref',
        'environment',
        'event_name',
        'actor'
      ],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid']
    })
  )
  router.on('GET', '/.well-known/jwks', (ctx) => sendJson(ctx, 200, gh.oidc.jwks()))
  router.on('GET', '/_apis/distributedtask/hubs/Actions/plans/:plan/jobs/:job/idtoken', (ctx) => {
    const job = gh.oidc.jobByPath(ctx.params.job)
    if (!job || ctx.token !== job.requestToken) {
      throw new GitHubHttpError(
        401,
        'Unauthorized: the ID token request token is not valid for this job.'
      )
    }
    // Without an audience, GitHub's default is the repository owner's URL.
    const audience =
      ctx.url.searchParams.get('audience') ?? `${gh.serverUrl}/${job.spec.repository.split('/')[0]}`
    sendJson(ctx, 200, { count: 1, value: gh.oidc.issue(job, audience) })
  })
}
