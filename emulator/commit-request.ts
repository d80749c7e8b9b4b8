/**
 * Reading the body of `POST …/commit/{rev}` into a header and operations: NDJSON (a header line
 * first, then one operation a line) streamed line by line — each file's content goes to git as a
 * blob before the next line is read, so a 1 GB commit never sits in memory — or the legacy JSON
 * form. The whole body is always read, even after an error, so that the client gets the answer.
 */
import type { PackWriter } from './pack-writer.js'
import { splitLines, type LongLine } from './body-stream.js'
import { HubHttpError, badRequest, type RequestContext } from './http.js'
import { SHA256_HEX, formatPointer, type LfsPointer } from './lfs-pointer.js'
import { LfsStore } from './lfs-store.js'
import type { EmulatedRepo } from './repos.js'

/** Regular files above this are refused: they must go by LFS. */
export const MAX_REGULAR_FILE = 10 * 1024 * 1024
/** Longer lines are not parsed: their base64 (or even escaped utf-8) content is over 10 MiB. */
const MAX_LINE = 64 * 1024 * 1024

export interface CommitHeader {
  summary: string
  description: string
  parentCommit?: string
}

/** One change, already checked, its content already in git. */
export type CommitOp =
  | {
      kind: 'write'
      path: string
      /** Blob to store; undefined: the blob at `oldPath` (a rename). */
      blob?: string
      /** Bytes of `blob`. */
      size?: number
      oldPath?: string
      /** An LFS file (its pointer is `blob`, or the moved blob). */
      lfs?: LfsPointer | 'moved'
    }
  | { kind: 'delete'; path: string; target: 'file' | 'folder' | 'any' }

export interface CommitRequest {
  header: CommitHeader
  ops: CommitOp[]
}

type Json = Record<string, unknown>

/** Lines this long are a file's content, parsed without one copy of it (`parseLargeLine`). */
const LARGE_LINE = 1024 * 1024

/**
 * Reads the commit body. `ref` only names the ref in the error about files over 10 MiB.
 * Throws 400 (no header, bad line, large file, unknown LFS object) or 422 (bad path).
 */
export async function readCommitRequest(
  ctx: RequestContext,
  repo: EmulatedRepo,
  ref: string
): Promise<CommitRequest> {
  const reader = new CommitReader(repo, ref)
  const type = String(ctx.req.headers['content-type'] ?? '')
  try {
    if (type.includes('application/json')) {
      for (const line of legacyLines(await ctx.json<Json>())) {
        await reader.add(() => reader.handle(line))
      }
    } else {
      for await (const line of splitLines(ctx.stream(), MAX_LINE)) {
        await reader.add(() =>
          'long' in line
            ? reader.long(line.long)
            : reader.handle(
                line.text.length >= LARGE_LINE ? parseLargeLine(line.text) : parseLine(line.text)
              )
        )
      }
    }
  } finally {
    await reader.storeBlobs()
  }
  return reader.result()
}

class CommitReader {
  private header?: CommitHeader
  private readonly ops: CommitOp[] = []
  private readonly tooLarge: string[] = []
  private failure?: unknown
  private readonly store: LfsStore
  /** Every blob of the commit goes into one pack. */
  private readonly blobs: PackWriter

  constructor(
    repo: EmulatedRepo,
    private readonly ref: string
  ) {
    this.store = LfsStore.of(repo)
    this.blobs = repo.git.packWriter()
  }

  /** Puts the blobs into the repo (drops them after a failure, which is kept). */
  async storeBlobs(): Promise<void> {
    try {
      await (this.failure ? this.blobs.abort() : this.blobs.close())
    } catch (error) {
      this.failure ??= error
    }
  }

  /**
   * Handles one line. An error is kept, not thrown, so the caller reads on to the end of the body;
   * after it the remaining lines are read but not handled.
   */
  async add(handle: () => Promise<void> | void): Promise<void> {
    if (this.failure) return
    try {
      await handle()
    } catch (error) {
      this.failure = error
    }
  }

  result(): CommitRequest {
    if (this.failure) throw this.failure
    if (!this.header) throw badRequest('The first line of a commit must be its header')
    if (this.tooLarge.length > 0) {
      const list = this.tooLarge.map((path) => `- ${path} (ref: ${this.ref})`).join(' ')
      throw badRequest(
        'Your push was rejected because it contains files larger than 10 MiB. Please use https://git-lfs.github.com/ to store large files. See also: https://hf.co/docs/hub/repositories-getting-started#terminal Offending files: ' +
          list
      )
    }
    return { header: this.header, ops: this.ops }
  }

  async handle(line: Json): Promise<void> {
    const { key, value } = line
    if (!this.header) {
      if (key !== 'header') throw badRequest('The first line of a commit must be its header')
      return this.readHeader(value)
    }
    if (typeof value !== 'object' || value === null)
      throw badRequest(`Invalid value for "${String(key)}"`)
    const op = value as Json
    switch (key) {
      case 'file':
        return this.file(op)
      case 'lfsFile':
        return this.lfsFile(op)
      case 'deletedFile':
        return void this.ops.push({ kind: 'delete', path: checkPath(op.path), target: 'file' })
      case 'deletedFolder':
        return void this.ops.push({
          kind: 'delete',
          path: checkPath(op.path, true),
          target: 'folder'
        })
      case 'deletedEntry':
        return void this.ops.push({ kind: 'delete', path: checkPath(op.path, true), target: 'any' })
      case 'header':
        throw badRequest('A commit has only one header')
      default:
        throw badRequest(
          `Invalid key "${String(key)}": expected file, lfsFile, deletedFile, deletedFolder or deletedEntry`
        )
    }
  }

  private readHeader(value: unknown): void {
    const { summary, description, parentCommit } = (value ?? {}) as Json
    if (typeof summary !== 'string' || summary.trim() === '') {
      throw badRequest('The commit header needs a non-empty "summary"')
    }
    if (
      parentCommit &&
      (typeof parentCommit !== 'string' || !/^[0-9a-f]{5,40}$/i.test(parentCommit))
    ) {
      throw badRequest('"parentCommit" must be a commit id (5 to 40 hex digits)')
    }
    this.header = {
      summary: summary.trim(),
      description: typeof description === 'string' ? description : '',
      ...(parentCommit ? { parentCommit: parentCommit as string } : {})
    }
  }

  private async file(op: Json): Promise<void> {
    const path = checkPath(op.path)
    const oldPath = op.oldPath === undefined ? undefined : checkPath(op.oldPath)
    if (op.content === undefined || op.content === null) {
      if (!oldPath) throw badRequest(`File ${path} has no "content"`)
      this.ops.push({ kind: 'write', path, oldPath })
      return
    }
    const content = decodeContent(op.content, op.encoding, path)
    if (content.length > MAX_REGULAR_FILE) {
      this.tooLarge.push(path)
      return
    }
    const blob = await this.blobs.write(content)
    this.ops.push({ kind: 'write', path, oldPath, blob, size: content.length })
  }

  private async lfsFile(op: Json): Promise<void> {
    const path = checkPath(op.path)
    const oldPath = op.oldPath === undefined ? undefined : checkPath(op.oldPath)
    if (op.algo !== undefined && op.algo !== 'sha256')
      throw badRequest(`Unsupported algo: ${String(op.algo)}`)
    if (op.oid === undefined && oldPath) {
      this.ops.push({ kind: 'write', path, oldPath, lfs: 'moved' })
      return
    }
    const oid = typeof op.oid === 'string' ? op.oid.toLowerCase() : ''
    if (!SHA256_HEX.test(oid)) throw badRequest(`Invalid LFS oid for ${path}: ${String(op.oid)}`)
    const stored = await this.store.size(oid)
    // The Hub's answer to a pointer whose object was never uploaded (a 400, BadRequestError in HH).
    if (stored === undefined) {
      throw badRequest(
        `Your push was rejected because an LFS pointer pointed to a file that does not exist. For instance, this can happen if you used git push --no-verify to push your changes. Offending file: - ${path}`
      )
    }
    // `size` may be left out for a copy of an object already on the Hub.
    if (op.size !== undefined && op.size !== stored) {
      throw badRequest(
        `LFS file ${path}: size ${String(op.size)} does not match the uploaded object (${stored})`
      )
    }
    const pointer = { oid, size: stored }
    const text = Buffer.from(formatPointer(pointer))
    const blob = await this.blobs.write(text)
    this.ops.push({ kind: 'write', path, oldPath, blob, size: text.length, lfs: pointer })
  }

  /** A line too long to parse can only be a file far over 10 MiB: report it as such. */
  long(line: LongLine): void {
    const edges = `${line.head}\u0000${line.tail}`
    const key = /"key"\s*:\s*"([^"]*)"/.exec(edges)?.[1]
    const path = /"path"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(edges)?.[1]
    if (!this.header || key !== 'file' || path === undefined) {
      throw badRequest(`Line of ${line.length} bytes is too long`)
    }
    this.tooLarge.push(checkPath(JSON.parse(`"${path}"`) as string))
  }
}

function parseLine(text: string): Json {
  try {
    const parsed = JSON.parse(text) as unknown
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return parsed as Json
  } catch {
    // fall through
  }
  throw badRequest('Each line of an NDJSON commit must be a JSON object')
}

const CONTENT_FIELD = /"content"\s*:\s*"/
const BASE64 = /^[A-Za-z0-9+/=]*$/

/**
 * A line of megabytes is a file's base64 content and a few small fields. Parsed whole, the content
 * is copied once more (JSON.parse builds a new string of it): here it stays a slice of the line,
 * which the decoder reads directly. Anything else (escapes, another encoding) is parsed whole.
 */
function parseLargeLine(text: string): Json {
  const field = CONTENT_FIELD.exec(text)
  const start = field ? field.index + field[0].length : -1
  const end = start < 0 ? -1 : text.indexOf('"', start)
  if (end > 0) {
    const content = text.slice(start, end)
    const rest = parseLine(text.slice(0, start) + text.slice(end))
    const value = rest.value as Json | undefined
    if (value?.content === '' && value.encoding === 'base64' && BASE64.test(content)) {
      value.content = content
      return rest
    }
  }
  return parseLine(text)
}

/** The legacy JSON body, as the NDJSON lines it stands for. */
function legacyLines(body: Json | null): Json[] {
  if (!body || typeof body !== 'object') throw badRequest('Invalid JSON body')
  const list = (name: string): Json[] => (Array.isArray(body[name]) ? (body[name] as Json[]) : [])
  return [
    {
      key: 'header',
      value: {
        summary: body.summary,
        description: body.description,
        parentCommit: body.parentCommit
      }
    },
    ...list('files').map((value) => ({ key: 'file', value })),
    ...list('lfsFiles').map((value) => ({ key: 'lfsFile', value })),
    ...list('deletedEntries').map((value) => ({ key: 'deletedEntry', value }))
  ]
}

function decodeContent(content: unknown, encoding: unknown, path: string): Buffer {
  if (typeof content !== 'string') throw badRequest(`File ${path}: "content" must be a string`)
  if (encoding === 'base64') return Buffer.from(content, 'base64')
  if (encoding === undefined || encoding === 'utf-8' || encoding === 'utf8')
    return Buffer.from(content, 'utf8')
  throw badRequest(`File ${path}: unknown encoding ${String(encoding)}`)
}

/**
 * A path inside the repo, or 422: no absolute paths, backslashes, `.`/`..` or empty segments, and
 * nothing in `.git/`. Folders (`folder`) may end with `/`.
 */
export function checkPath(raw: unknown, folder = false): string {
  const path = typeof raw === 'string' && folder ? raw.replace(/\/+$/, '') : raw
  const invalid =
    typeof path !== 'string' ||
    path === '' ||
    path.length > 1000 ||
    path.startsWith('/') ||
    /[\\\0]/.test(path) ||
    path.split('/').some((segment) => ['', '.', '..', '.git'].includes(segment))
  if (invalid) throw new HubHttpError(422, `Invalid path: ${JSON.stringify(raw)}`)
  return path as string
}
