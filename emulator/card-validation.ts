/**
 * What `POST /api/validate-yaml` checks in a README's front matter: that it is YAML, that it is a
 * mapping, and for Spaces the fields of the configuration reference
 * (https://huggingface.co/docs/hub/spaces-config-reference) whose type or values are fixed.
 * Messages follow the Hub's `"field" must be …` wording.
 */
import { parseDocument } from 'yaml'
import type { RepoType } from './http.js'

const COLORS = ['red', 'yellow', 'green', 'blue', 'indigo', 'purple', 'pink', 'gray']
const SDKS = ['gradio', 'docker', 'static', 'streamlit']
const STRINGS = [
  'title',
  'emoji',
  'sdk_version',
  'python_version',
  'app_file',
  'base_path',
  'license',
  'startup_duration_timeout'
]
const BOOLEANS = [
  'pinned',
  'fullWidth',
  'hf_oauth',
  'disable_embedding',
  'preload_from_hub_disabled'
]
const LISTS = ['models', 'datasets', 'tags', 'preload_from_hub', 'hf_oauth_scopes']
const MAX_SHORT_DESCRIPTION = 60

/** The README's front matter text, or undefined when it has none. */
export function frontMatterOf(content: string): string | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\s*(?:\r?\n|$)/.exec(content)
  return match?.[1]
}

/** Problems with a README's metadata; empty when the Hub would accept it. */
export function validateReadmeMetadata(content: string, repoType: RepoType): string[] {
  const yamlText = frontMatterOf(content)
  if (yamlText === undefined) return []
  const doc = parseDocument(yamlText)
  if (doc.errors.length > 0)
    return doc.errors.map((e) => `Invalid YAML in README.md metadata: ${e.message.split('\n')[0]}`)
  const data: unknown = doc.toJS()
  if (data === null || data === undefined) return []
  if (typeof data !== 'object' || Array.isArray(data))
    return ['README.md metadata must be a YAML mapping (key: value lines)']
  return repoType === 'space' ? spaceFieldErrors(data as Record<string, unknown>) : []
}

function spaceFieldErrors(card: Record<string, unknown>): string[] {
  const errors: string[] = []
  const oneOf = (key: string, allowed: string[]) => {
    if (card[key] !== undefined && !allowed.includes(card[key] as string))
      errors.push(`"${key}" must be one of [${allowed.join(', ')}]`)
  }
  oneOf('sdk', SDKS)
  oneOf('colorFrom', COLORS)
  oneOf('colorTo', COLORS)
  oneOf('header', ['mini', 'default'])
  for (const key of STRINGS)
    if (card[key] !== undefined && typeof card[key] !== 'string')
      errors.push(`"${key}" must be a string`)
  for (const key of BOOLEANS)
    if (card[key] !== undefined && typeof card[key] !== 'boolean')
      errors.push(`"${key}" must be a boolean`)
  for (const key of LISTS)
    if (card[key] !== undefined && !Array.isArray(card[key]))
      errors.push(`"${key}" must be an array`)
  if (card.app_port !== undefined && !Number.isInteger(card.app_port))
    errors.push('"app_port" must be an integer')
  const description = card.short_description
  if (description !== undefined) {
    if (typeof description !== 'string') errors.push('"short_description" must be a string')
    else if (description.length > MAX_SHORT_DESCRIPTION)
      errors.push(
        `"short_description" length must be less than or equal to ${MAX_SHORT_DESCRIPTION} characters long`
      )
  }
  return errors
}
