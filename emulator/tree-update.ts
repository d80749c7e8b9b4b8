/**
 * The listing of a new commit, told from its parent's listing and its changes: what
 * `git ls-tree -r -t -l` would print, without running it (over a 50,000-file tree that costs a
 * few hundred ms after every commit). The commit's writer names the new tree ids of the folders
 * the changes touch; the blobs' sizes come with the changes.
 */
import type { IndexChange, TreeEntry } from './git.js'
import { CommitTree } from './read-cache.js'

/** Every folder above a changed path, the root (`''`) included: those whose trees change. */
export function foldersAbove(changes: IndexChange[]): string[] {
  const folders = new Set<string>([''])
  for (const { path } of changes) {
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      const folder = path.slice(0, slash)
      if (folders.has(folder)) break
      folders.add(folder)
    }
  }
  return [...folders]
}

/**
 * The new commit's listing: `parent`'s with `changes` applied and the folders above them at their
 * new tree ids (`folderTrees`, undefined: no folder there any more). Undefined when it cannot be
 * told exactly (a blob size unknown, a path that is not valid UTF-8): then git lists it.
 */
export function nextTree(
  parent: CommitTree,
  changes: IndexChange[],
  folderTrees: Map<string, string | undefined>
): CommitTree | undefined {
  const dropped = new Set<string>()
  const replaced = new Map<string, TreeEntry>()
  const added: TreeEntry[] = []
  const put = (entry: TreeEntry): void => {
    const old = parent.get(entry.path)
    // Same path, same kind: same place in git's order.
    if (old?.type === entry.type) replaced.set(entry.path, entry)
    else {
      if (old) dropped.add(entry.path)
      added.push(entry)
    }
  }
  for (const change of changes) {
    if (!change.oid) dropped.add(change.path)
    else if (change.size === undefined) return undefined
    else {
      const mode = change.mode ?? '100644'
      put({ mode, type: kindOf(mode), oid: change.oid, size: change.size, path: change.path })
    }
  }
  for (const [folder, oid] of folderTrees) {
    if (folder === '') continue
    if (oid) put({ mode: '040000', type: 'tree', oid, size: 0, path: folder })
    else if (parent.get(folder)?.type === 'tree') dropped.add(folder)
  }
  const kept = parent.entries
    .filter((entry) => !dropped.has(entry.path))
    .map((entry) => replaced.get(entry.path) ?? entry)
  const wide = parent.hasWideCharacters() || added.some((entry) => WIDE.test(entry.path))
  if (added.length === 0) return new CommitTree(kept, wide)
  // A name that is not UTF-8 reads as U+FFFD here: where git has it, nobody knows.
  if (wide && [...kept, ...added].some((entry) => entry.path.includes('\ufffd'))) return undefined
  const compare = gitOrder(wide)
  added.sort(compare)
  return new CommitTree(merge(kept, added, compare), wide)
}

const WIDE = /[\ud800-\uffff]/

function kindOf(mode: string): TreeEntry['type'] {
  return mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob'
}

/**
 * git's order of a recursive listing: a folder's entries right after it, names compared as bytes
 * with a folder's name followed by `/`. That is the order of the paths so written, as UTF-8 bytes;
 * strings compare as UTF-16 units, the same order unless a path has a character from U+D800 up.
 */
function gitOrder(wide: boolean): (a: TreeEntry, b: TreeEntry) => number {
  const key = (entry: TreeEntry): string => (entry.type === 'tree' ? `${entry.path}/` : entry.path)
  if (wide) {
    return (a, b) => Buffer.compare(Buffer.from(key(a)), Buffer.from(key(b)))
  }
  return (a, b) => {
    const x = key(a)
    const y = key(b)
    return x < y ? -1 : x > y ? 1 : 0
  }
}

function merge<T>(xs: T[], ys: T[], compare: (a: T, b: T) => number): T[] {
  const out: T[] = []
  let i = 0
  let j = 0
  while (i < xs.length && j < ys.length) out.push(compare(xs[i], ys[j]) <= 0 ? xs[i++] : ys[j++])
  while (i < xs.length) out.push(xs[i++])
  while (j < ys.length) out.push(ys[j++])
  return out
}
