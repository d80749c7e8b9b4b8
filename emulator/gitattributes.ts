/**
 * The part of `.gitattributes` the Hub cares about: which paths git stores with LFS
 * (`filter=lfs`), matched with git's rules, and the line that makes one more path LFS-tracked.
 */
import picomatch from 'picomatch'

interface Rule {
  matches: (path: string) => boolean
  /** Whether the line sets `filter=lfs` (true) or sets another filter or unsets it (false). */
  lfs: boolean
}

/** Parsed files, by their text: every preupload reads the same few (a rule compiles a glob). */
const parsed = new Map<string, LfsAttributes>()
const MAX_PARSED = 32

export class LfsAttributes {
  private constructor(private readonly rules: Rule[]) {}

  static parse(text: string | undefined): LfsAttributes {
    const key = text ?? ''
    let attributes = parsed.get(key)
    if (!attributes) {
      if (parsed.size >= MAX_PARSED) parsed.clear()
      attributes = LfsAttributes.compile(key)
      parsed.set(key, attributes)
    }
    return attributes
  }

  private static compile(text: string): LfsAttributes {
    const rules: Rule[] = []
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim()
      if (!line || line.startsWith('#')) continue
      const { pattern, rest } = splitPattern(line)
      const lfs = filterSetting(rest)
      // Negative patterns are not allowed in .gitattributes; git ignores them.
      if (lfs === undefined || !pattern || pattern.startsWith('!')) continue
      rules.push({ matches: matcher(pattern), lfs })
    }
    return new LfsAttributes(rules)
  }

  /** Whether `path` is LFS-tracked: as in git, the last line that matches it and names `filter` decides. */
  isLfs(path: string): boolean {
    for (let i = this.rules.length - 1; i >= 0; i--) {
      if (this.rules[i].matches(path)) return this.rules[i].lfs
    }
    return false
  }
}

/** The line that tracks exactly `path` with LFS (as `git lfs track` writes it). */
export function lfsTrackLine(path: string): string {
  // Glob characters are escaped so the pattern names this one path; a path with spaces is quoted.
  const escaped = path.replace(/[\\*?[\]]/g, '\\$&').replace(/^[#!]/, '\\$&')
  const pattern = /[\s"]/.test(escaped)
    ? `"${escaped.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t')}"`
    : escaped
  return `${pattern} filter=lfs diff=lfs merge=lfs -text\n`
}

function splitPattern(line: string): { pattern: string; rest: string } {
  if (!line.startsWith('"')) {
    const space = line.search(/\s/)
    return space === -1
      ? { pattern: line, rest: '' }
      : { pattern: line.slice(0, space), rest: line.slice(space) }
  }
  // A C-style quoted pattern, as git allows for names with spaces.
  let pattern = ''
  let i = 1
  for (; i < line.length && line[i] !== '"'; i++) {
    if (line[i] !== '\\') {
      pattern += line[i]
      continue
    }
    const next = line[++i]
    pattern += next === 't' ? '\t' : next === 'n' ? '\n' : (next ?? '')
  }
  return { pattern, rest: line.slice(i + 1) }
}

function filterSetting(attributes: string): boolean | undefined {
  let lfs: boolean | undefined
  for (const attribute of attributes.trim().split(/\s+/)) {
    if (attribute === 'filter=lfs') lfs = true
    else if (/^(filter=|[-!]filter$|filter$)/.test(attribute)) lfs = false
  }
  return lfs
}

/**
 * git's rule: a pattern without `/` matches a name at any depth; one with a `/` matches the whole
 * path from the repo root.
 */
function matcher(pattern: string): (path: string) => boolean {
  const anchored = pattern.includes('/')
  const test = picomatch(anchored ? pattern.replace(/^\//, '') : pattern, { dot: true })
  return anchored ? test : (path) => test(path.slice(path.lastIndexOf('/') + 1))
}
