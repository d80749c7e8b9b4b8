#!/usr/bin/env node
/**
 * Writes `<dist>/licenses.txt`: the name, licence id and licence text of every package whose code
 * is in the bundle. ncc's own `--license` lists only the modules of the last chunk it writes, so
 * with one chunk per mode it would leave out undici, yaml and the rest. The packages are
 * read from the bundle itself: webpack names each module's source path in a comment
 * (`// EXTERNAL MODULE: ./node_modules/tunnel/index.js`).
 *
 *   node scripts/write-licenses.mjs [dist]
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const dist = process.argv[2] ?? 'dist'
const MODULE_PATH = /\.\/((?:node_modules\/(?:@[\w.-]+\/)?[\w.-]+\/)+)/g
const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i

/** `node_modules/a/node_modules/@b/c/` → the folder of the innermost package. */
function packageDirs() {
  const dirs = new Set()
  for (const file of readdirSync(dist).filter((name) => name.endsWith('.js'))) {
    for (const match of readFileSync(join(dist, file), 'utf8').matchAll(MODULE_PATH))
      dirs.add(match[1].replace(/\/$/, ''))
  }
  return [...dirs]
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
