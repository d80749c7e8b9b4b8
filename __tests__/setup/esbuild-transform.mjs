/**
 * Jest's TypeScript transform: esbuild strips the types of each file on its own, keeping its ES
 * modules. Types are checked once for the whole project by `tsc --noEmit` (in `npm test`), so
 * the tests need no checker of their own; tsconfig.json's `isolatedModules` keeps every file
 * transpilable alone. Much cheaper than ts-jest, which loads TypeScript in every jest worker.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { transformSync, version } from 'esbuild'

const tsconfig = readFileSync(new URL('../../tsconfig.json', import.meta.url), 'utf8')
const { compilerOptions } = JSON.parse(tsconfig)

export default {
  canInstrument: false,
  getCacheKey(source, path, { configString }) {
    return createHash('sha256')
      .update(version)
      .update(tsconfig)
      .update(configString)
      .update(path)
      .update(source)
      .digest('hex')
  },
  process(source, path) {
    const { code, map } = transformSync(source, {
      loader: 'ts',
      format: 'esm',
      target: `es${compilerOptions.target.replace(/^es/i, '')}`,
      sourcefile: path,
      sourcemap: 'external',
      sourcesContent: false,
      tsconfigRaw: { compilerOptions }
    })
    return { code, map }
  }
}
