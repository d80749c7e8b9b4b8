/**
 * The root `.gitattributes` of a deploy. For each file the Hub stores by LFS that no pattern
 * covers, the Hub appends a tracking line to the repo's `.gitattributes`. Publishing the local file
 * as it is would drop those lines (git would then check the LFS files out as pointer text), and it
 * would differ from the remote file on every deploy. So the local file is published *completed*
 * with the lines the Hub would add. Then the Hub adds nothing, and the next deploy sees no change.
 */
import ignore from 'ignore'
import { isUtf8 } from 'node:buffer'

const LFS_ATTRIBUTES = 'filter=lfs diff=lfs merge=lfs -text'

interface Rule {
  matches: (path: string) => boolean
  /** The line sets `filter=lfs` (true), or another filter or none (false). */
  lfs: boolean
}

/**
 * Which repo paths a `.gitattributes` text stores by LFS. As in git, the last line that matches a
 * path and names `filter` decides; patterns follow .gitignore's rules (the `ignore` package).
 */
export function lfsTracker(text: string): (path: string) => boolean {
  const rules: Rule[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const { pattern, attributes } = splitLine(line)
    const lfs = filterOf(attributes)
    if (lfs === undefined || !pattern || pattern.startsWith('!')) continue
    const matcher = ignore().add(pattern)
    rules.push({ matches: (path) => matcher.ignores(path), lfs })
  }
  return (path) => {
    for (let i = rules.length - 1; i >= 0; i--) if (rules[i].matches(path)) return rules[i].lfs
    return false
  }
}

/** `text` plus one tracking line per LFS path it does not cover (sorted, so the result is stable). */
export function completeGitattributes(text: string, lfsPaths: Iterable<string>): string {
  const tracked = lfsTracker(text)
  const missing = [...new Set(lfsPaths)].filter((path) => !tracked(path)).sort()
  if (missing.length === 0) return text
  const base = text === '' || text.endsWith('\n') ? text : `${text}\n`
  return base + missing.map((path) => `${trackingPattern(path)} ${LFS_ATTRIBUTES}\n`).join('')
}

/**
 * `completeGitattributes` on the file's bytes, which are kept exactly whatever their encoding
 * (git reads patterns as bytes; a Latin-1 comment must not turn into U+FFFD): only the added lines
 * are new, in UTF-8 like the paths they name.
 */
export function completeGitattributesFile(bytes: Buffer, lfsPaths: Iterable<string>): Buffer {
  // Latin-1 maps each byte to one character, so a non-UTF-8 file still parses line by line.
  const text = bytes.toString(isUtf8(bytes) ? 'utf8' : 'latin1')
  const completed = completeGitattributes(text, lfsPaths)
  if (completed === text) return bytes
  return Buffer.concat([bytes, Buffer.from(completed.slice(text.length), 'utf8')])
}

/** A pattern naming exactly `path`: glob characters escaped, quoted when it has spaces. */
function trackingPattern(path: string): string {
  const escaped = path.replace(/[\\*?[\]]/g, '\\$&').replace(/^[#!]/, '\\$&')
  if (!/[\s"]/.test(escaped)) return escaped
  return `"${escaped.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t')}"`
}

function splitLine(line: string): { pattern: string; attributes: string } {
  if (!line.startsWith('"')) {
    const space = line.search(/\s/)
    return space === -1
      ? { pattern: line, attributes: '' }
      : { pattern: line.slice(0, space), attributes: line.slice(space) }
  }
  // A C-style quoted pattern, which git allows (and we write) for names with spaces.
  let pattern = ''
  let i = 1
  for (; i < line.length && line[i] !== '"'; i++) {
    const escaped = line[i] === '\\' && i + 1 < line.length
    if (escaped) i++
    pattern += escaped && line[i] === 't' ? '\t' : line[i]
  }
  return { pattern, attributes: line.slice(i + 1) }
}

function filterOf(attributes: string): boolean | undefined {
  let lfs: boolean | undefined
  for (const attribute of attributes.trim().split(/\s+/)) {
    if (attribute === 'filter=lfs') lfs = true
    else if (/^(filter=.*|[-!]filter|filter)$/.test(attribute)) lfs = false
  }
  return lfs
}
