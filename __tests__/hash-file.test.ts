/**
 * Hashing as the Hub identifies files: git blob ids (checked against `git hash-object`), sha256,
 * the 512-byte sample, only the digests asked for, and Git LFS pointer detection.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import {
  digestFile,
  hashFile,
  inspectFiles,
  readSample,
  READ_BUFFER_BYTES
} from '../src/deploy/hash-file.js'
import { assertNoLfsPointers, LfsPointerError } from '../src/deploy/lfs-pointer-check.js'
import { bytes, lfsPointer, sha256, tempDirs } from './emulator-helpers.js'
import { writeFolder } from './helpers/deploy.js'

const dirs = tempDirs()
afterAll(() => dirs.cleanup())

const gitHashObject = (path: string) =>
  execFileSync('git', ['hash-object', '--no-filters', path]).toString().trim()

describe('hashFile', () => {
  const contents: Record<string, Buffer> = {
    'empty.txt': Buffer.alloc(0),
    'text.txt': Buffer.from('hello\n'),
    'binary.bin': bytes(1000),
    // Several read buffers, and a size that is no multiple of anything.
    'large.bin': bytes(2 * READ_BUFFER_BYTES + 7, 3)
  }

  it.each(Object.keys(contents))(
    'gives git blob id, sha256, size and sample of %s',
    async (name) => {
      const dir = await dirs.make()
      await writeFolder(dir, { [name]: contents[name] })
      const path = join(dir, name)
      const hash = await hashFile(path)
      expect(hash.gitSha1).toBe(gitHashObject(path))
      expect(hash.sha256).toBe(sha256(contents[name]))
      expect(hash.size).toBe(contents[name].length)
      expect(hash.sample.equals(contents[name].subarray(0, 512))).toBe(true)
      expect(hash.isLfsPointer).toBe(false)
      expect(readSample(path).equals(contents[name].subarray(0, 512))).toBe(true)
    }
  )

  it('computes only the digests asked for, and reports the bytes it reads', async () => {
    const dir = await dirs.make()
    const content = bytes(READ_BUFFER_BYTES + 10, 5)
    await writeFolder(dir, { 'f.bin': content })
    const reads: number[] = []
    const sha1Only = digestFile(join(dir, 'f.bin'), ['gitSha1'], (n) => reads.push(n))
    expect(sha1Only.gitSha1).toBe(gitHashObject(join(dir, 'f.bin')))
    expect(sha1Only.sha256).toBeUndefined()
    expect(reads).toEqual([READ_BUFFER_BYTES, 10])
    const sha256Only = digestFile(join(dir, 'f.bin'), ['sha256'])
    expect(sha256Only.sha256).toBe(sha256(content))
    expect(sha256Only.gitSha1).toBeUndefined()
  })

  it('knows the blob ids git gives well-known contents', async () => {
    const dir = await dirs.make()
    await writeFolder(dir, { empty: '', hello: 'hello world\n' })
    expect((await hashFile(join(dir, 'empty'))).gitSha1).toBe(
      'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391'
    )
    expect((await hashFile(join(dir, 'hello'))).gitSha1).toBe(
      '3b18e512dba79e4c8300dd08aeb37f8e728b8dad'
    )
  })

  it('tells Git LFS pointer files from real content', async () => {
    const dir = await dirs.make()
    await writeFolder(dir, {
      'pointer.bin': lfsPointer(bytes(100)),
      'readme.md': 'version https://git-lfs.github.com/spec/v1 is a spec URL\n' + 'x'.repeat(2000)
    })
    expect((await hashFile(join(dir, 'pointer.bin'))).isLfsPointer).toBe(true)
    // Too large to be a pointer, even though it starts like one.
    expect((await hashFile(join(dir, 'readme.md'))).isLfsPointer).toBe(false)
  })
})

describe('inspectFiles and the pointer pre-flight', () => {
  it('takes sizes without hashing, keeps the input order and names the pointer files', async () => {
    const dir = await dirs.make()
    await writeFolder(dir, { 'a.txt': 'a', 'b.bin': lfsPointer(bytes(10)), 'c.txt': 'c' })
    const files = ['a.txt', 'b.bin', 'c.txt'].map((p) => ({
      relativePath: p,
      absolutePath: join(dir, p)
    }))
    const hashed = inspectFiles(files)
    expect(hashed.map((f) => f.relativePath)).toEqual(['a.txt', 'b.bin', 'c.txt'])
    expect(hashed.map((f) => [f.size, f.gitSha1, f.sha256])).toEqual([
      [1, undefined, undefined],
      [lfsPointer(bytes(10)).length, undefined, undefined],
      [1, undefined, undefined]
    ])
    expect(() => assertNoLfsPointers(hashed)).toThrow(LfsPointerError)
    expect(() => assertNoLfsPointers(hashed)).toThrow(/1 file\(s\).*b\.bin.*lfs: true/)
    expect(() => assertNoLfsPointers([hashed[0], hashed[2]])).not.toThrow()
  })
})
