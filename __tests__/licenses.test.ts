/**
 * The bundle ships third-party code, so `dist/licenses.txt` (written by
 * `scripts/write-licenses.mjs` after ncc) must carry the licence of every package in it: the
 * packages are read from the bundle's module comments and checked against the production
 * dependency tree of package-lock.json.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Licences that allow bundling into an MIT-licensed action without more obligations than notice. */
const PERMISSIVE = [
  'MIT',
  'ISC',
  'Apache-2.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  '0BSD',
  'BlueOak-1.0.0'
]

interface LockPackage {
  version?: string
  license?: string
  dev?: boolean
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockPackage>
}
const licenses = readFileSync(join('dist', 'licenses.txt'), 'utf8')

/** `node_modules/a/node_modules/@b/c` → `@b/c`. */
function packageName(path: string): string {
  const parts = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length).split('/')
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
}

/**
 * Packages whose code is in the bundle, read from the bundle itself: webpack names a module's
 * source path in a comment where an ES module imports it (`// EXTERNAL MODULE:
 * ./node_modules/tunnel/index.js`), and a package that a lone (not concatenated) module imports
 * shows as that module's import variable (`undici__WEBPACK_IMPORTED_MODULE_0__`, webpack's
 * `Template.toIdentifier` of the request).
 */
function bundledPackages(dependencies: Iterable<string>): Set<string> {
  const packages = new Set<string>()
  const imported = [...dependencies].map((name) => ({
    name,
    variable: new RegExp(
      `(?<![\\w$])${name.replace(/^[^a-zA-Z$_]/, '_$&').replace(/[^a-zA-Z0-9$]+/g, '_')}__WEBPACK_IMPORTED_MODULE_\\d+__`
    )
  }))
  for (const file of readdirSync('dist').filter((name) => name.endsWith('.js'))) {
    const text = readFileSync(join('dist', file), 'utf8')
    for (const [path] of text.matchAll(/\.\/(?:node_modules\/(?:@[\w.-]+\/)?[\w.-]+\/)+/g))
      packages.add(packageName(path.slice(2, -1)))
    for (const { name, variable } of imported) if (variable.test(text)) packages.add(name)
  }
  return packages
}

/** The licence id that licenses.txt gives `name` (the line after its name), if it has an entry. */
function listedLicense(name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  const entry = new RegExp(`(?:^|\\n\\n)${escaped}\\n([^\\n]+)\\n[^]{100}`).exec(licenses)
  return entry?.[1]
}

/** Production packages of the lock file: name → lock entry. */
function productionPackages(): Map<string, LockPackage> {
  const packages = new Map<string, LockPackage>()
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path && !entry.dev) packages.set(packageName(path), entry)
  }
  return packages
}

const production = productionPackages()
const bundled = bundledPackages(production.keys())

describe('dist/licenses.txt', () => {
  it('finds third-party code in the bundle (its module comments name it)', () => {
    expect(bundled.size).toBeGreaterThan(3)
    expect([...bundled]).toEqual(expect.arrayContaining(['undici', 'yaml']))
  })

  it('carries, for every bundled package, its name, its licence and the licence text', () => {
    for (const name of bundled)
      expect(`${name}: ${listedLicense(name)}`).toBe(`${name}: ${production.get(name)?.license}`)
  })

  it('bundles only production dependencies of package-lock.json, all of them used', () => {
    const devOnly = [...bundled].filter((name) => !production.has(name))
    expect(`bundled, but not production dependencies: ${devOnly.join(', ')}`).toBe(
      'bundled, but not production dependencies: '
    )
    // A production dependency no code of the bundle uses is dead weight (or dist/ is stale).
    const unused = [...production.keys()].filter((name) => !bundled.has(name))
    expect(`production dependencies not in the bundle: ${unused.join(', ')}`).toBe(
      'production dependencies not in the bundle: '
    )
  })

  it('bundles only permissively licensed code', () => {
    for (const name of bundled)
      expect(`${name}: ${production.get(name)?.license}`).toMatch(
        new RegExp(`: (${PERMISSIVE.join('|')})$`)
      )
  })
})
