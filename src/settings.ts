/**
 * The action's settings: every input, parsed and validated once by `inputs.ts`.
 */
import type { SpaceInputs } from './space-settings/declaration.js'

export const MODES = [
  'status',
  'restart',
  'pause',
  'wake',
  'empty-commit',
  'deploy',
  'settings',
  'duplicate',
  'preview'
] as const
export type Mode = (typeof MODES)[number]

/** Modes that act on Spaces' runtime or configuration and accept several repo ids. */
export const RUNTIME_MODES: readonly Mode[] = ['status', 'restart', 'pause', 'wake', 'settings']
/** Modes that make a commit and take exactly one repo id. */
export const COMMIT_MODES: readonly Mode[] = ['empty-commit', 'deploy']

export const REPO_TYPES = ['space', 'model', 'dataset'] as const
export type RepoType = (typeof REPO_TYPES)[number]

export const SPACE_SDKS = ['gradio', 'docker', 'static'] as const
export type SpaceSdk = (typeof SPACE_SDKS)[number]

/** Also the Space-configuration inputs (`space`, `spaceCard`, `fromRepoId`). */
export interface ActionSettings extends SpaceInputs {
  /** Hub token (input `token`, else env `HF_TOKEN`); already masked in the log. */
  token?: string
  /** No token, but the job may request a GitHub ID token: exchange it per repo (Trusted Publishers). */
  trustedPublisher: boolean
  /** One or more `owner/name` (several only for the runtime modes), in input order, deduplicated. */
  repoIds: string[]
  mode: Mode
  repoType: RepoType
  /** `restart`: rebuild without cache. */
  factoryReboot: boolean
  /** `wake`: visit the app of a RUNNING Space so its sleep timer restarts. */
  pingApp: boolean
  /** After a mutating mode on a Space, wait until the runtime settles. */
  wait: boolean
  waitTimeoutSeconds: number
  /** `deploy`: absolute path of the local folder to publish. */
  path: string
  /** `deploy`: folder in the repo mirroring `path`; '' for the root, else no leading/trailing '/'. */
  pathInRepo: string
  include: string[]
  exclude: string[]
  /** `deploy`: delete remote files absent locally (`auto` already resolved by repo type). */
  deleteMissing: boolean
  /** Commit title; undefined → derived from the GitHub context. */
  commitMessage?: string
  /** Commit description; undefined → derived from the GitHub context. */
  commitDescription?: string
  /** Branch to commit to. */
  revision: string
  createPr: boolean
  /** Create the repo when missing. */
  create: boolean
  spaceSdk?: SpaceSdk
  private: boolean
  dryRun: boolean
  /** Hub base URL without a trailing slash. */
  endpoint: string
  /** GitHub token (input `github_token`) for PR comments and keep_workflow_alive; masked. */
  githubToken?: string
  /** Re-enable the running workflow, so GitHub's 60-day rule cannot disable its schedule. */
  keepWorkflowAlive: boolean
}
