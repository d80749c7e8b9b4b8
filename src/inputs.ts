/**
 * Reads every input once, validates it and returns the typed settings. This is the only module
 * that calls `runner.getInput`. A bad value throws an `InputError` whose one-line message names the
 * input, the value and what is allowed — before the action makes any request.
 */
import * as runner from './runner/index.js'
import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { idTokenAvailable } from './auth/github-id-token.js'
import { missingCredentialMessage } from './auth/hub-access.js'
import { readSpaceInputs } from './space-settings/inputs.js'
import {
  COMMIT_MODES,
  MODES,
  REPO_TYPES,
  RUNTIME_MODES,
  SPACE_SDKS,
  type ActionSettings,
  type Mode,
  type RepoType
} from './settings.js'
import { InputError } from './input-error.js'
import { includeLines, lines, parsePathInRepo, parseRevision, readEndpoint } from './input-rules.js'

export { InputError }

/** A job may run for 6 hours on GitHub-hosted runners; waiting longer is never useful. */
const MAX_WAIT_SECONDS = 6 * 60 * 60
/** Owner and name as the Hub allows them: letters, digits, `-`, `_`, `.`; at most 96 characters. */
const REPO_PART = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9])?$/

/** Reads and validates all inputs; throws `InputError` on the first bad one. */
export function getInputs(): ActionSettings {
  // Mask first: nothing below may print the token, not even by accident in an error.
  const token = runner.getInput('token') || process.env.HF_TOKEN?.trim() || undefined
  if (token) runner.setSecret(token)
  if (token && /\s/.test(token)) {
    throw new InputError(
      "Input 'token' contains whitespace: paste the token alone (hf_…), without quotes or line breaks."
    )
  }

  const mode = oneOf('mode', runner.getInput('mode') || 'status', MODES)
  const repoType = oneOf('repo_type', runner.getInput('repo_type') || 'space', REPO_TYPES)
  if (repoType !== 'space' && !COMMIT_MODES.includes(mode)) {
    throw new InputError(
      `Input 'repo_type' is '${repoType}', but mode '${mode}' works on Spaces only: use repo_type 'space', or mode 'empty-commit' or 'deploy'.`
    )
  }
  const repoIds = parseRepoIds(runner.getInput('repo_id'), mode)

  const settings: ActionSettings = {
    token,
    trustedPublisher: !token && idTokenAvailable(),
    repoIds,
    mode,
    repoType,
    factoryReboot: bool('factory_reboot', false),
    pingApp: bool('ping_app', true),
    wait: bool('wait', true),
    waitTimeoutSeconds: positiveInt('wait_timeout', 900, MAX_WAIT_SECONDS),
    path: resolve(runner.getInput('path') || '.'),
    pathInRepo: parsePathInRepo(runner.getInput('path_in_repo')),
    include: includeLines(runner.getInput('include')),
    exclude: lines(runner.getInput('exclude')),
    deleteMissing: parseDelete(runner.getInput('delete') || 'auto', repoType),
    commitMessage: runner.getInput('commit_message') || undefined,
    commitDescription: runner.getInput('commit_description') || undefined,
    revision: parseRevision(runner.getInput('revision') || 'main'),
    createPr: bool('create_pr', false),
    create: bool('create', false),
    spaceSdk: optionalOneOf('space_sdk', runner.getInput('space_sdk'), SPACE_SDKS),
    private: bool('private', false),
    dryRun: bool('dry_run', false),
    endpoint: readEndpoint(),
    githubToken: maskedInput('github_token'),
    keepWorkflowAlive: bool('keep_workflow_alive', false),
    ...readSpaceInputs(mode)
  }
  checkCombinations(settings)
  for (const [key, value] of Object.entries(settings)) {
    if (key !== 'token' && key !== 'githubToken') runner.debug(`${key}: ${JSON.stringify(value)}`)
  }
  return settings
}

function checkCombinations(s: ActionSettings): void {
  const needsToken = s.mode !== 'status' && !s.dryRun
  if (needsToken && !s.token && !s.trustedPublisher)
    throw new InputError(missingCredentialMessage(s.mode))
  if (s.createPr && s.mode !== 'deploy') {
    throw new InputError(
      `Input 'create_pr' is 'true', but only mode 'deploy' can open a pull request (mode is '${s.mode}').`
    )
  }
  if (s.createPr && s.revision.startsWith('refs/pr/')) {
    throw new InputError(
      `Input 'create_pr' is 'true', but revision '${s.revision}' is a pull request already: set create_pr: false to commit to it, or give the branch to open a pull request against.`
    )
  }
  if (s.create && s.repoType === 'space' && COMMIT_MODES.includes(s.mode) && !s.spaceSdk) {
    throw new InputError(
      "Input 'space_sdk' is empty, but 'create: true' needs it to create a Space: use gradio, docker or static."
    )
  }
  if (s.mode === 'deploy') {
    if (!existsSync(s.path) || !statSync(s.path).isDirectory()) {
      throw new InputError(
        `Input 'path' is '${s.path}', which is not a folder: give the folder to deploy (relative to the workspace).`
      )
    }
  }
  warnIgnored(s)
}

/** Inputs that a mode does not use are worth a warning: the user probably expected an effect. */
function warnIgnored(s: ActionSettings): void {
  const ignored: string[] = []
  if (s.factoryReboot && s.mode !== 'restart') ignored.push('factory_reboot (restart only)')
  if (s.create && !COMMIT_MODES.includes(s.mode))
    ignored.push('create (empty-commit and deploy only)')
  if (s.spaceSdk && !s.create) ignored.push('space_sdk (only used with create: true)')
  if (s.mode !== 'deploy' && s.mode !== 'preview') {
    if (s.include.length > 0) ignored.push('include (deploy only)')
    if (s.exclude.length > 0) ignored.push('exclude (deploy only)')
    if (s.pathInRepo) ignored.push('path_in_repo (deploy only)')
  }
  if (ignored.length > 0)
    runner.warning(`Ignoring inputs that mode '${s.mode}' does not use: ${ignored.join(', ')}.`)
}

function parseRepoIds(raw: string, mode: Mode): string[] {
  const ids = raw
    .split(/[\n,]/)
    .map((id) => id.trim())
    .filter(Boolean)
  if (ids.length === 0) {
    throw new InputError(
      "Input 'repo_id' is required: give the repo as owner/name (e.g. my-user/my-space)."
    )
  }
  for (const id of ids) {
    const prefixed = /^(spaces|datasets|models)\/([^/]+\/[^/]+)$/.exec(id)
    if (prefixed) {
      throw new InputError(
        `Input 'repo_id' is '${id}': drop the '${prefixed[1]}/' prefix and use owner/name ('${prefixed[2]}'); the type comes from repo_type.`
      )
    }
    if (id.endsWith('.git')) {
      throw new InputError(
        `Input 'repo_id' is '${id}': drop the '.git' ending ('${id.slice(0, -4)}'); the Hub's repo ids never end in .git.`
      )
    }
    const parts = id.split('/')
    const valid =
      parts.length === 2 &&
      parts.every((p) => REPO_PART.test(p) && !p.includes('--') && !p.includes('..'))
    if (!valid) {
      throw new InputError(
        `Input 'repo_id' has '${id}', which is not owner/name: both parts may use letters, digits, '-', '_' and '.', at most 96 characters each.`
      )
    }
  }
  const unique = [...new Set(ids)]
  if (unique.length > 1 && !RUNTIME_MODES.includes(mode)) {
    throw new InputError(
      `Input 'repo_id' lists ${unique.length} repos, but mode '${mode}' takes exactly one.`
    )
  }
  return unique
}

function parseDelete(raw: string, repoType: RepoType): boolean {
  const value = oneOf('delete', raw.toLowerCase(), ['auto', 'true', 'false'] as const)
  if (value === 'auto') return repoType === 'space'
  return value === 'true'
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) {
    throw new InputError(
      `Input '${name}' is '${value}', which is not allowed: use one of ${allowed.join(', ')}.`
    )
  }
  return value as T
}

function optionalOneOf<T extends string>(
  name: string,
  value: string,
  allowed: readonly T[]
): T | undefined {
  return value ? oneOf(name, value, allowed) : undefined
}

/** A credential input, masked before anything else can print it. */
function maskedInput(name: string): string | undefined {
  const value = runner.getInput(name) || undefined
  if (value) runner.setSecret(value)
  return value
}

/** YAML 1.2 core-schema booleans, as `getBooleanInput` of @actions/core, but with a default when unset. */
function bool(name: string, fallback: boolean): boolean {
  const value = runner.getInput(name)
  if (value === '') return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(`Input '${name}' is '${value}', which is not a boolean: use true or false.`)
}

function positiveInt(name: string, fallback: number, max: number): number {
  const value = runner.getInput(name)
  if (value === '') return fallback
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < 1 || n > max) {
    throw new InputError(
      `Input '${name}' is '${value}', which is not allowed: use a whole number of seconds from 1 to ${max}.`
    )
  }
  return n
}
