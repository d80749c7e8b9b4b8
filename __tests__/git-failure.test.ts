/**
 * Telling git's failures apart from its stderr (as git 2.39 with curl writes it), and the
 * messages the action gives instead: none of git's own lines, nothing credential-shaped.
 */
import { describe, expect, it } from '@jest/globals'
import { classifyGitFailure, gitCommandError, redact } from '../src/git/git-failure.js'

const REMOTE = 'http://127.0.0.1:8080/spaces/user/demo'
const result = (stderr: string, extra: { timedOut?: boolean } = {}) => ({
  exitCode: 128,
  stdout: '',
  stderr,
  timedOut: extra.timedOut ?? false
})

describe('classifyGitFailure', () => {
  it.each([
    [
      "fatal: unable to access 'http://h/spaces/user/demo/': The requested URL returned error: 403",
      { kind: 'status', status: 403 }
    ],
    [
      "fatal: unable to access 'http://h/spaces/user/demo/': The requested URL returned error: 302",
      { kind: 'redirect' }
    ],
    [
      "fatal: unable to access 'http://h/x/': Operation too slow. Less than 1000 bytes/sec transferred the last 60 seconds",
      { kind: 'timeout' }
    ],
    [
      "fatal: unable to access 'http://h/x/': Failed to connect to h port 80 after 0 ms: Couldn't connect to server",
      { kind: 'unreachable' }
    ],
    [
      "fatal: could not read Username for 'http://h': terminal prompts disabled",
      { kind: 'status', status: 401 }
    ],
    [
      "remote: Repository not found\nfatal: repository 'http://h/x/' not found",
      { kind: 'status', status: 404 }
    ],
    [
      'error: RPC failed; curl 52 Empty reply from server\nfatal: the remote end hung up unexpectedly',
      { kind: 'lost' }
    ],
    [
      ' ! [rejected]        abc -> main (fetch first)\nerror: failed to push some refs',
      { kind: 'rejected' }
    ],
    ['fatal: something new', { kind: 'other' }]
  ])('%s', (stderr, expected) => {
    expect(classifyGitFailure(result(stderr))).toEqual(expected)
  })

  it('takes a killed git for a timeout, whatever it wrote', () => {
    expect(classifyGitFailure(result('', { timedOut: true }))).toEqual({ kind: 'timeout' })
  })
})

describe('gitCommandError', () => {
  it('says what failed in its own words, without git’s lines', () => {
    const error = gitCommandError(
      result(
        "fatal: unable to access 'http://hf_user:hf_secret@h/spaces/user/demo/': Failed to connect to h"
      ),
      { command: 'fetch', remoteUrl: REMOTE, sentToken: true, timeoutMs: 120_000 }
    )
    expect(error.message).toBe(
      "git could not reach the Hub at http://127.0.0.1:8080 (git fetch of the space user/demo): check the `endpoint` input and the runner's network."
    )
  })

  it('counts the attempts it is told', () => {
    const error = gitCommandError(
      result('error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502'),
      {
        command: 'push',
        remoteUrl: REMOTE,
        sentToken: true,
        timeoutMs: 120_000
      }
    )
    expect(error.after(2).message).toContain(
      'the Hub answered 502. The Hub failed after 2 attempts'
    )
  })
})

describe('redact', () => {
  it('blots out user info in URLs, authorization headers and Hub tokens', () => {
    const text = [
      "fatal: unable to access 'https://hf_user:hf_abcDEF123@huggingface.co/spaces/a/b/'",
      '> Authorization: Basic aGZfdXNlcjpoZl9hYmM=',
      'token hf_abcDEF123 echoed'
    ].join('\n')
    const clean = redact(text)
    expect(clean).not.toContain('hf_abcDEF123')
    expect(clean).not.toContain('aGZfdXNlcjpoZl9hYmM=')
    expect(clean).toContain('https://***@huggingface.co/spaces/a/b/')
  })
})
