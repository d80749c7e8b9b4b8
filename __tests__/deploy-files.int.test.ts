/**
 * Which files a deploy sends and deletes: `delete` per repo type, `.gitattributes` never deleted,
 * `path_in_repo`, include/exclude/.gitignore (which also protect remote files), symbolic links out
 * of `path`, and the Git LFS pointer pre-flight.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { EMULATOR_TOKENS, HubEmulator } from '../emulator/index.js'
import { lfsPointer, bytes } from './emulator-helpers.js'
import { commitCount, deployInputs, repoFiles, useFolders } from './helpers/deploy.js'
import { runAction } from './helpers/run-action.js'
import { commitFiles, seedSpace } from './helpers/spaces.js'

const APP = 'print("hello")\n'
const README = '---\nsdk: gradio\napp_file: app.py\n---\n'

let hub: HubEmulator
const { folder } = useFolders()
beforeAll(async () => {
  hub = await HubEmulator.start()
})
afterAll(async () => hub.close())

describe('delete', () => {
  it('mirrors a Space by default (auto): remote files absent locally go, .gitattributes stays', async () => {
    const repo = await seedSpace(hub, 'user/mirror', {
      files: { 'app.py': APP, 'old.py': 'x', 'docs/old.md': 'y' }
    })
    const dir = await folder({ 'app.py': APP, 'README.md': README })
    const run = await runAction(deployInputs(hub, 'user/mirror', dir))
    expect(run.exitCode).toBe(0)
    expect([...(await repoFiles(repo)).keys()].sort()).toEqual([
      '.gitattributes',
      'README.md',
      'app.py'
    ])
  })

  it('keeps remote files with delete: false', async () => {
    const repo = await seedSpace(hub, 'user/keep', { files: { 'app.py': APP, 'old.py': 'x' } })
    const dir = await folder({ 'app.py': APP, 'README.md': README })
    const run = await runAction(deployInputs(hub, 'user/keep', dir, { delete: 'false' }))
    expect(run.exitCode).toBe(0)
    expect((await repoFiles(repo)).has('old.py')).toBe(true)
  })

  it('keeps them for a model by default, deletes them with delete: true', async () => {
    const repo = await hub.repos.create({ type: 'model', namespace: 'user', name: 'weights' })
    await commitFiles(repo, { 'old.txt': 'old', 'sub/.gitattributes': '*.x filter=lfs\n' }, 'seed')
    const dir = await folder({ 'config.json': '{}\n', 'model.safetensors': bytes(3000) })
    const inputs = deployInputs(hub, 'user/weights', dir, { repo_type: 'model' })

    let run = await runAction(inputs)
    expect(run.exitCode).toBe(0)
    let files = await repoFiles(repo)
    expect(files.has('old.txt')).toBe(true)
    expect(files.get('model.safetensors')?.toString()).toContain('git-lfs')
    expect(run.outputs.space_url).toBe(`${hub.url}/user/weights`)
    const head = await repo.git.resolve('main')
    expect(run.outputs.commit_url).toBe(`${hub.url}/user/weights/commit/${head}`)
    expect(run.outputs.stage).toBe('')

    run = await runAction({ ...inputs, delete: 'true' })
    expect(run.exitCode).toBe(0)
    files = await repoFiles(repo)
    expect([...files.keys()].sort()).toEqual([
      '.gitattributes',
      'config.json',
      'model.safetensors',
      'sub/.gitattributes'
    ])
  })

  it('deploys to a dataset, keeping its files by default', async () => {
    const repo = await hub.repos.create({ type: 'dataset', namespace: 'user', name: 'rows' })
    await commitFiles(repo, { 'data/old.csv': 'a\n' }, 'seed')
    const dir = await folder({ 'data/train.csv': 'a,b\n1,2\n' })
    const run = await runAction(deployInputs(hub, 'user/rows', dir, { repo_type: 'dataset' }))
    expect(run.exitCode).toBe(0)
    const files = await repoFiles(repo)
    expect(files.get('data/train.csv')?.toString()).toBe('a,b\n1,2\n')
    expect(files.has('data/old.csv')).toBe(true)
    expect(run.outputs.commit_url).toContain(`${hub.url}/datasets/user/rows/commit/`)
  })
})

describe('path_in_repo', () => {
  it('mirrors path into a folder of the repo, leaving the rest of the repo alone', async () => {
    const repo = await seedSpace(hub, 'user/sub', {
      files: { 'app.py': APP, 'site/old.html': 'old', 'other/keep.txt': 'keep' }
    })
    const dir = await folder({ 'index.html': '<h1>hi</h1>', 'css/a.css': 'a{}' })
    const run = await runAction(deployInputs(hub, 'user/sub', dir, { path_in_repo: 'site' }))
    expect(run.exitCode).toBe(0)
    const files = await repoFiles(repo)
    expect(files.get('site/index.html')?.toString()).toBe('<h1>hi</h1>')
    expect(files.has('site/css/a.css')).toBe(true)
    expect(files.has('site/old.html')).toBe(false)
    expect(files.has('other/keep.txt')).toBe(true)
    expect(files.has('app.py')).toBe(true)
  })

  it('creates the folder when the repo does not have it yet', async () => {
    const repo = await seedSpace(hub, 'user/newsub')
    const dir = await folder({ 'a.txt': 'a' })
    const run = await runAction(deployInputs(hub, 'user/newsub', dir, { path_in_repo: 'deep/er' }))
    expect(run.exitCode).toBe(0)
    expect((await repoFiles(repo)).get('deep/er/a.txt')?.toString()).toBe('a')
  })
})

describe('include, exclude and .gitignore', () => {
  it('publish only what the rules accept, and protect what they leave out from deletion', async () => {
    const repo = await seedSpace(hub, 'user/rules', {
      files: { 'app.py': APP, 'notes/remote.md': 'remote', '.env': 'SECRET=remote', 'x.log': 'l' }
    })
    const dir = await folder({
      'app.py': APP,
      'README.md': README,
      'lib/util.py': 'u = 1\n',
      'lib/test_util.py': 'assert True\n',
      'notes/todo.md': 'todo',
      '.env': 'SECRET=local',
      'debug.log': 'log',
      'build/out.js': 'js',
      '.gitignore': '.env\n*.log\nbuild/\n',
      '.git/config': '[core]\n',
      '.github/workflows/ci.yml': 'on: push\n',
      'sub/.git': 'gitdir: ../.git/modules/sub\n'
    })
    const run = await runAction(
      deployInputs(hub, 'user/rules', dir, { exclude: 'test_*.py\nnotes/\n' })
    )
    expect(run.exitCode).toBe(0)
    const files = await repoFiles(repo)
    expect([...files.keys()].sort()).toEqual([
      '.env',
      '.gitattributes',
      '.gitignore',
      'README.md',
      'app.py',
      'lib/util.py',
      'notes/remote.md',
      'x.log'
    ])
    // The remote .env is protected by the .gitignore: neither overwritten nor deleted.
    expect(files.get('.env')?.toString()).toBe('SECRET=remote')
  })

  it('with include, publishes only matching files', async () => {
    const repo = await seedSpace(hub, 'user/include', { files: { 'app.py': APP, 'keep.txt': 'k' } })
    const dir = await folder({
      'app.py': `${APP}#2\n`,
      'src/a.py': 'a',
      'src/b.txt': 'b',
      'c.txt': 'c'
    })
    const run = await runAction(deployInputs(hub, 'user/include', dir, { include: '*.py' }))
    expect(run.exitCode).toBe(0)
    const files = await repoFiles(repo)
    expect(files.get('app.py')?.toString()).toBe(`${APP}#2\n`)
    expect(files.has('src/a.py')).toBe(true)
    expect(files.has('src/b.txt')).toBe(false)
    expect(files.has('c.txt')).toBe(false)
    // Not matched by include, so not the deploy's business: kept.
    expect(files.has('keep.txt')).toBe(true)
    expect(files.has('README.md')).toBe(true)
  })
})

describe('include that matches nothing', () => {
  it('warns, naming each pattern that matched no file, and publishes what the others matched', async () => {
    const repo = await seedSpace(hub, 'user/include-typo')
    const dir = await folder({ 'app.py': `${APP}#typo\n`, 'README.md': README })
    const run = await runAction(
      deployInputs(hub, 'user/include-typo', dir, { include: '*.py\n*.pyy\nassets/**' })
    )
    expect(run.exitCode).toBe(0)
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::warning'))).toEqual([
      "::warning::Input 'include' has '*.pyy', which matches no file to publish in 'path'.",
      "::warning::Input 'include' has 'assets/**', which matches no file to publish in 'path'."
    ])
    expect((await repoFiles(repo)).get('app.py')?.toString()).toBe(`${APP}#typo\n`)
  })
})

describe('symbolic links', () => {
  it('does not read a root .gitignore that links out of path', async () => {
    const repo = await seedSpace(hub, 'user/gitignore-link')
    const outside = await folder({ 'rules/.gitignore': '*.txt\n' })
    const dir = await folder({
      'app.py': APP,
      'README.md': README,
      'notes.txt': 'published',
      '.gitignore': { link: `${outside}/rules/.gitignore` }
    })
    const run = await runAction(deployInputs(hub, 'user/gitignore-link', dir))
    expect(run.exitCode).toBe(0)
    const files = await repoFiles(repo)
    expect(files.get('notes.txt')?.toString()).toBe('published')
    expect(files.has('.gitignore')).toBe(false)
    expect(run.stdout).toContain(
      "::warning::Not reading the root '.gitignore': it is a symbolic link out of 'path'"
    )
  })

  it('follows links inside path, skips links out of it with a warning', async () => {
    const repo = await seedSpace(hub, 'user/links')
    const outside = await folder({ id_rsa: 'PRIVATE KEY', 'etc/passwd': 'root' })
    const dir = await folder({
      'app.py': APP,
      'README.md': README,
      'common/data.txt': 'shared',
      'alias.txt': { link: 'common/data.txt' },
      mirror: { link: 'common' },
      key: { link: `${outside}/id_rsa` },
      etc: { link: `${outside}/etc` },
      up: { link: '..' },
      loop: { link: '.' }
    })
    const run = await runAction(deployInputs(hub, 'user/links', dir))
    expect(run.exitCode).toBe(0)
    const files = await repoFiles(repo)
    expect(files.get('alias.txt')?.toString()).toBe('shared')
    expect(files.get('mirror/data.txt')?.toString()).toBe('shared')
    expect(files.has('key')).toBe(false)
    expect(files.has('etc/passwd')).toBe(false)
    expect([...files.values()].some((content) => content.toString().includes('PRIVATE'))).toBe(
      false
    )
    expect(run.stdout).toMatch(/::warning::Skipping 'key': a symbolic link out of 'path'/)
    expect(run.stdout).toMatch(/::warning::Skipping 'up': a symbolic link out of 'path'/)
    expect(run.stdout).toMatch(/::warning::Skipping 'loop': it links back/)
  })
})

describe('pre-flight', () => {
  it('fails on Git LFS pointer files before any request, saying how to fix the checkout', async () => {
    const repo = await seedSpace(hub, 'user/pointers')
    const dir = await folder({
      'app.py': APP,
      'model.bin': lfsPointer(bytes(5000)),
      'data.parquet': lfsPointer(bytes(6000, 2))
    })
    const before = await commitCount(repo)
    hub.clearRequests()
    const run = await runAction(deployInputs(hub, 'user/pointers', dir))
    expect(run.exitCode).toBe(1)
    expect(hub.hubRequests()).toEqual([])
    expect(await commitCount(repo)).toBe(before)
    expect(run.errors.join('\n')).toContain('2 file(s)')
    expect(run.errors.join('\n')).toContain('lfs: true')
    expect(run.errors.join('\n')).toContain('model.bin')
  })

  it('refuses a file name the Hub cannot store, before any request', async () => {
    await seedSpace(hub, 'user/names')
    const dir = await folder({ 'app.py': APP, 'bad\\name.txt': 'x' })
    hub.clearRequests()
    const run = await runAction(deployInputs(hub, 'user/names', dir))
    expect(run.exitCode).toBe(1)
    expect(hub.hubRequests()).toEqual([])
    expect(run.errors.join('\n')).toContain('backslash')
  })

  it('reads a private repo only with a token that can see it', async () => {
    await seedSpace(hub, 'user/private', { private: true })
    const dir = await folder({ 'app.py': APP })
    const run = await runAction({
      ...deployInputs(hub, 'user/private', dir),
      token: EMULATOR_TOKENS.other
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain('does not exist, or the token cannot see it')
  })
})
