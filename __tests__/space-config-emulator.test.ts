/**
 * The emulator's Space configuration routes, over HTTP as the Hub's clients call them: secrets
 * (keys and descriptions, never values), variables, hardware and sleep time, the restart a
 * configuration change causes, duplication, deletion, creation with Space fields, the 402 rule,
 * the hardware catalogue and the README metadata check.
 */
import { describe, expect, it } from '@jest/globals'
import { request } from 'undici'
import { EMULATOR_TOKENS, configRestartCount } from '../emulator/index.js'
import { useEmulator } from './helpers/emulator.js'
import { seedSpace } from './helpers/spaces.js'

const hub = useEmulator()

async function call(
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  json?: unknown,
  token: string = EMULATOR_TOKENS.write
): Promise<{ status: number; body: unknown; text: string }> {
  const res = await request(`${hub().url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(json !== undefined && { 'content-type': 'application/json' })
    },
    body: json === undefined ? undefined : JSON.stringify(json)
  })
  const text = await res.body.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // text answer
  }
  return { status: res.statusCode, body, text }
}

describe('secrets and variables', () => {
  it('lists secret keys with description and updatedAt, never the value', async () => {
    const repo = await seedSpace(hub(), 'user/secret-list')
    const put = await call('POST', '/api/spaces/user/secret-list/secrets', {
      key: 'API_KEY',
      value: 'very-secret-value',
      description: 'the key'
    })
    expect(put).toMatchObject({ status: 200, body: {} })
    const listed = await call('GET', '/api/spaces/user/secret-list/secrets')
    expect(listed.text).not.toContain('very-secret-value')
    expect(listed.body).toEqual({
      API_KEY: { key: 'API_KEY', description: 'the key', updatedAt: expect.any(String) }
    })
    expect(repo.secrets.get('API_KEY')?.value).toBe('very-secret-value')
  })

  it('restarts the Space on every write, and not on deleting a missing key', async () => {
    const repo = await seedSpace(hub(), 'user/secret-restart')
    await call('POST', '/api/spaces/user/secret-restart/variables', { key: 'A', value: '1' })
    expect(repo.runtime?.stage).toBe('BUILDING')
    repo.runtime?.settleNow()
    await call('POST', '/api/spaces/user/secret-restart/secrets', { key: 'S', value: 'x' })
    expect(repo.runtime?.stage).toBe('BUILDING')
    repo.runtime?.settleNow()
    expect(configRestartCount(repo)).toBe(2)
    const missing = await call('DELETE', '/api/spaces/user/secret-restart/secrets', { key: 'NOPE' })
    expect(missing).toMatchObject({ status: 200, body: {} })
    expect(configRestartCount(repo)).toBe(2)
    expect(repo.runtime?.stage).toBe('RUNNING')
    const removed = await call('DELETE', '/api/spaces/user/secret-restart/variables', { key: 'A' })
    expect(removed).toMatchObject({ status: 200, body: {} })
    expect(configRestartCount(repo)).toBe(3)
  })

  it('answers 400 to a key the Hub refuses', async () => {
    await seedSpace(hub(), 'user/secret-bad-key')
    const res = await call('POST', '/api/spaces/user/secret-bad-key/secrets', {
      key: '1-BAD',
      value: 'x'
    })
    expect(res.status).toBe(400)
  })
})

describe('hardware and sleep time', () => {
  it('requests hardware with a sleep time, restarting the Space', async () => {
    const repo = await seedSpace(hub(), 'user/hw')
    const res = await call('POST', '/api/spaces/user/hw/hardware', {
      flavor: 't4-small',
      sleepTimeSeconds: 3600
    })
    expect(res.body).toMatchObject({
      stage: 'BUILDING',
      hardware: { requested: 't4-small' },
      gcTimeout: 3600
    })
    repo.runtime?.settleNow()
    expect(repo.runtime?.toJSON().hardware).toEqual({ current: 't4-small', requested: 't4-small' })
    const same = await call('POST', '/api/spaces/user/hw/sleeptime', { seconds: 3600 })
    expect(same.body).toMatchObject({ stage: 'RUNNING' })
    const never = await call('POST', '/api/spaces/user/hw/sleeptime', { seconds: -1 })
    expect(never.body).toMatchObject({ stage: 'BUILDING', gcTimeout: null })
  })

  it('keeps 48 h on cpu-basic, refuses unknown flavors and paid hardware without payment', async () => {
    await seedSpace(hub(), 'user/hw-basic')
    const basic = await call('POST', '/api/spaces/user/hw-basic/sleeptime', { seconds: 600 })
    expect(basic.body).toMatchObject({ stage: 'RUNNING', gcTimeout: 172800 })
    const unknown = await call('POST', '/api/spaces/user/hw-basic/hardware', { flavor: 'tpu-9' })
    expect(unknown.status).toBe(400)
    await seedSpace(hub(), 'other/hw-poor')
    const poor = await call(
      'POST',
      '/api/spaces/other/hw-poor/hardware',
      { flavor: 't4-small' },
      EMULATOR_TOKENS.other
    )
    expect(poor.status).toBe(403)
    expect(poor.text).toContain('payment method')
  })

  it('lists the hardware catalogue', async () => {
    const res = await call('GET', '/api/spaces/hardware')
    const names = (res.body as { name: string }[]).map((f) => f.name)
    expect(names).toEqual(expect.arrayContaining(['cpu-basic', 'cpu-upgrade', 't4-small']))
    expect((res.body as { prettyName: string }[])[0]).toMatchObject({ prettyName: 'CPU basic' })
  })
})

describe('create, duplicate, delete', () => {
  it('creates a Space with hardware, sleep time, secrets and variables', async () => {
    const res = await call('POST', '/api/repos/create', {
      name: 'created-with-settings',
      organization: 'user',
      type: 'space',
      sdk: 'gradio',
      hardware: 'cpu-upgrade',
      sleepTimeSeconds: 900,
      secrets: [{ key: 'TOKEN', value: 's3cr3t' }],
      variables: [{ key: 'MODEL', value: 'gpt2', description: 'which model' }]
    })
    expect(res.status).toBe(200)
    const repo = hub().repos.get('space', 'user/created-with-settings')
    expect(repo?.runtime?.toJSON()).toMatchObject({
      hardware: { requested: 'cpu-upgrade' },
      gcTimeout: 900
    })
    expect(repo?.secrets.get('TOKEN')?.value).toBe('s3cr3t')
    expect(repo?.variables.get('MODEL')).toMatchObject({
      value: 'gpt2',
      description: 'which model'
    })
  })

  it('duplicates files and variables but not secrets; 409 when the target exists', async () => {
    const source = await seedSpace(hub(), 'user/dup-source', {
      files: { 'app.py': 'print(1)\n', 'data/x.txt': 'x\n' }
    })
    source.variables.set('PUBLIC', { value: 'p', updatedAt: new Date().toISOString() })
    source.secrets.set('HIDDEN', { value: 'h', updatedAt: new Date().toISOString() })
    const res = await call('POST', '/api/spaces/user/dup-source/duplicate', {
      repository: 'user/dup-target',
      private: true,
      variables: [{ key: 'EXTRA', value: 'e' }]
    })
    expect(res).toMatchObject({
      status: 200,
      body: { url: `${hub().url}/spaces/user/dup-target` }
    })
    const target = hub().repos.get('space', 'user/dup-target')
    expect(target?.private).toBe(true)
    const files = (await target?.git.listTree('main'))?.map((e) => e.path).sort()
    expect(files).toEqual(['.gitattributes', 'README.md', 'app.py', 'data/x.txt'])
    expect([...(target?.variables.keys() ?? [])].sort()).toEqual(['EXTRA', 'PUBLIC'])
    expect(target?.secrets.size).toBe(0)
    target?.runtime?.settleNow()
    expect(target?.runtime?.stage).toBe('RUNNING')
    const again = await call('POST', '/api/spaces/user/dup-source/duplicate', {
      repository: 'user/dup-target'
    })
    expect(again.status).toBe(409)
  })

  it('answers 402 to a free account duplicating or creating a Gradio Space, not a static one', async () => {
    await seedSpace(hub(), 'user/paywalled-source')
    const dup = await call(
      'POST',
      '/api/spaces/user/paywalled-source/duplicate',
      { repository: 'other/copy' },
      EMULATOR_TOKENS.other
    )
    expect(dup.status).toBe(402)
    expect(dup.text).toContain('requires a PRO subscription')
    const create = await call(
      'POST',
      '/api/repos/create',
      { name: 'static-ok', organization: 'other', type: 'space', sdk: 'static' },
      EMULATOR_TOKENS.other
    )
    expect(create.status).toBe(200)
  })

  it('deletes a Space (text OK), then answers 404 for it', async () => {
    await seedSpace(hub(), 'user/to-delete')
    const body = { name: 'to-delete', organization: 'user', type: 'space' }
    const res = await call('DELETE', '/api/repos/delete', body)
    expect(res).toMatchObject({ status: 200, text: 'OK' })
    expect(hub().repos.get('space', 'user/to-delete')).toBeUndefined()
    expect((await call('DELETE', '/api/repos/delete', body)).status).toBe(404)
  })
})

describe('validate-yaml', () => {
  const validate = (content: string) =>
    call('POST', '/api/validate-yaml', { content, repoType: 'space' })

  it('accepts a valid card and a README without front matter', async () => {
    const ok = await validate('---\ntitle: Demo\nsdk: gradio\ncolorFrom: blue\n---\n# Demo\n')
    expect(ok).toMatchObject({ status: 200, body: {} })
    expect((await validate('# Just text\n')).status).toBe(200)
  })

  it('refuses broken YAML and wrong field values with errors[]', async () => {
    const broken = await validate('---\ntitle: [unclosed\n---\n')
    expect(broken.status).toBe(400)
    expect((broken.body as { errors: { message: string }[] }).errors[0].message).toMatch(
      /Invalid YAML/
    )
    const wrong = await validate('---\nsdk: flask\ncolorFrom: teal\npinned: "yes"\n---\n')
    expect(wrong.status).toBe(400)
    expect((wrong.body as { errors: { message: string }[] }).errors.map((e) => e.message)).toEqual([
      '"sdk" must be one of [gradio, docker, static, streamlit]',
      '"colorFrom" must be one of [red, yellow, green, blue, indigo, purple, pink, gray]',
      '"pinned" must be a boolean'
    ])
  })
})
