/**
 * scripts/release-check.sh, the release workflow's checks, on a temporary copy of this repository
 * (its tracked files, a git repository of their own): it passes on a commit whose dist/ is built
 * and committed, with package.json's version, and fails — saying why — on another version, on a
 * dist/ that is stale against src/, and on a dist/ with uncommitted changes.
 *
 * The copy's dist/ is this checkout's, as it is: the gate (`npm test`) has checked it against
 * src/ before any test runs (check-dist), so the copy needs no build of its own. After changing
 * src/ without `npm run build`, the first test says that dist/ is stale, as check-dist does.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { appendFile, chmod, copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { tempDirs } from './emulator-helpers.js'

/** A rebuild of the bundle takes a minute on a busy 2-core machine; two are made here. */
const REBUILDS = 600_000
const dirs = tempDirs()
const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string }
let repo: string

interface Run {
  code: number
  output: string
}

function run(command: string, args: string[], cwd: string): Promise<Run> {
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Tester',
    GIT_AUTHOR_EMAIL: 'tester@example.com',
    GIT_COMMITTER_NAME: 'Tester',
    GIT_COMMITTER_EMAIL: 'tester@example.com'
  }
  return new Promise((resolve) =>
    execFile(command, args, { cwd, env, maxBuffer: 1 << 26 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr })
    )
  )
}

async function must(command: string, args: string[], cwd = repo): Promise<void> {
  const result = await run(command, args, cwd)
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.output}`)
}

/** The tracked files of this checkout (as they are now) in a new repository with one commit. */
async function copyOfThisRepository(): Promise<string> {
  const dir = await dirs.make()
  const listed = await run('git', ['ls-files', '-z'], process.cwd())
  for (const path of listed.output.split('\0').filter(Boolean)) {
    const mode = await stat(path).then(
      (s) => s.mode,
      () => undefined
    )
    if (mode === undefined) continue // deleted in this checkout, not yet committed
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await copyFile(path, join(dir, path))
    await chmod(join(dir, path), mode)
  }
  // Hard links are quick and keep the paths the bundler records inside the copy.
  const linked = await run('cp', ['-al', 'node_modules', join(dir, 'node_modules')], process.cwd())
  if (linked.code !== 0) await must('cp', ['-R', 'node_modules', join(dir, 'node_modules')], '.')
  await must('git', ['init', '-q'], dir)
  await must('git', ['add', '-A'], dir)
  await must('git', ['commit', '-qm', 'Copy'], dir)
  return dir
}

const releaseCheck = (v: string) => run('scripts/release-check.sh', [v], repo)

beforeAll(async () => {
  repo = await copyOfThisRepository()
}, 120_000)
afterAll(() => dirs.cleanup())

describe('scripts/release-check.sh', () => {
  it(
    "passes on the commit with package.json's version, with or without a leading v",
    async () => {
      const result = await releaseCheck(`v${version}`)
      expect(result).toEqual({
        code: 0,
        output: expect.stringContaining(`Releasable as ${version}`)
      })
    },
    REBUILDS
  )

  it('fails on another version, naming each file to change, before any rebuild', async () => {
    const result = await releaseCheck('99.0.0')
    expect(result.code).toBe(1)
    expect(result.output).toContain(`package.json's version is ${version}, not 99.0.0`)
    expect(result.output).toContain(`src/version.ts says '${version}', not 99.0.0`)
    expect(result.output).toContain('CHANGELOG.md has no section for 99.0.0')
    expect(result.output).not.toContain('stale')
  })

  it('refuses a version that is not MAJOR.MINOR.PATCH', async () => {
    expect(await releaseCheck('1.0')).toEqual({
      code: 2,
      output: expect.stringContaining("with VERSION as MAJOR.MINOR.PATCH (e.g. 1.2.0); got '1.0'")
    })
  })

  it('fails on a dist/ with changes that are not committed', async () => {
    const licenses = join(repo, 'dist', 'licenses.txt')
    const committed = await readFile(licenses)
    await appendFile(licenses, '\nlocal edit\n')
    try {
      const result = await releaseCheck(version)
      expect(result.code).toBe(1)
      expect(result.output).toContain('dist/ has changes that are not committed')
    } finally {
      await writeFile(licenses, committed)
    }
  })

  it(
    'fails on a dist/ that is stale: src/ changed after the last build',
    async () => {
      await appendFile(join(repo, 'src', 'main.ts'), '\n// A change the committed dist/ lacks.\n')
      await must('git', ['commit', '-qam', 'Change src/ only'])
      const result = await releaseCheck(version)
      expect(result.code).toBe(1)
      expect(result.output).toContain(
        'dist/ is stale: rebuilding it from src/ gives another bundle'
      )
    },
    REBUILDS
  )
})
