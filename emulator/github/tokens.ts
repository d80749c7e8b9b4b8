/**
 * GitHub tokens and what their job's `permissions:` allow. A token GitHub does not know is 401
 * `Bad credentials`; a known one without the scope gets 403 `Resource not accessible by
 * integration`, as a `GITHUB_TOKEN` does.
 */
import { badCredentials, notAccessible, requiresAuthentication } from './http.js'

export type PermissionScope = 'actions' | 'issues' | 'pull-requests' | 'contents'
export type PermissionLevel = 'none' | 'read' | 'write'

export interface GitHubTokenGrant {
  /** Who comments appear from (`github-actions[bot]` for a `GITHUB_TOKEN`). */
  login: string
  userId: number
  userType: 'Bot' | 'User'
  permissions: Partial<Record<PermissionScope, PermissionLevel>>
}

/** The token every GitHub emulator knows: a `GITHUB_TOKEN` with write on every scope. */
export const GITHUB_EMULATOR_TOKEN = 'ghs_emulatorGitHubTokenForTheJob000000'

export const ACTIONS_BOT: Omit<GitHubTokenGrant, 'permissions'> = {
  login: 'github-actions[bot]',
  userId: 41898282,
  userType: 'Bot'
}

const LEVELS: PermissionLevel[] = ['none', 'read', 'write']

export class GitHubTokens {
  private readonly grants = new Map<string, GitHubTokenGrant>()

  add(token: string, grant: GitHubTokenGrant): void {
    this.grants.set(token, grant)
  }

  /** Sets one scope of a token (e.g. `actions: read` to test a refused enable). */
  setPermission(token: string, scope: PermissionScope, level: PermissionLevel): void {
    const grant = this.grants.get(token)
    if (!grant) throw new Error(`unknown GitHub emulator token ${token.slice(0, 4)}…`)
    grant.permissions[scope] = level
  }

  resolve(token: string | undefined): GitHubTokenGrant {
    if (token === undefined) throw requiresAuthentication()
    const grant = this.grants.get(token)
    if (!grant) throw badCredentials()
    return grant
  }

  /** The grant, when it has `level` on one of `scopes` (PR comments: `issues` or `pull-requests`). */
  require(
    token: string | undefined,
    level: 'read' | 'write',
    scopes: PermissionScope[],
    docs: string
  ): GitHubTokenGrant {
    const grant = this.resolve(token)
    const allowed = scopes.some(
      (scope) => LEVELS.indexOf(grant.permissions[scope] ?? 'none') >= LEVELS.indexOf(level)
    )
    if (!allowed) throw notAccessible(docs)
    return grant
  }
}
