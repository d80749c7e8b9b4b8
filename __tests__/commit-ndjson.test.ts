/**
 * The commit body: NDJSON lines, small files encoded whole and gathered into ~1 MiB slices, big
 * ones base64-encoded from disk a chunk at a time.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { commitNdjson, type CommitOperation } from '../src/hub/commit-ndjson.js'
import { bytes, tempDirs } from './emulator-helpers.js'
import { writeFolder } from './helpers/deploy.js'

const dirs = tempDirs()
afterAll(() => dirs.cleanup())

async function collect(source: AsyncIterable<Buffer>): Promise<{ chunks: number; text: string }> {
  const parts: Buffer[] = []
  for await (const chunk of source) parts.push(chunk)
  return { chunks: parts.length, text: Buffer.concat(parts).toString('utf8') }
}

describe('commitNdjson', () => {
  it('writes the header, then one line per operation, each ending with a newline', async () => {
    const dir = await dirs.make()
    const big = bytes(700 * 1024 + 1)
    await writeFolder(dir, { 'a.txt': 'héllo "quoted"\n', 'big.bin': big, empty: '' })
    const operations: CommitOperation[] = [
      { key: 'file', path: 'a "tricky"/a.txt', absolutePath: join(dir, 'a.txt') },
      { key: 'file', path: 'big.bin', absolutePath: join(dir, 'big.bin') },
      { key: 'file', path: 'empty', absolutePath: join(dir, 'empty') },
      { key: 'lfsFile', path: 'model.bin', oid: 'f'.repeat(64), size: 42 },
      { key: 'deletedFile', path: 'old.txt' }
    ]
    const header = {
      summary: 'Deploy',
      description: 'line 1\nline 2',
      parentCommit: 'a'.repeat(40)
    }
    const { chunks, text } = await collect(commitNdjson(header, operations))
    expect(text.endsWith('\n')).toBe(true)
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines).toHaveLength(6)
    expect(lines[0]).toEqual({ key: 'header', value: header })
    expect(lines[1].value.path).toBe('a "tricky"/a.txt')
    expect(lines[1].value.encoding).toBe('base64')
    expect(Buffer.from(lines[1].value.content, 'base64').toString()).toBe('héllo "quoted"\n')
    expect(Buffer.from(lines[2].value.content, 'base64').equals(big)).toBe(true)
    expect(lines[3].value.content).toBe('')
    expect(lines[4]).toEqual({
      key: 'lfsFile',
      value: { path: 'model.bin', algo: 'sha256', oid: 'f'.repeat(64), size: 42 }
    })
    expect(lines[5]).toEqual({ key: 'deletedFile', value: { path: 'old.txt' } })
    // The big file came in several chunks: it was never read whole.
    expect(chunks).toBeGreaterThan(8)
  })

  it('sends many small files in few slices', async () => {
    const dir = await dirs.make()
    const files = Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [`f${i}.txt`, `content of file ${i}\n`.repeat(20)])
    )
    await writeFolder(dir, files)
    const operations: CommitOperation[] = Object.keys(files).map((path) => ({
      key: 'file',
      path,
      absolutePath: join(dir, path)
    }))
    const { chunks, text } = await collect(
      commitNdjson({ summary: 's', description: '', parentCommit: 'c'.repeat(40) }, operations)
    )
    const lines = text.trimEnd().split('\n')
    expect(lines).toHaveLength(3001)
    expect(Buffer.from(JSON.parse(lines[3000]).value.content, 'base64').toString()).toBe(
      files['f2999.txt']
    )
    // ~1.9 MB of lines: the header, then two slices.
    expect(chunks).toBeLessThanOrEqual(4)
  })

  it('is lazy: nothing is read before the consumer asks for it', async () => {
    const body = commitNdjson({ summary: 's', description: '', parentCommit: 'b'.repeat(40) }, [
      { key: 'file', path: 'missing', absolutePath: '/nonexistent/file' }
    ])
    const first = await body.next()
    expect(JSON.parse(first.value as unknown as string).key).toBe('header')
    // Small files' lines are gathered into slices: the file is first looked at on the next ask.
    await expect(body.next()).rejects.toThrow(/ENOENT/)
  })
})
