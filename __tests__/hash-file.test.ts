/**
 * Hashing as the Hub identifies files: git blob ids (checked against `git hash-object`), sha256,
 * the 512-byte sample, and Git LFS pointer detection.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { hashFile, hashFiles } from '../src/deploy/hash-file.js'
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
    'large.bin': bytes(3 * 1024 * 1024 + 7, 3)
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
    }
  )

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

describe('hashFiles and the pointer pre-flight', () => {
  it('keeps the input order and names the pointer files', async () => {
    const dir = await dirs.make()
    await writeFolder(dir, { 'a.txt': 'a', 'b.bin': lfsPointer(bytes(10)), 'c.txt': 'c' })
    const files = ['a.txt', 'b.bin', 'c.txt'].map((p) => ({
      relativePath: p,
      absolutePath: join(dir, p)
    }))
    const hashed = await hashFiles(files)
    expect(hashed.map((f) => f.relativePath)).toEqual(['a.txt', 'b.bin', 'c.txt'])
    expect(() => assertNoLfsPointers(hashed)).toThrow(LfsPointerError)
    expect(() => assertNoLfsPointers(hashed)).toThrow(/1 file\(s\).*b\.bin.*lfs: true/)
    expect(() => assertNoLfsPointers([hashed[0], hashed[2]])).not.toThrow()
  })
})
