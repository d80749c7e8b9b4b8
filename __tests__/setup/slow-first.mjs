/**
 * Jest's order of test files, slowest first, so that no worker is left with a long file at the
 * end of a run while the others sit idle. Jest's own sequencer knows how long each file took only
 * from an earlier run in the same folder (its cache); on a clean clone it falls back to file size,
 * which puts the slowest files (a few short ones that rebuild the bundle or wait for a simulated
 * build) near the end. Here a file's last measured time is used when there is one, else the
 * estimate below, else nothing: files without either follow, largest first, as in jest.
 */
import TestSequencer from '@jest/test-sequencer'

// A CommonJS module: its class is `default` of module.exports, or module.exports itself.
const Sequencer = TestSequencer.default ?? TestSequencer

/** Seconds each file took on a 2-core machine; a rough guide, to be refreshed when it drifts. */
const ESTIMATED_SECONDS = {
  'release-check.test.ts': 50,
  'build-log.int.test.ts': 39,
  'emulator-python-client.test.ts': 25,
  'deploy-commit.int.test.ts': 19,
  'deploy.int.test.ts': 15,
  'emulator-commit-errors.test.ts': 14,
  'settings.int.test.ts': 13,
  'deploy-files.int.test.ts': 13,
  'empty-commit-failures.int.test.ts': 11,
  'progress.int.test.ts': 11,
  'hash-file.test.ts': 10,
  'bad-inputs.int.test.ts': 10,
  'remote-listing.test.ts': 9,
  'wake.int.test.ts': 9,
  'emulator-commit-stream.test.ts': 9,
  'empty-commit.int.test.ts': 9,
  'trusted-publishers.int.test.ts': 8,
  'runtime-modes.int.test.ts': 8,
  'retries.int.test.ts': 8
}

const estimate = (path) => {
  const seconds = ESTIMATED_SECONDS[path.split(/[\\/]/).at(-1)]
  return seconds === undefined ? undefined : seconds * 1000
}

export default class SlowFirst extends Sequencer {
  sort(tests) {
    const size = (test) => test.context.hasteFS.getSize(test.path) ?? 0
    for (const test of tests) test.duration = this.time(test) ?? estimate(test.path)
    return [...tests].sort((a, b) => {
      const failed = Number(this.hasFailed(b)) - Number(this.hasFailed(a))
      if (failed !== 0) return failed
      const known = Number(b.duration !== undefined) - Number(a.duration !== undefined)
      if (known !== 0) return known
      if (a.duration !== undefined && b.duration !== undefined) return b.duration - a.duration
      return size(b) - size(a)
    })
  }
}
