/**
 * The Space card: a YAML file whose text becomes, byte for byte, the front matter of the
 * published README.md (replacing any front matter the local README has), so the GitHub README
 * stays free of Space metadata. Checked with the `yaml` parser before any request, then by the
 * Hub's own `POST /api/validate-yaml` before any upload.
 */
import { sentence } from '../errors.js'
import type { HubClient } from '../hub/client.js'
import { HubApiError } from '../hub/error.js'
import { validateYaml } from '../hub/validate-yaml.js'
import { InputError } from '../inputs.js'

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n?---[ \t]*(?:\r?\n|$)/

/**
 * The card's text, checked: one YAML mapping. Ends with a newline. The parser (most of a deploy's
 * bundle) loads only for a deploy that has a card.
 */
export async function parseCard(text: string, shownPath: string): Promise<string> {
  const { parseYamlDocument } = await import('./yaml-document.js')
  const doc = parseYamlDocument(text)
  if (doc.errors.length > 0) {
    const first = doc.errors[0]
    const line = first.linePos?.[0]?.line
    throw new InputError(
      `Input 'space_card' (${shownPath}) is not valid YAML${line ? ` (line ${line})` : ''}: ${first.message.split('\n')[0]}`
    )
  }
  const data: unknown = doc.toJS()
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(
      `Input 'space_card' (${shownPath}) must be a YAML mapping of card fields (title, sdk, app_file, emoji, …).`
    )
  }
  return text.endsWith('\n') ? text : `${text}\n`
}

/** Whether a README starts with YAML front matter. */
export function hasFrontMatter(readme: string): boolean {
  return FRONT_MATTER.test(readme)
}

/** The README to publish: the card as front matter, then the local README without its own. */
export function publishedReadme(card: string, localReadme: string | undefined): string {
  const body = (localReadme ?? '').replace(FRONT_MATTER, '')
  return `---\n${card}---\n${body}`
}

/** The Hub's check of the README to publish; its refusal becomes a clear card error. */
export async function checkCardOnHub(
  client: HubClient,
  readme: string,
  shownPath: string
): Promise<string[]> {
  try {
    return await validateYaml(client, readme, 'space')
  } catch (error) {
    if (error instanceof HubApiError && error.status === 400) {
      throw new Error(
        `${sentence(`The Hub refused the Space card ${shownPath}: ${error.hubMessage ?? 'invalid metadata'}`)} Fix the card; nothing was uploaded.`,
        { cause: error }
      )
    }
    throw error
  }
}
