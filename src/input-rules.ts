/**
 * The inputs whose values follow the Hub's rules (paths in a repo, revisions, the endpoint) and
 * the glob lists: each parser throws an `InputError` that names the input and what is allowed.
 */
import * as runner from './runner/index.js'
import { InputError } from './input-error.js'

const DEFAULT_ENDPOINT = 'https://huggingface.co'

/**
 * A folder inside the repo, as the Hub names paths: relative to the root, '/' separators, no
 * empty, '.' or '..' part and no '.git' folder (the Hub refuses those). '' or '.' is the root;
 * one trailing '/' is allowed.
 */
export function parsePathInRepo(raw: string): string {
  const value = raw.trim()
  if (value === '' || value === '.') return ''
  const parts = value.replace(/\/$/, '').split('/')
  const why = pathInRepoProblem(value, parts)
  if (why) {
    throw new InputError(
      `Input 'path_in_repo' is '${raw}': ${why}. Give a folder relative to the repo root, e.g. app or src/app (empty for the root).`
    )
  }
  return parts.join('/')
}

function pathInRepoProblem(value: string, parts: string[]): string | undefined {
  if (value.startsWith('/')) return "it starts with '/'"
  if (value.includes('\\')) return "it has a '\\' (use '/' between folders)"
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(value)) return 'it has a control character'
  if (parts.includes('..')) return "a '..' part would leave the repo"
  if (parts.some((part) => part === '' || part === '.')) return "it has an empty or '.' part"
  if (parts.includes('.git')) return "the Hub refuses files in a '.git' folder"
  return undefined
}

/**
 * A branch to commit to, by name (`main`, `release/v2`) or full ref (`refs/heads/main`), or a Hub
 * pull request (`refs/pr/3`). git's ref-name rules apply (git check-ref-format), and the Hub's:
 * `HEAD`, tags and other refs cannot take a commit.
 */
export function parseRevision(raw: string): string {
  const value = raw.trim()
  const why = revisionProblem(value)
  if (why) {
    throw new InputError(
      `Input 'revision' is '${raw}': ${why}. Use a branch, e.g. main or release/v2, or refs/pr/N for a pull request.`
    )
  }
  return value
}

function revisionProblem(value: string): string | undefined {
  if (/^refs\/pr\/\d+$/.test(value)) return undefined
  if (value.startsWith('refs/pr/')) return 'a Hub pull request is refs/pr/ and its number'
  const branch = value.replace(/^refs\/heads\//, '')
  if (branch === 'HEAD') return 'HEAD is not a branch the Hub can commit to'
  if (value.startsWith('refs/') && branch === value) {
    return 'only branches (refs/heads/…) and pull requests (refs/pr/N) can take a commit'
  }
  return isBranchName(branch) ? undefined : 'it is not a valid branch name'
}

function isBranchName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    name !== '@' &&
    !name.startsWith('-') &&
    !name.endsWith('.') &&
    !name.includes('..') &&
    // Each '/'-separated part: not empty, not starting with '.', not ending with '.lock'.
    name
      .split('/')
      .every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock')) &&
    // eslint-disable-next-line no-control-regex
    !/[\s~^:?*[\\\x00-\x1f\x7f]|@\{/.test(name)
  )
}

/** The Hub's base URL: input `endpoint`, else env `HF_ENDPOINT` (named as such in errors). */
export function readEndpoint(): string {
  const input = runner.getInput('endpoint')
  if (input) return parseEndpoint(input, "Input 'endpoint'")
  const env = process.env.HF_ENDPOINT?.trim()
  if (env) return parseEndpoint(env, 'Environment variable HF_ENDPOINT')
  return DEFAULT_ENDPOINT
}

/** @param source what the value came from, as errors name it */
function parseEndpoint(raw: string, source: string): string {
  // Whatever is wrong, a password in the value is never printed.
  const shown = raw.replace(/\/\/[^/@]*@/, '//***@')
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new InputError(
      `${source} is '${shown}', which is not a URL: use https://huggingface.co or your mirror's base URL.`
    )
  }
  if (url.username || url.password) {
    throw new InputError(
      `${source} contains credentials: pass the token through the 'token' input instead.`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(`${source} is '${raw}': only http:// and https:// URLs are allowed.`)
  }
  if (/[?#]/.test(raw)) {
    throw new InputError(
      `${source} is '${raw}': a base URL has no query ('?') or fragment ('#'), e.g. https://huggingface.co.`
    )
  }
  return url.href.replace(/\/+$/, '')
}

/**
 * `include` patterns. Lines that are all comments are refused: no pattern means "publish every
 * file", and with a mirror's deletions, that is the opposite of what a list of lines asked for.
 */
export function includeLines(raw: string): string[] {
  const patterns = lines(raw)
  if (patterns.length === 0 && raw.trim() !== '') {
    throw new InputError(
      "Input 'include' has only comment lines ('#'), no pattern: give at least one glob (e.g. *.py), or leave include empty to publish every file."
    )
  }
  return patterns
}

/** Non-empty lines that are not `#` comments, trimmed. */
export function lines(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
}
