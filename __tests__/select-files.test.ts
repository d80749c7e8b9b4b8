/**
 * The local file list: include/exclude globs, the root .gitignore, `.git/` and `.github/` always
 * left out, symbolic links followed only inside `path`, and names the Hub cannot store.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { FileRules } from '../src/deploy/file-rules.js'
import { selectFiles } from '../src/deploy/select-files.js'
import { tempDirs } from './emulator-helpers.js'
import { writeFolder, type FolderEntry } from './helpers/deploy.js'
import { captureLog } from './helpers/log-capture.js'

const dirs = tempDirs()
afterAll(() => dirs.cleanup())

async function select(
  files: Record<string, FolderEntry>,
  include: string[] = [],
  exclude: string[] = []
): Promise<string[]> {
  const dir = await dirs.make()
  await writeFolder(dir, files)
  const rules = await FileRules.load(dir, include, exclude)
  return (await selectFiles(dir, rules)).map((f) => f.relativePath)
}

describe('FileRules', () => {
  it('always leaves out .git and .github, at any depth, files and folders', () => {
    const rules = FileRules.of([], [])
    expect(rules.accepts('app.py')).toBe(true)
    expect(rules.accepts('.git/config')).toBe(false)
    expect(rules.accepts('sub/.git')).toBe(false)
    expect(rules.accepts('.github/workflows/ci.yml')).toBe(false)
    expect(rules.accepts('.gitignore')).toBe(true)
    expect(rules.accepts('.gitattributes')).toBe(true)
    expect(rules.accepts('.githubx/a')).toBe(true)
  })

  it('matches globs without a slash against names at any depth, with one from the root', () => {
    const rules = FileRules.of([], ['*.log', 'docs/*.md', '/top.txt', 'cache/', 'tmp'])
    expect(rules.accepts('a.log')).toBe(false)
    expect(rules.accepts('deep/b.log')).toBe(false)
    expect(rules.accepts('docs/a.md')).toBe(false)
    expect(rules.accepts('x/docs/a.md')).toBe(true)
    expect(rules.accepts('top.txt')).toBe(false)
    expect(rules.accepts('sub/top.txt')).toBe(true)
    // A trailing slash: folders only.
    expect(rules.accepts('cache/a')).toBe(false)
    expect(rules.accepts('cache')).toBe(true)
    // A folder's glob covers everything inside it.
    expect(rules.accepts('tmp/a/b')).toBe(false)
    expect(rules.mayContainFiles('tmp')).toBe(false)
    expect(rules.mayContainFiles('cache')).toBe(false)
  })

  it('with include, accepts only matching files; exclude wins over include', () => {
    const rules = FileRules.of(['*.py', 'assets'], ['test_*'])
    expect(rules.accepts('app.py')).toBe(true)
    expect(rules.accepts('src/x.py')).toBe(true)
    expect(rules.accepts('assets/logo.png')).toBe(true)
    expect(rules.accepts('README.md')).toBe(false)
    expect(rules.accepts('test_app.py')).toBe(false)
    // include cannot prune folders: a file deep inside may match.
    expect(rules.mayContainFiles('src')).toBe(true)
  })

  it('honours .gitignore rules, negations included', () => {
    const rules = FileRules.of([], [], 'build/\n*.log\n!keep.log\n/root-only.txt\n')
    expect(rules.accepts('build/out.js')).toBe(false)
    expect(rules.mayContainFiles('build')).toBe(false)
    expect(rules.accepts('debug.log')).toBe(false)
    expect(rules.accepts('keep.log')).toBe(true)
    expect(rules.accepts('root-only.txt')).toBe(false)
    expect(rules.accepts('sub/root-only.txt')).toBe(true)
  })
})

describe('selectFiles', () => {
  it('lists files as sorted POSIX relative paths, skipping .git, .github and ignored files', async () => {
    const paths = await select({
      'b.py': 'b',
      'a/z.txt': 'z',
      'a/b/c.txt': 'c',
      '.git/HEAD': 'ref',
      '.github/workflows/ci.yml': 'on: push',
      '.gitignore': 'secret.env\nnode_modules/\n',
      'secret.env': 'X=1',
      'node_modules/pkg/index.js': 'js'
    })
    expect(paths).toEqual(['.gitignore', 'a/b/c.txt', 'a/z.txt', 'b.py'])
  })

  it('applies include and exclude', async () => {
    const files = { 'app.py': 'a', 'lib/x.py': 'x', 'lib/test_x.py': 't', 'notes.md': 'n' }
    expect(await select(files, ['*.py'], ['test_*.py'])).toEqual(['app.py', 'lib/x.py'])
    expect(await select(files, [], ['lib'])).toEqual(['app.py', 'notes.md'])
  })

  it('follows links inside path, skips links out of it, to nothing, or back up the tree', async () => {
    const outside = await dirs.make()
    await writeFolder(outside, { 'secret.txt': 's', 'dir/x.txt': 'x' })
    const { value: paths, lines } = await captureLog(() =>
      select({
        'real/data.txt': 'd',
        'alias.txt': { link: 'real/data.txt' },
        'alias-dir': { link: 'real' },
        'escape.txt': { link: `${outside}/secret.txt` },
        'escape-dir': { link: `${outside}/dir` },
        'relative-escape': { link: '../' },
        dangling: { link: 'nowhere' },
        'real/loop': { link: '..' }
      })
    )
    expect(paths).toEqual(['alias-dir/data.txt', 'alias.txt', 'real/data.txt'])
    expect(lines.map((line) => /^::warning::Skipping '([^']+)'/.exec(line)?.[1]).sort()).toEqual([
      'alias-dir/loop',
      'dangling',
      'escape-dir',
      'escape.txt',
      'real/loop',
      'relative-escape'
    ])
  })

  it('refuses a name with a backslash', async () => {
    await expect(select({ 'a\\b.txt': 'x' })).rejects.toThrow(/backslash/)
  })

  it('leaves an excluded bad name alone', async () => {
    expect(await select({ 'a\\b.txt': 'x', 'ok.txt': 'o' }, [], ['a*'])).toEqual(['ok.txt'])
  })
})
