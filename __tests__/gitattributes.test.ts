/**
 * The root `.gitattributes` a deploy publishes: the local text completed with a tracking line per
 * LFS file it does not cover, so that the Hub has nothing to append.
 */
import { describe, expect, it } from '@jest/globals'
import {
  completeGitattributes,
  completeGitattributesFile,
  lfsTracker
} from '../src/deploy/gitattributes.js'

const LFS = 'filter=lfs diff=lfs merge=lfs -text'

describe('lfsTracker', () => {
  it('matches names at any depth, and anchored paths from the root', () => {
    const tracked = lfsTracker(`*.bin ${LFS}\nassets/*.png ${LFS}\n`)
    expect(tracked('model.bin')).toBe(true)
    expect(tracked('deep/dir/model.bin')).toBe(true)
    expect(tracked('assets/logo.png')).toBe(true)
    expect(tracked('other/assets/logo.png')).toBe(false)
    expect(tracked('app.py')).toBe(false)
  })

  it('lets the last line that names filter decide, as git does', () => {
    const tracked = lfsTracker(`*.bin ${LFS}\nsmall.bin -filter\n*.txt text\n`)
    expect(tracked('big.bin')).toBe(true)
    expect(tracked('small.bin')).toBe(false)
    expect(tracked('notes.txt')).toBe(false)
  })

  it('reads quoted patterns with spaces and escaped glob characters', () => {
    const tracked = lfsTracker(`"my files/a b.png" ${LFS}\nodd\\*name.bin ${LFS}\n`)
    expect(tracked('my files/a b.png')).toBe(true)
    expect(tracked('odd*name.bin')).toBe(true)
    expect(tracked('oddXname.bin')).toBe(false)
  })
})

describe('completeGitattributes', () => {
  it('leaves a text that covers every LFS file as it is', () => {
    const text = `*.bin ${LFS}\n`
    expect(completeGitattributes(text, ['a.bin', 'x/b.bin'])).toBe(text)
  })

  it('appends one sorted tracking line per uncovered file, once', () => {
    const text = `*.bin ${LFS}` // no final newline
    expect(
      completeGitattributes(text, ['static/z.png', 'a.bin', 'static/a.png', 'static/a.png'])
    ).toBe(`*.bin ${LFS}\nstatic/a.png ${LFS}\nstatic/z.png ${LFS}\n`)
  })

  it('writes lines its own reader covers, so a second pass adds nothing (names with spaces too)', () => {
    const paths = ['media/a b.mp4', 'weird[1].bin', 'tab\tname.bin', '#hash.png']
    const once = completeGitattributes('', paths)
    expect(once.trim().split('\n')).toHaveLength(4)
    expect(completeGitattributes(once, paths)).toBe(once)
    const tracked = lfsTracker(once)
    for (const path of paths) expect(tracked(path)).toBe(true)
    expect(tracked('weird1.bin')).toBe(false)
  })
})

describe('completeGitattributesFile', () => {
  // '# café' in Latin-1: not UTF-8, and no decoding may rewrite the é.
  const latin1 = Buffer.concat([
    Buffer.from('# caf'),
    Buffer.from([0xe9]),
    Buffer.from(`\n*.bin ${LFS}`)
  ])

  it('keeps the bytes of a file that is not UTF-8 when nothing is missing', () => {
    expect(completeGitattributesFile(latin1, ['model.bin']).equals(latin1)).toBe(true)
  })

  it('appends UTF-8 lines after the original bytes, which stay as they were', () => {
    const completed = completeGitattributesFile(latin1, ['model.bin', 'données/é.png'])
    expect(completed.subarray(0, latin1.length).equals(latin1)).toBe(true)
    expect(completed.subarray(latin1.length).toString('utf8')).toBe(`\ndonnées/é.png ${LFS}\n`)
  })
})
