/**
 * One GitHub emulator per test file, and the runner environment a job of it would have: the API
 * URL, the repository and workflow, and (for a job with `id-token: write`) the ID-token variables.
 */
import { afterAll, beforeAll } from '@jest/globals'
import {
  GitHubEmulator,
  type EmulatedJob,
  type GitHubEmulatorOptions
} from '../../emulator/github/index.js'

/** Starts a GitHub emulator before the file's tests and closes it after. */
export function useGitHubEmulator(options: GitHubEmulatorOptions = {}): () => GitHubEmulator {
  let gh: GitHubEmulator | undefined
  beforeAll(async () => {
    gh = await GitHubEmulator.start(options)
  })
  afterAll(async () => gh?.close())
  return () => {
    if (!gh) throw new Error('the GitHub emulator is not started yet (use it inside a test)')
    return gh
  }
}

/**
 * `GITHUB_*` variables of a run of `job` (its repository, workflow file and ref), and, unless
 * `idToken: false`, the `ACTIONS_ID_TOKEN_REQUEST_*` pair that `permissions: id-token: write`
 * gives a job.
 */
export function gitHubJobEnv(
  gh: GitHubEmulator,
  job: EmulatedJob,
  options: { idToken?: boolean } = {}
): Record<string, string> {
  const { repository, workflowFile, ref } = job.spec
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: gh.serverUrl,
    GITHUB_REPOSITORY: repository,
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/${workflowFile}@${ref}`,
    GITHUB_REF: ref,
    ...(options.idToken !== false && {
      ACTIONS_ID_TOKEN_REQUEST_URL: job.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: job.requestToken
    })
  }
}
