// See: https://jestjs.io/docs/configuration and https://jestjs.io/docs/ecmascript-modules
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
  testTimeout: 30000
}
