/** The GitHub emulator's public surface, for tests, the demo and the benchmarks. */
export { GitHubEmulator } from './server.js'
export type { GitHubEmulatorOptions, GitHubRecordedRequest } from './server.js'
export { GITHUB_EMULATOR_TOKEN } from './tokens.js'
export type { PermissionLevel, PermissionScope } from './tokens.js'
export { signJwt } from './oidc.js'
export type { EmulatedJob, JobSpec } from './oidc.js'
export type { EmulatedComment } from './issue-comments.js'
export type { EmulatedWorkflow, WorkflowState } from './workflows.js'
