/**
 * The YAML parser, behind a module of its own so that it loads (it is most of a deploy's bundle)
 * only where a Space card is checked: `await import('./yaml-document.js')`.
 */
import { parseDocument } from 'yaml'

export function parseYamlDocument(text: string): ReturnType<typeof parseDocument> {
  return parseDocument(text)
}
