/**
 * Benchmark inputs: a 1,000-file source tree like a Space's (text files of a few KiB in nested
 * folders) and one big random binary file, written to disk once.
 */
import { randomFillSync } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** Writes `count` text files of 1–8 KiB under `dir`; returns their relative paths. */
export async function writeSourceTree(dir: string, count: number): Promise<string[]> {
  const paths: string[] = []
  for (let i = 0; i < count; i++) {
    const path = `pkg${i % 10}/module${Math.floor(i / 10) % 10}/file${i}.py`
    const lines = 20 + ((i * 37) % 180)
    const body = Array.from(
      { length: lines },
      (_, n) => `value_${i}_${n} = ${n * i} # line ${n} of file ${i}\n`
    ).join('')
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), body)
    paths.push(path)
  }
  await writeFile(
    join(dir, 'app.py'),
    'import gradio as gr\ngr.Interface(lambda x: x, "text", "text").launch()\n'
  )
  paths.push('app.py')
  return paths
}

/** Writes `bytes` of random data in 64 MiB slices (never the whole file in memory). */
export async function writeRandomFile(path: string, bytes: number): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const out = createWriteStream(path)
  const slice = Buffer.alloc(64 * 1024 * 1024)
  for (let written = 0; written < bytes; written += slice.length) {
    const chunk = slice.subarray(0, Math.min(slice.length, bytes - written))
    randomFillSync(chunk)
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve()))
  )
}
