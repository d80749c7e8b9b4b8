/**
 * `secrets` and `variables` inputs in dotenv syntax. The `dotenv` package parses the values
 * (quotes, multi-line quoted values, `#` comments, the `export` prefix); this module adds what a
 * parser that skips what it does not understand cannot say: which line is not `KEY=value`, which
 * key the Hub would refuse, and which unquoted value would be cut at a `#`. Errors name the input
 * and the line, never a value.
 */
import { parse } from 'dotenv'
import { InputError } from '../inputs.js'

/** The Hub's rule for secret and variable keys. */
export const HUB_KEY_PATTERN = /^[a-zA-Z][_a-zA-Z0-9]*$/

const ASSIGNMENT = /^\s*(?:export\s+)?([^\s=#:]+)\s*=\s*(.*)$/
const QUOTES = ['"', "'", '`']

/** Parses dotenv text into key → value, in declaration order; throws `InputError` on bad lines. */
export function parseDotenv(input: string, text: string): Map<string, string> {
  const keys = checkLines(input, text)
  const parsed = parse(text)
  const values = new Map<string, string>()
  for (const key of keys) values.set(key, parsed[key] ?? '')
  return values
}

/** Walks the lines as dotenv reads them and returns the keys, each checked once. */
function checkLines(input: string, text: string): string[] {
  const keys: string[] = []
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (/^\s*(#.*)?$/.test(line)) continue
    const match = ASSIGNMENT.exec(line)
    const where = `Input '${input}' line ${i + 1}`
    if (!match) {
      throw new InputError(
        `${where} is not KEY=value: write one KEY=value per line (quote values with spaces or '#', "…" may span lines; '#' starts a comment).`
      )
    }
    const [, key, rest] = match
    if (!HUB_KEY_PATTERN.test(key)) {
      throw new InputError(
        `${where} has the key '${key}', which the Hub refuses: keys start with a letter and use only letters, digits and '_'.`
      )
    }
    if (keys.includes(key)) throw new InputError(`${where} declares '${key}' a second time.`)
    keys.push(key)
    const quote = QUOTES.find((q) => rest.startsWith(q))
    if (quote) {
      if (!rest.slice(1).includes(quote)) i = closingLine(lines, i, quote, `${where} (${key})`)
    } else if (/\S#/.test(rest)) {
      throw new InputError(
        `${where} (${key}) has an unquoted value with '#', which dotenv reads as the start of a comment: quote the value ('…' or "…").`
      )
    }
  }
  return keys
}

/** The line that closes a quoted value opened on line `start`. */
function closingLine(lines: string[], start: number, quote: string, where: string): number {
  for (let j = start + 1; j < lines.length; j++) if (lines[j].includes(quote)) return j
  throw new InputError(`${where} opens a ${quote}quoted${quote} value that never closes.`)
}
