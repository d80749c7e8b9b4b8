/** The emulator's public surface, for tests, the demo, the benchmarks and the CLI. */
export { HubEmulator, EMULATOR_TOKENS, EMULATOR_USER, EMULATOR_ORG } from './server.js'
export type { EmulatorOptions, RecordedRequest } from './server.js'
export type { FaultRule } from './faults.js'
export { OUTCOME_MARKER } from './repos.js'
export type { EmulatedRepo, SpaceSdk } from './repos.js'
export type { Stage } from './space-runtime.js'
export type { FineGrainedScope } from './auth.js'
