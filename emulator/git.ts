/**
 * A bare git repository on disk, driven by the `git` CLI: the emulator's repos are real git, so
 * commit ids are real and `git clone` of an emulated repo works.
 */
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  FAST_IMPORT_ARGS,
  fastImportCommit,
  readFastImportAnswer,
  type NewCommit,
  type WrittenCommit
} from './fast-import.js'
import { PackWriter } from './pack-writer.js'

export interface TreeEntry {
  mode: string
  type: 'blob' | 'tree' | 'commit'
  oid: string
  /** Size of the blob in bytes (0 for trees). */
  size: number
  path: string
}

export interface CommitAuthor {
  name: string
  email: string
}

export interface CommitInfo {
  id: string
  parents: string[]
  title: string
  message: string
  authorName: string
  date: string
}

/** One change of a commit: `oid` undefined removes the path. */
export interface IndexChange {
  path: string
  oid?: string
  mode?: string
  /** Bytes of the blob, when known (to tell the new tree's listing without reading it). */
  size?: number
}

const ZERO_OID = '0000000000000000000000000000000000000000'

/**
 * A date as the Hub writes every timestamp: UTC with milliseconds, `2025-03-07T12:24:18.657Z`
 * (git's `%aI` is `2025-03-07T12:24:18+00:00`, which huggingface_hub refuses to parse).
 */
export function hubDate(date: string | Date): string {
  return new Date(date).toISOString()
}

export class GitError extends Error {}

export class BareRepo {
  private constructor(readonly dir: string) {}

  /** Creates a bare repo whose HEAD is `main` and which serves partial clones and pushes. */
  static async init(dir: string): Promise<BareRepo> {
    await runGit(['init', '--bare', '-q', '--initial-branch=main', dir])
    const repo = new BareRepo(dir)
    await repo.git(['config', 'http.receivepack', 'true'])
    await repo.git(['config', 'uploadpack.allowFilter', 'true'])
    await repo.git(['config', 'uploadpack.allowAnySHA1InWant', 'true'])
    await repo.git(['config', 'receive.denyNonFastForwards', 'true'])
    return repo
  }

  static open(dir: string): BareRepo {
    return new BareRepo(dir)
  }

  git(
    args: string[],
    options: { input?: Buffer | string; env?: NodeJS.ProcessEnv } = {}
  ): Promise<Buffer> {
    return runGit(['--git-dir', this.dir, ...args], options)
  }

  /**
   * The commit a revision names: a branch, `refs/…`, `HEAD` or a full or short commit id.
   * Undefined when it names nothing.
   */
  async resolve(rev: string): Promise<string | undefined> {
    if (!rev || rev.startsWith('-') || /[\s~^:?*[\\]/.test(rev)) return undefined
    const candidates =
      rev === 'HEAD'
        ? ['HEAD']
        : rev.startsWith('refs/')
          ? [rev]
          : [`refs/heads/${rev}`, `refs/tags/${rev}`]
    if (/^[0-9a-f]{5,40}$/i.test(rev)) candidates.push(rev)
    const loose = await this.looseRef(candidates[0])
    if (loose) return loose
    // One process for every form: the first that names a commit wins.
    const input = candidates.map((candidate) => `${candidate}^{commit}\n`).join('')
    const out = (await this.git(['cat-file', '--batch-check'], { input })).toString()
    return /^([0-9a-f]{40}) commit /m.exec(out)?.[1]
  }

  /** What `ref` (a full name) points at (a tag: its commit); undefined when there is no such ref. */
  async ref(name: string): Promise<string | undefined> {
    return (await this.looseRef(name)) ?? (await this.refs()).get(name)
  }

  /**
   * A branch or pull request read from its file, without a process (routes resolve `main` on
   * every request); undefined when it is not a plain loose ref: packed, symbolic, or a name this
   * does not read (git answers those).
   */
  private async looseRef(name: string): Promise<string | undefined> {
    const segments = name.split('/')
    const plain =
      /^refs\/(heads|pr)\/./.test(name) &&
      segments.every((s) => /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(s) && !s.endsWith('.lock')) &&
      !name.includes('..')
    if (!plain) return undefined
    const text = await readFile(join(this.dir, name), 'utf8').catch(() => '')
    return /^[0-9a-f]{40}\n?$/.test(text) ? text.slice(0, 40) : undefined
  }

  async refs(): Promise<Map<string, string>> {
    // An annotated tag names its tag object; `%(*objectname)` is the commit it points at.
    const format = '--format=%(refname) %(objectname) %(*objectname)'
    const out = (await this.git(['for-each-ref', format])).toString()
    const refs = new Map<string, string>()
    for (const line of out.split('\n').filter(Boolean)) {
      const [name, oid, peeled] = line.split(' ')
      refs.set(name, peeled || oid)
    }
    return refs
  }

  /** Every blob of a commit's tree, recursively (`git ls-tree -r -l`). */
  listTree(commit: string): Promise<TreeEntry[]> {
    return this.lsTree(commit, { recursive: true })
  }

  /**
   * The entries of a tree (`git ls-tree -l`), paths relative to it: one level, or every blob
   * below it (`recursive`), with the folders too when `withTrees`.
   */
  async lsTree(
    treeish: string,
    options: { recursive?: boolean; withTrees?: boolean } = {}
  ): Promise<TreeEntry[]> {
    const flags = [...(options.recursive ? ['-r'] : []), ...(options.withTrees ? ['-t'] : [])]
    const out = (await this.git(['ls-tree', '-l', '-z', ...flags, treeish])).toString('utf8')
    return out
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const tab = line.indexOf('\t')
        const [mode, type, oid, size] = line.slice(0, tab).split(/\s+/)
        return {
          mode,
          type: type as TreeEntry['type'],
          oid,
          size: size === '-' ? 0 : Number(size),
          path: line.slice(tab + 1)
        }
      })
  }

  /** The tree object id of a directory of a commit (`''` for the root). */
  async treeOid(commit: string, dir: string): Promise<string | undefined> {
    try {
      const spec = dir ? `${commit}:${dir}` : `${commit}^{tree}`
      return (await this.git(['rev-parse', '--verify', '-q', spec])).toString().trim()
    } catch {
      return undefined
    }
  }

  readBlob(oid: string): Promise<Buffer> {
    return this.git(['cat-file', 'blob', oid])
  }

  /** Several blobs in one `git cat-file --batch` (meant for small ones: all are held in memory). */
  async readBlobs(oids: string[]): Promise<Map<string, Buffer>> {
    const blobs = new Map<string, Buffer>()
    if (oids.length === 0) return blobs
    const out = await this.git(['cat-file', '--batch'], { input: oids.join('\n') + '\n' })
    let pos = 0
    while (pos < out.length) {
      const nl = out.indexOf(0x0a, pos)
      const [oid, type, size] = out.toString('utf8', pos, nl).split(' ')
      pos = nl + 1
      if (type === 'missing') continue
      blobs.set(oid, out.subarray(pos, pos + Number(size)))
      pos += Number(size) + 1
    }
    return blobs
  }

  /** Writes many blobs as one pack (see pack-writer.ts). */
  packWriter(): PackWriter {
    return new PackWriter(this.dir)
  }

  async writeBlob(content: Buffer | string): Promise<string> {
    return (await this.git(['hash-object', '-w', '--stdin'], { input: content })).toString().trim()
  }

  /**
   * Writes a commit that applies `changes` on top of `parent` (undefined: an empty tree) and
   * returns its id. It does not move any ref: see `updateRef`.
   */
  async commit(commit: NewCommit): Promise<string> {
    return (await this.writeCommit(commit)).sha
  }

  /** `commit`, answering too the tree ids of `folders` (`''`: the root) in the new commit. */
  async writeCommit(commit: NewCommit, folders: string[] = []): Promise<WrittenCommit> {
    const out = await this.git(FAST_IMPORT_ARGS, { input: fastImportCommit(commit, folders) })
    return readFastImportAnswer(out, folders)
  }

  /** Moves `ref` to `next` only if it still points at `expected` (undefined: must not exist). */
  async updateRef(ref: string, next: string, expected?: string): Promise<void> {
    await this.git(['update-ref', ref, next, expected ?? ZERO_OID])
  }

  async deleteRef(ref: string): Promise<void> {
    await this.git(['update-ref', '-d', ref])
  }

  /** Commits reachable from `rev`, newest first. */
  async log(rev: string, limit = 1000, skip = 0): Promise<CommitInfo[]> {
    const sep = '\x1e'
    const out = (
      await this.git([
        'log',
        `--max-count=${limit}`,
        `--skip=${skip}`,
        `--format=%H%x1f%P%x1f%an%x1f%aI%x1f%B${sep}`,
        rev,
        '--'
      ])
    ).toString('utf8')
    return out
      .split(sep)
      .map((chunk) => chunk.replace(/^\n/, ''))
      .filter(Boolean)
      .map((chunk) => {
        const [id, parents, authorName, date, body] = chunk.split('\x1f')
        const message = body.replace(/\n+$/, '')
        return {
          id,
          parents: parents ? parents.split(' ') : [],
          authorName,
          date: hubDate(date),
          title: message.split('\n')[0],
          message
        }
      })
  }

  async countCommits(rev: string): Promise<number> {
    return Number((await this.git(['rev-list', '--count', rev])).toString().trim())
  }
}

export function runGit(
  args: string[],
  options: { input?: Buffer | string; env?: NodeJS.ProcessEnv; cwd?: string } = {}
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: options.cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out))
      else
        reject(
          new GitError(
            `git ${args.join(' ')} exited ${code}: ${Buffer.concat(err).toString().trim()}`
          )
        )
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })
}
