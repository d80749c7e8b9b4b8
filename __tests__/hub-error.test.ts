/**
 * How Hub error answers become messages: the Hub's own text (`hubMessageOf`) and the remedy a
 * user can act on (`HubApiError.remedy`), for each status the action meets.
 */
import { describe, expect, it } from '@jest/globals'
import { HubApiError, hubMessageOf, type HubApiErrorInit } from '../src/hub/error.js'

const JSON_TYPE = 'application/json; charset=utf-8'

describe('hubMessageOf', () => {
  it('reads the JSON error shapes the Hub and its clients use', () => {
    expect(hubMessageOf('{"error":"Repository not found"}', JSON_TYPE, undefined)).toBe(
      'Repository not found'
    )
    expect(hubMessageOf('{"error":["first","second"]}', JSON_TYPE, undefined)).toBe('first; second')
    expect(hubMessageOf('{"errors":[{"message":"a"},{"message":"b"}]}', JSON_TYPE, 'h')).toBe(
      'a; b'
    )
    expect(hubMessageOf('{"message":"Bad gateway"}', JSON_TYPE, undefined)).toBe('Bad gateway')
  })

  it('keeps the description of an OAuth-style error', () => {
    const body = '{"error":"invalid_grant","error_description":"The subject token has expired"}'
    expect(hubMessageOf(body, JSON_TYPE, undefined)).toBe(
      'invalid_grant: The subject token has expired'
    )
    expect(hubMessageOf('{"error_description":"only this"}', JSON_TYPE, undefined)).toBe(
      'only this'
    )
  })

  it('falls back to X-Error-Message, then to a text body, never to HTML', () => {
    expect(hubMessageOf('not json', JSON_TYPE, 'From the header')).toBe('From the header')
    expect(hubMessageOf('{"other":1}', JSON_TYPE, 'From the header')).toBe('From the header')
    expect(hubMessageOf('  Plain failure\n', 'text/plain', undefined)).toBe('Plain failure')
    expect(hubMessageOf('<html><h1>502</h1></html>', 'text/html', undefined)).toBeUndefined()
    expect(hubMessageOf('', undefined, undefined)).toBeUndefined()
    expect(hubMessageOf('x'.repeat(2000), 'text/plain', undefined)).toHaveLength(500)
  })
})

function apiError(init: Partial<HubApiErrorInit>): HubApiError {
  return new HubApiError({
    status: 500,
    method: 'GET',
    url: 'https://huggingface.co/api/spaces/user/demo/runtime',
    sentToken: true,
    ...init
  })
}

describe('HubApiError', () => {
  it('says what was asked, what the Hub said, what to do and the request id', () => {
    const error = apiError({
      status: 404,
      hubMessage: 'Repository not found',
      errorCode: 'RepoNotFound',
      requestId: 'Root=1-abc;def'
    })
    expect(error.message).toBe(
      'Hub answered 404 to GET /api/spaces/user/demo/runtime: Repository not found. ' +
        'Check `repo_id` and `repo_type`: the space repo user/demo does not exist, or it is ' +
        'private and the token cannot see it (set `create: true` to create it in commit modes). ' +
        '(request id Root=1-abc;def)'
    )
  })

  it('quotes a Hub message that ends its own sentence without doubling its punctuation', () => {
    const read = apiError({ status: 403, hubMessage: 'Your token only has read access.' })
    expect(read.message).toMatch(
      /^Hub answered 403 to GET \S+: Your token only has read access\. The token/
    )
    const busy = apiError({ status: 503, hubMessage: 'We are working on it!', attempts: 6 })
    expect(busy.message).toContain('We are working on it! The Hub failed after 6 attempts:')
    expect(apiError({ status: 500 }).message).toMatch(
      /^Hub answered 500 to GET \S+\. The Hub failed:/
    )
  })

  it('names the repo from API and git paths', () => {
    expect(apiError({}).repo).toBe('space user/demo')
    expect(apiError({ url: 'https://h.co/api/models/org/m/preupload/main' }).repo).toBe(
      'model org/m'
    )
    expect(apiError({ url: 'https://h.co/datasets/org/d.git/info/lfs/objects/batch' }).repo).toBe(
      'dataset org/d'
    )
    expect(apiError({ url: 'https://h.co/org/m.git/info/lfs/objects/batch' }).repo).toBe(
      'model org/m'
    )
    expect(apiError({ url: 'https://h.co/api/whoami-v2' }).repo).toBeUndefined()
  })

  describe('remedy', () => {
    it('401 without a token: set one', () => {
      const remedy = apiError({ status: 401, sentToken: false }).remedy
      expect(remedy).toMatch(/^No token was sent: set the `token` input/)
    })

    it('401 with an unknown token: it is invalid, make a new one', () => {
      const hubMessage = 'Invalid credentials in Authorization header'
      const remedy = apiError({ status: 401, hubMessage }).remedy
      expect(remedy).toMatch(/^The token is invalid, expired or revoked/)
      expect(remedy).toContain('https://huggingface.co/settings/tokens')
    })

    it('401 with a token the call refuses: the OAuth tokens of `hf auth login`', () => {
      const remedy = apiError({ status: 401, hubMessage: 'Invalid username or password.' }).remedy
      expect(remedy).toContain('OAuth tokens from `hf auth login` are refused')
      expect(remedy).toContain('the space repo user/demo')
    })

    it('402: a paid plan', () => {
      expect(apiError({ status: 402 }).remedy).toContain('A paid plan is needed')
    })

    it('403: no write access, and how to get it', () => {
      expect(apiError({ status: 403 }).remedy).toBe(
        'The token lacks write access to the space repo user/demo: use a token with the "write" role, or a fine-grained token with write permission on this repo or its organization.'
      )
    })

    it('404: the repo, or the revision, does not exist', () => {
      const repo = apiError({ status: 404, errorCode: 'RepoNotFound' }).remedy
      expect(repo).toMatch(/^Check `repo_id` and `repo_type`/)
      const revision = apiError({ status: 404, errorCode: 'RevisionNotFound' }).remedy
      expect(revision).toBe('The revision (branch) does not exist: check the `revision` input.')
    })

    it('429: rate-limited, with the number of attempts', () => {
      expect(apiError({ status: 429, attempts: 6 }).remedy).toBe(
        'The Hub rate-limited the action after 6 attempts: run less often, or try again in a few minutes.'
      )
      // Not retried (the Hub asked for a longer wait than the action takes): no count to give.
      expect(apiError({ status: 429, attempts: 1 }).remedy).toBe(
        'The Hub rate-limited the action: run less often, or try again in a few minutes.'
      )
    })

    it.each([500, 502, 503, 504])('%i: the Hub failed, try later', (status) => {
      const remedy = apiError({ status, attempts: 3 }).remedy
      expect(remedy).toBe(
        'The Hub failed after 3 attempts: try again later (https://status.huggingface.co).'
      )
      expect(apiError({ status, attempts: 1 }).remedy).toBe(
        'The Hub failed: try again later (https://status.huggingface.co).'
      )
    })

    it('409 and 412: conflicts', () => {
      expect(apiError({ status: 409 }).remedy).toContain('conflict')
      expect(apiError({ status: 412 }).remedy).toContain('run the action again')
    })
  })
})
