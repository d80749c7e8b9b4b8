/**
 * Reads and checks the Space-configuration inputs (and those of duplicate and preview), with the
 * same rules as `inputs.ts`: a bad value is a one-line `InputError` naming the input, before any
 * request. Secret values are masked the moment they are read, each line of a multi-line value too.
 */
import * as runner from '../runner/index.js'
import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { idTokenAvailable } from '../auth/github-id-token.js'
import { missingCredentialMessage } from '../auth/hub-access.js'
import { InputError } from '../inputs.js'
import { readPullRequestEvent, type PullRequestEvent } from '../preview/pull-request-event.js'
import type { Mode } from '../settings.js'
import { SecretValues, declaresSettings, type SpaceInputs } from './declaration.js'
import { parseDotenv } from './dotenv.js'

const FLAVOR = /^[a-z0-9][a-z0-9-]{1,63}$/
const MAX_SLEEP_SECONDS = 365 * 24 * 3600

export function readSpaceInputs(mode: Mode): SpaceInputs {
  const secretsText = runner.getInput('secrets')
  const secrets = secretsText.trim() ? maskAll(parseDotenv('secrets', secretsText)) : undefined
  const variablesText = runner.getInput('variables')
  const pullRequest = mode === 'preview' ? readPreviewEvent() : undefined
  // Closing a preview publishes nothing: its job need not even check out the card.
  const publishes = pullRequest?.action !== 'close'
  const inputs: SpaceInputs = {
    space: {
      hardware: parseHardware(runner.getInput('hardware')),
      sleepTime: parseSleepTime(runner.getInput('sleep_time')),
      secrets,
      variables: variablesText.trim() ? parseDotenv('variables', variablesText) : undefined,
      prune: parseBool('prune', runner.getInput('prune'))
    },
    spaceCard: publishes ? parseCardPath(runner.getInput('space_card')) : undefined,
    fromRepoId: parseFromRepoId(runner.getInput('from_repo_id')),
    pullRequest
  }
  checkModeNeeds(mode, inputs)
  return inputs
}

function maskAll(values: Map<string, string>): SecretValues {
  const masked = new SecretValues()
  for (const [key, value] of values) {
    if (value) runner.setSecret(value)
    for (const line of value.split(/\r?\n/)) if (line.trim()) runner.setSecret(line.trim())
    masked.set(key, value)
  }
  return masked
}

function checkModeNeeds(mode: Mode, inputs: SpaceInputs): void {
  if (mode === 'settings' && !declaresSettings(inputs.space)) {
    throw new InputError(
      "Mode 'settings' needs at least one of the inputs hardware, sleep_time, secrets, variables."
    )
  }
  if (mode === 'duplicate' && !inputs.fromRepoId) {
    throw new InputError(
      "Input 'from_repo_id' is required by mode 'duplicate': the Space to copy, as owner/name."
    )
  }
  if (inputs.fromRepoId && mode !== 'duplicate') {
    runner.warning(
      `Ignoring input from_repo_id: only mode 'duplicate' uses it (mode is '${mode}').`
    )
  }
  if (inputs.spaceCard && mode !== 'deploy' && mode !== 'preview') {
    runner.warning(
      `Ignoring input space_card: only modes 'deploy' and 'preview' publish a README (mode is '${mode}').`
    )
  }
  const touchesSpace = ['status', 'settings', 'deploy', 'empty-commit', 'duplicate', 'preview']
  if (declaresSettings(inputs.space) && !touchesSpace.includes(mode)) {
    runner.warning(
      `Ignoring hardware, sleep_time, secrets and variables: mode '${mode}' does not apply them.`
    )
  }
}

function parseHardware(raw: string): string | undefined {
  const value = raw.trim()
  if (!value) return undefined
  if (!FLAVOR.test(value)) {
    throw new InputError(
      `Input 'hardware' is '${value}', which is not a hardware flavor name: e.g. cpu-basic, cpu-upgrade, t4-small.`
    )
  }
  return value
}

function parseSleepTime(raw: string): number | undefined {
  const value = raw.trim().toLowerCase()
  if (!value) return undefined
  if (value === 'never' || value === '-1') return -1
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_SLEEP_SECONDS) {
    throw new InputError(
      `Input 'sleep_time' is '${raw.trim()}', which is not allowed: use a whole number of seconds (e.g. 3600), or -1 / never.`
    )
  }
  return n
}

function parseBool(name: string, value: string): boolean {
  if (value === '' || ['false', 'False', 'FALSE'].includes(value)) return false
  if (['true', 'True', 'TRUE'].includes(value)) return true
  throw new InputError(`Input '${name}' is '${value}', which is not a boolean: use true or false.`)
}

/** The card file must exist; its YAML is checked by the modes that publish it, before any request. */
function parseCardPath(raw: string): string | undefined {
  if (!raw.trim()) return undefined
  const path = resolve(raw.trim())
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new InputError(
      `Input 'space_card' is '${raw.trim()}', which is not a file: give the path of a YAML file with the Space's card.`
    )
  }
  return path
}

function parseFromRepoId(raw: string): string | undefined {
  const value = raw.trim()
  if (!value) return undefined
  if (!/^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/.test(value)) {
    throw new InputError(
      `Input 'from_repo_id' is '${value}', which is not owner/name: give the Space to copy (e.g. my-org/my-space).`
    )
  }
  return value
}

/**
 * The pull request of a preview, checked before any request: the event, a Hub token (a fork's
 * pull request gets no secrets: say so rather than fail on a missing token), the folder.
 */
function readPreviewEvent(): PullRequestEvent {
  const event = readPullRequestEvent()
  // A Trusted Publisher of the preview Space also does (the job's GitHub ID token).
  const hasCredential =
    Boolean(runner.getInput('token') || process.env.HF_TOKEN?.trim()) || idTokenAvailable()
  if (!hasCredential) {
    throw new InputError(
      event.fromFork
        ? `Mode 'preview' has no Hub token: pull request #${event.number} comes from a fork, and GitHub gives workflows of fork pull requests no secrets. Previews work for branches of ${event.repository}; skip forks with if: github.event.pull_request.head.repo.full_name == github.repository.`
        : missingCredentialMessage('preview')
    )
  }
  const path = resolve(runner.getInput('path') || '.')
  if (event.action === 'deploy' && (!existsSync(path) || !statSync(path).isDirectory())) {
    throw new InputError(
      `Input 'path' is '${path}', which is not a folder: give the folder to deploy to the preview Space.`
    )
  }
  return event
}
