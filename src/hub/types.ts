/**
 * Wire shapes of the Hub answers the action reads, and the few helpers that name repos.
 */
import type { RepoType } from '../settings.js'

export const SPACE_STAGES = [
  'NO_APP_FILE',
  'CONFIG_ERROR',
  'BUILDING',
  'BUILD_ERROR',
  'APP_STARTING',
  'RUNNING',
  'RUNNING_BUILDING',
  'RUNNING_APP_STARTING',
  'RUNTIME_ERROR',
  'DELETING',
  'STOPPED',
  'PAUSED',
  'SLEEPING'
] as const
export type SpaceStage = (typeof SPACE_STAGES)[number]

/** Stages a Space passes through on its way to settling (the official client's list). */
export const TRANSITIONAL_STAGES: readonly string[] = [
  'BUILDING',
  'APP_STARTING',
  'RUNNING_BUILDING',
  'RUNNING_APP_STARTING'
]
/** Stages in which a Space has failed: the step fails and shows the log. */
export const ERROR_STAGES: readonly string[] = [
  'BUILD_ERROR',
  'RUNTIME_ERROR',
  'CONFIG_ERROR',
  'NO_APP_FILE'
]

/** `GET /api/spaces/{id}/runtime` (also returned by restart, pause, hardware, sleeptime). */
export interface SpaceRuntime {
  /** A stage name; kept as a string because the Hub adds stages over time. */
  stage: string
  hardware?: { current: string | null; requested: string | null }
  /** Sleep time in seconds. */
  gcTimeout?: number | null
  replicas?: { requested: number | 'auto'; current?: number | null }
  devMode?: boolean
  domains?: { domain: string; stage: string; isCustom?: boolean }[]
  /** The commit the running container was built from. */
  sha?: string
  errorMessage?: string
  [key: string]: unknown
}

/** A file in a repo info's `siblings`; `size`, `blobId` and `lfs` only with `?blobs=true`. */
export interface RepoSibling {
  rfilename: string
  size?: number
  /** Git blob id (of the pointer, for LFS files). */
  blobId?: string
  lfs?: { size: number; sha256: string; pointerSize?: number }
}

/** `/api/{type}s/{id}` and `/revision/{rev}`: the fields the action reads. */
export interface RepoInfo {
  id: string
  sha: string
  private?: boolean
  sdk?: string
  runtime?: SpaceRuntime
  siblings?: RepoSibling[]
}

/** `/api/{type}s/{id}` — the API path of a repo. */
export function repoApiPath(type: RepoType, id: string): string {
  return `/api/${type}s/${id}`
}

/** The web path of a repo: models have no prefix. */
export function repoWebPath(type: RepoType, id: string): string {
  return type === 'model' ? id : `${type}s/${id}`
}

/** Revisions travel as one path segment: `refs/pr/1` → `refs%2Fpr%2F1`. */
export function encodeRevision(revision: string): string {
  return encodeURIComponent(revision)
}
