// See: https://jestjs.io/docs/configuration and https://jestjs.io/docs/ecmascript-modules
import { availableParallelism } from 'node:os'

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // Types are stripped, not checked: `tsc --noEmit` checks them (setup/esbuild-transform.mjs).
  transform: { '^.+\\.ts$': '<rootDir>/__tests__/setup/esbuild-transform.mjs' },
  clearMocks: true,
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup/no-stray-annotations.ts'],
  collectCoverageFrom: ['src/**/*.ts'],
  testPathIgnorePatterns: ['/dist/', '/node_modules/'],
  // A guard against hangs, not a speed test: on a 2-core machine shared with other work, files
  // running side by side stretch a test of 10 s past 30 s.
  testTimeout: 60000,
  // Most files wait on child processes, git and simulated builds rather than compute: one worker
  // more than there are cores keeps them busy (a percentage over 100 % would be read as a count).
  // Slowest files go first (setup/slow-first.mjs).
  maxWorkers: availableParallelism() + 1,
  // The emulator runs in the worker and spawns git for most requests; on this kind of machine a
  // spawn costs about 0.1 ms per MB the spawning process holds. A worker whose heap has grown
  // past this after a file is replaced by a fresh one (~10 % less CPU on the integration files).
  workerIdleMemoryLimit: '200MB',
  testSequencer: '<rootDir>/__tests__/setup/slow-first.mjs'
}
