/**
 * What the emulator reads of a commit, read from git once: a commit and its blobs never change, so
 * a commit's listing, which of its blobs are LFS pointers, its small files and its date are kept
 * and shared by every page of a tree listing, paths-info, preupload, repo info and the next
 * commit on top of it. The keys are object ids, the same content in any repo, so the caches are
 * shared by all repos (and emulators) of the process; a route only asks for a commit after
 * resolving it in its own repo. Memory is bounded by evicting the least recently used.
 */
import type { BareRepo, TreeEntry } from './git.js'
import { MAX_POINTER_SIZE, parsePointer, type LfsPointer } from './lfs-pointer.js'

const LINEAR_LOOKUPS = 8

/** A commit's whole tree: every file and folder, recursively, in git's order, paths from the root. */
export class CommitTree {
  private index?: Map<string, number>
  private lookups = 0
  private blobs?: TreeEntry[]
  private wide?: boolean

  constructor(
    readonly entries: TreeEntry[],
    /** Whether a path has a character from U+D800 up (see `hasWideCharacters`), when known. */
    wide?: boolean
  ) {
    this.wide = wide
  }

  /**
   * Whether some path has a character from U+D800 up: there, strings (UTF-16) and git (UTF-8
   * bytes) order paths differently, and U+FFFD stands for a name that is not UTF-8.
   */
  hasWideCharacters(): boolean {
    return (this.wide ??= this.entries.some((entry) => /[\ud800-\uffff]/.test(entry.path)))
  }

  /** The entry at `path` (a file, folder or submodule), or undefined. */
  get(path: string): TreeEntry | undefined {
    const at = this.indexOf(path)
    return at === undefined ? undefined : this.entries[at]
  }

  /** Every file (blob), recursively. */
  files(): TreeEntry[] {
    return (this.blobs ??= this.entries.filter((entry) => entry.type === 'blob'))
  }

  /**
   * What folder `dir` (`''`: the root) holds, as `git ls-tree` of its tree lists it: one level,
   * or every file and folder below it (`recursive`); undefined when `dir` is no folder.
   */
  list(dir: string, recursive: boolean): TreeEntry[] | undefined {
    let start = 0
    let end = this.entries.length
    const prefix = dir ? `${dir}/` : ''
    if (dir) {
      const at = this.indexOf(dir)
      if (at === undefined || this.entries[at].type !== 'tree') return undefined
      // git lists a folder's contents right after the folder itself.
      start = end = at + 1
      while (end < this.entries.length && this.entries[end].path.startsWith(prefix)) end++
    }
    if (recursive) return dir ? this.entries.slice(start, end) : this.entries
    const level: TreeEntry[] = []
    for (let i = start; i < end; i++) {
      if (this.entries[i].path.indexOf('/', prefix.length) === -1) level.push(this.entries[i])
    }
    return level
  }

  private indexOf(path: string): number | undefined {
    // A few lookups (a commit's checks) scan; more (paths-info, listings) pay for an index.
    if (!this.index && this.lookups++ < LINEAR_LOOKUPS) {
      const at = this.entries.findIndex((entry) => entry.path === path)
      return at === -1 ? undefined : at
    }
    this.index ??= new Map(this.entries.map((entry, i) => [entry.path, i]))
    return this.index.get(path)
  }
}

/** A map that forgets its least recently used entries beyond `budget` (entries weigh `weigh`). */
class Lru<V> {
  private readonly map = new Map<string, { value: V; weight: number }>()
  private total = 0

  constructor(
    private readonly budget: number,
    private readonly weigh: (value: V) => number = () => 1
  ) {}

  get(key: string): V | undefined {
    const found = this.map.get(key)
    if (!found) return undefined
    this.map.delete(key)
    this.map.set(key, found)
    return found.value
  }

  set(key: string, value: V): void {
    this.delete(key)
    const weight = this.weigh(value)
    this.map.set(key, { value, weight })
    this.total += weight
    // The newest entry stays even when it alone is over the budget.
    for (const [oldest, { weight: w }] of this.map) {
      if (this.total <= this.budget || oldest === key) break
      this.map.delete(oldest)
      this.total -= w
    }
  }

  delete(key: string): void {
    const found = this.map.get(key)
    if (!found) return
    this.map.delete(key)
    this.total -= found.weight
  }
}

/** Listings of about 400,000 entries in all (a few hundred MB at most). */
const trees = new Lru<CommitTree>(400_000, (tree) => tree.entries.length)
const loadingTrees = new Map<string, Promise<CommitTree>>()
/** Whether a small blob is an LFS pointer (`null`: it is not). */
const pointers = new Lru<LfsPointer | null>(2_000_000)
/** Contents of small files (README.md, .gitattributes, …), 32 MiB in all. */
const smallFiles = new Lru<Buffer>(32 * 1024 * 1024, (content) => content.length)
const MAX_CACHED_FILE = 1024 * 1024
const FULL_OID = /^[0-9a-f]{40}$/
/** Author dates of commits. */
const commitDates = new Lru<string>(100_000)
/** Texts made from commits (repo info's siblings as JSON), 64 MiB in all. */
const texts = new Lru<string>(64 * 1024 * 1024, (text) => text.length)

/**
 * The whole tree of `commit`: one `git ls-tree`, once per commit. Only full commit ids are kept
 * (a ref or short id may name another commit tomorrow).
 */
export async function commitTree(git: BareRepo, commit: string): Promise<CommitTree> {
  const list = () => git.lsTree(commit, { recursive: true, withTrees: true })
  if (!FULL_OID.test(commit)) return new CommitTree(await list())
  const cached = trees.get(commit)
  if (cached) return cached
  let loading = loadingTrees.get(commit)
  if (!loading) {
    loading = list()
      .then((entries) => new CommitTree(entries))
      .finally(() => loadingTrees.delete(commit))
    loadingTrees.set(commit, loading)
  }
  const tree = await loading
  trees.set(commit, tree)
  return tree
}

/** The listing of `commit` if it is kept (tests see with it that no git process gave it). */
export function cachedTree(commit: string): CommitTree | undefined {
  return trees.get(commit)
}

/** Keeps the listing of a commit just written (told from its parent's: see tree-update.ts). */
export function rememberTree(commit: string, tree: CommitTree): void {
  if (FULL_OID.test(commit)) trees.set(commit, tree)
}

/** The LFS pointers among `entries` (blob id → pointer), reading the unknown ones in one batch. */
export async function lfsPointers(
  git: BareRepo,
  entries: TreeEntry[]
): Promise<Map<string, LfsPointer>> {
  const found = new Map<string, LfsPointer>()
  const unknown = new Set<string>()
  for (const entry of entries) {
    if (entry.type !== 'blob' || entry.size === 0 || entry.size > MAX_POINTER_SIZE) continue
    const known = pointers.get(entry.oid)
    if (known) found.set(entry.oid, known)
    else if (known === undefined) unknown.add(entry.oid)
  }
  if (unknown.size === 0) return found
  const blobs = await git.readBlobs([...unknown])
  for (const oid of unknown) {
    const content = blobs.get(oid)
    if (!content) continue
    const pointer = parsePointer(content) ?? null
    pointers.set(oid, pointer)
    if (pointer) found.set(oid, pointer)
  }
  return found
}

/** The content of a blob; small ones are kept. */
export async function blobContent(git: BareRepo, oid: string): Promise<Buffer> {
  const cached = smallFiles.get(oid)
  if (cached) return cached
  const content = await git.readBlob(oid)
  if (content.length <= MAX_CACHED_FILE) smallFiles.set(oid, content)
  return content
}

/** The content of the file at `path` of a commit, or undefined when it has no such file. */
export async function fileAt(
  git: BareRepo,
  commit: string,
  path: string
): Promise<Buffer | undefined> {
  const entry = (await commitTree(git, commit)).get(path)
  return entry?.type === 'blob' ? blobContent(git, entry.oid) : undefined
}

/** The author date of a commit, as the Hub writes dates. */
export async function commitDate(git: BareRepo, commit: string): Promise<string | undefined> {
  const cached = commitDates.get(commit)
  if (cached) return cached
  const [info] = await git.log(commit, 1)
  if (info && FULL_OID.test(commit)) commitDates.set(commit, info.date)
  return info?.date
}

/**
 * The text `key` names, made by `make` once. The key must name what the text is made from by
 * object ids (e.g. a commit id), since the cache is shared by every repo.
 */
export async function cachedText(key: string, make: () => Promise<string>): Promise<string> {
  const cached = texts.get(key)
  if (cached !== undefined) return cached
  const text = await make()
  texts.set(key, text)
  return text
}
