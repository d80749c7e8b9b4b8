/**
 * What the action learned and did for one repo: the raw material of the outputs and the summary.
 */
import type { SpaceRuntime } from './hub/types.js'
import type { RepoType } from './settings.js'
import { repoWebPath } from './hub/types.js'

export interface RepoResult {
  repoId: string
  repoType: RepoType
  /** Runtime after the action (Spaces only). */
  runtime?: SpaceRuntime
  /** True when the action changed something on the Hub. */
  changed: boolean
  commitSha?: string
  commitUrl?: string
  prUrl?: string
  /** What happened, in a sentence or two, for the summary and the log. */
  notes: string[]
  /** Why this repo failed; the step fails when any repo has one. */
  error?: string
  /** Last lines of the build or run log when the Space failed. */
  logTail?: { kind: 'build' | 'run'; lines: string[] }
  /** Extra sections for the summary (the deploy plan). */
  details?: { title: string; markdown: string }[]
}

export function newResult(repoId: string, repoType: RepoType): RepoResult {
  return { repoId, repoType, changed: false, notes: [] }
}

/** The repo page: `https://huggingface.co/spaces/owner/name`, or the model/dataset page. */
export function repoPageUrl(endpoint: string, repoType: RepoType, repoId: string): string {
  return `${endpoint}/${repoWebPath(repoType, repoId)}`
}

/**
 * The Space's app URL from the runtime's domains (a ready custom domain first). The scheme follows
 * the endpoint's, so a Hub on plain http (a mirror, the local emulator) gets reachable app URLs.
 */
export function appUrl(endpoint: string, runtime: SpaceRuntime | undefined): string | undefined {
  const domains = runtime?.domains ?? []
  const domain =
    domains.find((d) => d.isCustom && d.stage === 'READY') ??
    domains.find((d) => d.stage === 'READY') ??
    domains[0]
  if (!domain) return undefined
  const scheme = endpoint.startsWith('http://') ? 'http' : 'https'
  return `${scheme}://${domain.domain}`
}
