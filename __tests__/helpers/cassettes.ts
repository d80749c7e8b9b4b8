/**
 * Real Hub traffic recorded as VCR cassettes (`__tests__/fixtures/hub-recordings`, see its
 * SOURCES.md), replayed against the emulator, and the comparison of what each answered: same
 * status, same body shape (values that are state must match; ids, shas and dates only in format),
 * same client-relevant headers.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { request } from 'undici'
import { parse } from 'yaml'

export const RECORDINGS_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'hub-recordings'
)
export const RECORDED_ENDPOINT = 'https://huggingface.co'

type HeaderMap = Record<string, string[]>

export interface Interaction {
  request: { method: string; uri: string; body: string | null; headers: HeaderMap }
  response: { status: { code: number }; body: { string: string }; headers: HeaderMap }
}

export interface Cassette {
  name: string
  interactions: Interaction[]
}

export function loadCassettes(): Cassette[] {
  return readdirSync(RECORDINGS_DIR)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.yaml$/, ''),
      interactions: (parse(readFileSync(join(RECORDINGS_DIR, file), 'utf8')) as Cassette)
        .interactions
    }))
}

/** A header of a recording, by case-insensitive name. */
export function recordedHeader(headers: HeaderMap, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase())
  return key ? headers[key][0] : undefined
}

export interface Replayed {
  status: number
  headers: Record<string, string | undefined>
  text: string
}

/** Sends the recorded request to `endpoint` with `token`, as the recording client did. */
export async function replay(
  interaction: Interaction,
  endpoint: string,
  token: string
): Promise<Replayed> {
  const { method, uri, body, headers } = interaction.request
  const sent: Record<string, string> = { authorization: `Bearer ${token}` }
  for (const name of ['Content-Type', 'X-Amzn-Trace-Id', 'Accept']) {
    const value = recordedHeader(headers, name)
    if (value) sent[name.toLowerCase()] = value
  }
  const res = await request(uri.replace(RECORDED_ENDPOINT, endpoint), {
    method: method as 'GET',
    headers: sent,
    body: body ?? undefined
  })
  const flat: Record<string, string | undefined> = {}
  for (const [name, value] of Object.entries(res.headers))
    flat[name] = Array.isArray(value) ? value[0] : value
  return { status: res.statusCode, headers: flat, text: await res.body.text() }
}

/** Values that differ run to run keep only their format: 40-hex commits, 24-hex ids, ISO dates. */
function normalise(text: string): string {
  return text
    .replace(/\b[0-9a-f]{40}\b/g, '<sha40>')
    .replace(/\b[0-9a-f]{24}\b/g, '<id24>')
    .replace(/\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z\b/g, '<iso-date>')
}

function kind(value: unknown): string {
  if (value === null) return 'null'
  return Array.isArray(value) ? 'array' : typeof value
}

/**
 * Where `actual` differs from `expected` (a recorded body with the recorded endpoint already
 * replaced): keys, JSON types, and values up to the format of ids, shas and dates.
 */
export function bodyDifferences(expected: unknown, actual: unknown, at = '$'): string[] {
  if (kind(expected) !== kind(actual))
    return [`${at}: ${kind(actual)} instead of ${kind(expected)}`]
  if (Array.isArray(expected)) {
    const list = actual as unknown[]
    if (list.length !== expected.length)
      return [`${at}: ${list.length} items instead of ${expected.length}`]
    return expected.flatMap((item, i) => bodyDifferences(item, list[i], `${at}[${i}]`))
  }
  if (kind(expected) === 'object') {
    const want = expected as Record<string, unknown>
    const got = actual as Record<string, unknown>
    const keys = [...new Set([...Object.keys(want), ...Object.keys(got)])]
    return keys.flatMap((key) => {
      if (!(key in got)) return [`${at}.${key}: missing`]
      if (!(key in want)) return [`${at}.${key}: unexpected (${JSON.stringify(got[key])})`]
      return bodyDifferences(want[key], got[key], `${at}.${key}`)
    })
  }
  const same =
    typeof expected === 'string'
      ? normalise(expected) === normalise(actual as string)
      : expected === actual
  return same ? [] : [`${at}: ${JSON.stringify(actual)} instead of ${JSON.stringify(expected)}`]
}

/** The recorded body with the recorded endpoint pointing at `endpoint`, parsed when JSON. */
export function expectedBody(interaction: Interaction, endpoint: string): unknown {
  const text = interaction.response.body.string.split(RECORDED_ENDPOINT).join(endpoint)
  const type = recordedHeader(interaction.response.headers, 'Content-Type') ?? ''
  return type.includes('json') ? JSON.parse(text) : text
}
