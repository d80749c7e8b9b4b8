/**
 * `getInputs()` on its own: defaults, parsing, and the one-line errors that name the bad input.
 * The runner passes inputs as `INPUT_<NAME>` variables; each test sets only the ones it needs.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { getInputs, InputError } from '../src/inputs.js'

const savedEnv = { ...process.env }
let stdout: string[] = []

beforeEach(() => {
  // Inputs, HF_TOKEN or HF_ENDPOINT of the shell running jest must not leak into a test.
  for (const name of Object.keys(process.env)) {
    if (
      name.startsWith('INPUT_') ||
      name.startsWith('ACTIONS_ID_TOKEN_') ||
      name === 'HF_TOKEN' ||
      name === 'HF_ENDPOINT'
    )
      delete process.env[name]
  }
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk))
    return true
  })
})

afterEach(() => {
  jest.restoreAllMocks()
  for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name]
  Object.assign(process.env, savedEnv)
})

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value
}

/** The `InputError` that `getInputs()` throws for these inputs. */
function inputError(inputs: Record<string, string>): InputError {
  setInputs(inputs)
  try {
    getInputs()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error(`getInputs() accepted ${JSON.stringify(inputs)}`)
}

describe('defaults', () => {
  it('fills every setting from action.yml defaults when only repo_id is given', () => {
    setInputs({ repo_id: 'user/demo' })
    expect(getInputs()).toEqual({
      token: undefined,
      trustedPublisher: false,
      repoIds: ['user/demo'],
      mode: 'status',
      repoType: 'space',
      factoryReboot: false,
      pingApp: true,
      wait: true,
      waitTimeoutSeconds: 900,
      path: resolve('.'),
      pathInRepo: '',
      include: [],
      exclude: [],
      deleteMissing: true,
      commitMessage: undefined,
      commitDescription: undefined,
      revision: 'main',
      createPr: false,
      create: false,
      spaceSdk: undefined,
      private: false,
      dryRun: false,
      endpoint: 'https://huggingface.co',
      githubToken: undefined,
      keepWorkflowAlive: false,
      space: { prune: false }
    })
  })

  it('deletes missing files by default for Spaces only', () => {
    setInputs({ repo_id: 'user/model', mode: 'empty-commit', repo_type: 'model', token: 'hf_x' })
    expect(getInputs().deleteMissing).toBe(false)
    setInputs({ delete: 'TRUE' })
    expect(getInputs().deleteMissing).toBe(true)
    setInputs({ repo_type: 'space', delete: 'false' })
    expect(getInputs().deleteMissing).toBe(false)
  })
})

describe('parsing', () => {
  it('splits repo_id on commas and newlines, trims, drops blanks and duplicates, keeps order', () => {
    setInputs({ repo_id: ' user/b ,user/a\n\n  acme/c\r\nuser/b,', mode: 'status' })
    expect(getInputs().repoIds).toEqual(['user/b', 'user/a', 'acme/c'])
  })

  it('accepts the YAML spellings of booleans', () => {
    setInputs({ repo_id: 'u/s', mode: 'restart', token: 'hf_x', factory_reboot: 'True' })
    setInputs({ wait: 'FALSE', ping_app: 'false' })
    const settings = getInputs()
    expect([settings.factoryReboot, settings.wait, settings.pingApp]).toEqual([true, false, false])
  })

  it('takes the token from HF_TOKEN when the input is empty, and masks it first', () => {
    process.env.HF_TOKEN = ' hf_fromEnvironment \n'
    setInputs({ repo_id: 'u/s', mode: 'pause' })
    expect(getInputs().token).toBe('hf_fromEnvironment')
    expect(stdout[0]).toBe('::add-mask::hf_fromEnvironment\n')
  })

  it('prefers the token input over HF_TOKEN', () => {
    process.env.HF_TOKEN = 'hf_fromEnvironment'
    setInputs({ repo_id: 'u/s', token: 'hf_fromInput' })
    expect(getInputs().token).toBe('hf_fromInput')
  })

  it('never prints the token in the debug lines of the settings', () => {
    setInputs({ repo_id: 'u/s', token: 'hf_secretValue123', mode: 'restart' })
    getInputs()
    const debug = stdout.filter((line) => line.startsWith('::debug::'))
    expect(debug.some((line) => line.includes('repoIds: ["u/s"]'))).toBe(true)
    expect(debug.join('')).not.toContain('hf_secretValue123')
  })

  it('takes the endpoint from HF_ENDPOINT and strips trailing slashes', () => {
    process.env.HF_ENDPOINT = 'https://hf-mirror.example.com/hub//'
    setInputs({ repo_id: 'u/s' })
    expect(getInputs().endpoint).toBe('https://hf-mirror.example.com/hub')
    setInputs({ endpoint: 'http://127.0.0.1:8080/' })
    expect(getInputs().endpoint).toBe('http://127.0.0.1:8080')
  })

  it('accepts wait_timeout from 1 s to 6 h', () => {
    setInputs({ repo_id: 'u/s', wait_timeout: '1' })
    expect(getInputs().waitTimeoutSeconds).toBe(1)
    setInputs({ wait_timeout: '21600' })
    expect(getInputs().waitTimeoutSeconds).toBe(21600)
    expect(inputError({ wait_timeout: '21601' }).message).toContain('from 1 to 21600')
  })

  it('takes path_in_repo as a folder: one trailing slash dropped, . for the root', () => {
    setInputs({ repo_id: 'u/s', mode: 'deploy', token: 'hf_x', path_in_repo: 'app/static/' })
    expect(getInputs().pathInRepo).toBe('app/static')
    setInputs({ path_in_repo: '.' })
    expect(getInputs().pathInRepo).toBe('')
  })

  it.each(['refs/pr/12', 'refs/heads/release/v2', 'main', 'feature/a.b'])(
    'takes the revision %s',
    (revision) => {
      setInputs({ repo_id: 'u/s', mode: 'deploy', token: 'hf_x', revision })
      expect(getInputs().revision).toBe(revision)
    }
  )

  it('reads include and exclude line by line, skipping blanks and comments', () => {
    setInputs({ repo_id: 'u/s', mode: 'deploy', token: 'hf_x' })
    setInputs({ include: '*.py\n\n# the app\n  assets/**  ', exclude: 'tests/**' })
    expect(getInputs()).toMatchObject({ include: ['*.py', 'assets/**'], exclude: ['tests/**'] })
  })

  it('accepts branch names with slashes', () => {
    setInputs({ repo_id: 'u/s', revision: 'release/v2.1' })
    expect(getInputs().revision).toBe('release/v2.1')
  })

  it('needs no token for status, nor for a dry run', () => {
    setInputs({ repo_id: 'u/s' })
    expect(getInputs().token).toBeUndefined()
    setInputs({ mode: 'restart', dry_run: 'true' })
    expect(getInputs().dryRun).toBe(true)
  })

  it('warns about inputs the mode ignores', () => {
    setInputs({ repo_id: 'u/s', factory_reboot: 'true', include: '*.py' })
    getInputs()
    const warnings = stdout.filter((line) => line.startsWith('::warning::'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('factory_reboot (restart only)')
    expect(warnings[0]).toContain('include (deploy only)')
  })
})

describe('errors', () => {
  it.each([
    ['repo_id', 'user/my--space'],
    ['repo_id', 'user/my..space'],
    ['repo_id', `user/${'x'.repeat(97)}`],
    ['repo_id', 'user/-space'],
    ['repo_id', 'just-a-name']
  ])('rejects %s %j', (name, value) => {
    expect(inputError({ [name]: value }).message).toMatch(new RegExp(`^Input '${name}'`))
  })

  it.each(['-main', 'main.lock', 'a//b', 'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[b', 'a@{1}', 'x/'])(
    'rejects the revision %j (git ref-name rules)',
    (revision) => {
      expect(inputError({ repo_id: 'u/s', revision }).message).toContain("Input 'revision'")
    }
  )

  it('rejects path_in_repo with backslashes', () => {
    const error = inputError({ repo_id: 'u/s', mode: 'deploy', path_in_repo: 'a\\b' })
    expect(error.message).toContain("Input 'path_in_repo'")
  })

  it('rejects a deploy path that is missing or a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'inputs-'))
    try {
      await writeFile(join(dir, 'file.txt'), 'x')
      setInputs({ repo_id: 'u/s', mode: 'deploy', token: 'hf_x' })
      expect(inputError({ path: join(dir, 'file.txt') }).message).toContain('not a folder')
      expect(inputError({ path: join(dir, 'missing') }).message).toContain("Input 'path'")
      setInputs({ path: dir })
      expect(getInputs().path).toBe(dir)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('does not print a whitespace token in its error', () => {
    const error = inputError({ repo_id: 'u/s', token: 'hf_abc def' })
    expect(error.message).toContain("Input 'token'")
    expect(error.message).not.toContain('hf_abc')
  })

  it('checks the mode before the repo_id', () => {
    expect(inputError({ mode: 'Restart', repo_id: '' }).message).toBe(
      "Input 'mode' is 'Restart', which is not allowed: use one of status, restart, pause, wake, empty-commit, deploy, settings, duplicate, preview."
    )
  })
})
