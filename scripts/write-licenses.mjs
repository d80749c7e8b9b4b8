#!/usr/bin/env node
/**
 * Writes `<dist>/licenses.txt`: the name, licence id and licence text of every package whose code
 * is in the bundle. ncc's own `--license` lists only the modules of the last chunk it writes, so
 * with one chunk per mode it would leave out undici, yaml and the rest. The packages are read
 * from webpack's stats (`ncc --stats-out`), which name every module of every chunk, and from the
 * bundle itself: webpack names a module's source path in a comment where an ES module imports it
 * (`// EXTERNAL MODULE: ./node_modules/tunnel/index.js`) — but not in a chunk of CommonJS modules
 * that only a lone dynamically imported module imports (undici, behind the proxy transport).
 *
 *   node scripts/write-licenses.mjs [dist] [stats.json]
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const dist = process.argv[2] ?? 'dist'
const statsFile = process.argv[3]
const MODULE_PATH = /\.\/((?:node_modules\/(?:@[\w.-]+\/)?[\w.-]+\/)+)/g
const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i

/** `node_modules/a/node_modules/@b/c/` → the folder of the innermost package. */
function packageDirs() {
  const dirs = new Set()
  if (statsFile) {
    for (const name of moduleNames(JSON.parse(readFileSync(statsFile, 'utf8')).modules ?? [])) {
      for (const match of name.matchAll(MODULE_PATH)) dirs.add(match[1].replace(/\/$/, ''))
    }
  }
  for (const file of readdirSync(dist).filter((name) => name.endsWith('.js'))) {
    for (const match of readFileSync(join(dist, file), 'utf8').matchAll(MODULE_PATH))
      dirs.add(match[1].replace(/\/$/, ''))
  }
  return [...dirs]
}

/** The names of webpack's stats modules, those concatenated into one included. */
function* moduleNames(modules) {
  for (const module of modules) {
    if (typeof module.name === 'string') yield module.name
    yield* moduleNames(module.modules ?? [])
  }
}

function entry(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const licenceFile = readdirSync(dir).find((name) => LICENCE_FILE.test(name))
  const text = licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim() : ''
  return { name: manifest.name, text: `${manifest.name}\n${manifest.license}\n${text}\n` }
}

const entries = new Map()
for (const dir of packageDirs()) {
  if (!existsSync(join(dir, 'package.json'))) continue
  const { name, text } = entry(dir)
  entries.set(name, text)
}
const names = [...entries.keys()].sort()
writeFileSync(join(dist, 'licenses.txt'), names.map((name) => entries.get(name)).join('\n'))
