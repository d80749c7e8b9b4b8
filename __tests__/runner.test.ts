/**
 * The runner's interface the action writes itself (src/runner/): the workflow commands as GitHub
 * parses them, outputs that a value cannot forge, inputs as the runner passes them.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as runner from '../src/runner/index.js'
import { captureLog } from './helpers/log-capture.js'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
  process.exitCode = undefined
})

describe('workflow commands', () => {
  it('escapes what would end a command or start another one', async () => {
    const { lines } = await captureLog(async () => {
      runner.warning('50% done\r\nnext: ::error::forged')
      runner.debug('a\nb')
      runner.info('plain: %0A stays')
    })
    expect(lines).toEqual([
      '::warning::50%25 done%0D%0Anext: ::error::forged',
      '::debug::a%0Ab',
      'plain: %0A stays'
    ])
  })

  it('writes annotation properties in the runner’s names, escaping : and , in values', async () => {
    const { lines } = await captureLog(async () =>
      runner.error('boom', { title: 'Deploy: failed, twice', file: 'app.py', startLine: 3 })
    )
    expect(lines).toEqual(['::error title=Deploy%3A failed%2C twice,file=app.py,line=3::boom'])
  })

  it('masks, groups, and fails the step with exit code 1', async () => {
    const { lines } = await captureLog(async () => {
      runner.setSecret('hf_secret')
      runner.startGroup('Build log')
      runner.endGroup()
      runner.setFailed('it broke')
    })
    expect(lines).toEqual([
      '::add-mask::hf_secret',
      '::group::Build log',
      '::endgroup::',
      '::error::it broke'
    ])
    expect(process.exitCode).toBe(1)
  })
})

describe('inputs, outputs and the summary', () => {
  it('reads INPUT_<NAME> trimmed, spaces as underscores, and "" when unset', () => {
    process.env.INPUT_REPO_ID = '  user/app \n'
    process.env['INPUT_SLEEP TIME'] = 'x'
    process.env.INPUT_SLEEP_TIME = ' 300 '
    expect(runner.getInput('repo_id')).toBe('user/app')
    expect(runner.getInput('sleep time')).toBe('300')
    expect(runner.getInput('hardware')).toBe('')
  })

  it('writes each output between random delimiters, so a value cannot set another one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'runner-'))
    process.env.GITHUB_OUTPUT = join(dir, 'output')
    writeFileSync(process.env.GITHUB_OUTPUT, '')
    runner.setOutput('stage', 'RUNNING\ncommit_sha<<EOF\nforged\nEOF')
    runner.setOutput('changed', 'true')
    const text = readFileSync(process.env.GITHUB_OUTPUT, 'utf8')
    const outputs = [...text.matchAll(/^(\w+)<<(ghadelimiter_[0-9a-f-]{36})\n([\s\S]*?)\n\2$/gm)]
    expect(outputs.map((m) => [m[1], m[3]])).toEqual([
      ['stage', 'RUNNING\ncommit_sha<<EOF\nforged\nEOF'],
      ['changed', 'true']
    ])
    expect(outputs[0][2]).not.toBe(outputs[1][2])
  })

  it('refuses an output file the runner did not create', () => {
    process.env.GITHUB_OUTPUT = join(tmpdir(), 'no-such-dir-for-runner', 'output')
    expect(() => runner.setOutput('stage', 'RUNNING')).toThrow(/Missing file at path/)
  })

  it('appends to the job summary, and does nothing without one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'runner-'))
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary')
    await runner.appendSummary('<h2>a</h2>\n')
    await runner.appendSummary('<p>b</p>\n')
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8')).toBe('<h2>a</h2>\n<p>b</p>\n')
    delete process.env.GITHUB_STEP_SUMMARY
    await expect(runner.appendSummary('x')).resolves.toBeUndefined()
  })
})
