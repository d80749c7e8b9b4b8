/**
 * The recorded Hub traffic is third-party data kept in the repository: every file in its folder is
 * accounted for in SOURCES.md (origin and licence), the licence it is distributed under travels
 * with it, and it holds no credential.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { RECORDINGS_DIR } from './helpers/cassettes.js'

const files = readdirSync(RECORDINGS_DIR).sort()
const sources = readFileSync(join(RECORDINGS_DIR, 'SOURCES.md'), 'utf8')

describe('hub-recordings fixtures', () => {
  it('are each described in SOURCES.md, which names nothing that is missing', () => {
    const described = [...sources.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]).sort()
    expect(described).toEqual(files.filter((name) => name !== 'SOURCES.md'))
  })

  it('carry the Apache-2.0 licence of the huggingface_hub cassettes', () => {
    expect(sources).toMatch(/huggingface_hub.*Apache-2\.0/s)
    expect(readFileSync(join(RECORDINGS_DIR, 'LICENSE-Apache-2.0.txt'), 'utf8')).toContain(
      'Apache License\n                           Version 2.0, January 2004'
    )
  })

  it('parse: cassettes as YAML with interactions, the OpenAPI document as JSON', () => {
    for (const name of files.filter((n) => n.endsWith('.yaml'))) {
      const cassette = parse(readFileSync(join(RECORDINGS_DIR, name), 'utf8')) as {
        interactions: unknown[]
      }
      expect(`${name}: ${cassette.interactions.length > 0}`).toBe(`${name}: true`)
    }
    const openapi = JSON.parse(readFileSync(join(RECORDINGS_DIR, 'openapi.json'), 'utf8')) as {
      openapi: string
      paths: Record<string, unknown>
    }
    expect(openapi.openapi).toMatch(/^3\./)
    expect(Object.keys(openapi.paths)).toContain('/api/repos/create')
  })

  it('hold no Hub token (only placeholders such as hf_xxx…) and no Authorization header', () => {
    for (const name of files) {
      const text = readFileSync(join(RECORDINGS_DIR, name), 'utf8')
      const tokens = (text.match(/\bhf_[A-Za-z0-9]{30,}\b/g) ?? []).filter(
        (t) => !/^hf_x+$/.test(t)
      )
      expect(`${name}: ${tokens.length}`).toBe(`${name}: 0`)
      if (name.endsWith('.yaml'))
        expect(`${name}: ${/^\s*Authorization:/im.test(text)}`).toBe(`${name}: false`)
    }
  })
})
