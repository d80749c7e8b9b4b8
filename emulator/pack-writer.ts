/**
 * The blobs of a commit written into the repo as one git pack, built here: a commit of 10,000
 * inline files costs no git process at all, where `hash-object` costs one per file and
 * `fast-import` spends a second per 10,000 files in git's collision-detecting sha1. The pack is
 * plain git (pack v2, index v2, https://git-scm.com/docs/gitformat-pack): git reads it like any
 * other. Objects are stored, not compressed (zlib's cheapest valid stream), since the emulator's
 * repos are short-lived and read rarely. Blobs are streamed to a temporary file as they come, so
 * a large commit never sits in memory; they exist in the repo once `close()` has resolved.
 */
import { createHash, randomBytes } from 'node:crypto'
import { open, rename, rm, writeFile, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import * as zlib from 'node:zlib'

const OBJ_BLOB = 3
const MAX_STORED_BLOCK = 0xffff
const FLUSH_BYTES = 4 * 1024 * 1024
/** Offsets from here on go to the index's table of 8-byte offsets. */
const LARGE_OFFSET = 0x80000000

interface PackedObject {
  offset: number
  crc: number
}

export class PackWriter {
  private readonly packDir: string
  private readonly tempPath: string
  private file?: FileHandle
  /** Where the next entry goes. */
  private offset = 12
  private readonly objects = new Map<string, PackedObject>()
  private pending: Buffer[] = []
  private pendingBytes = 0
  /** Bytes of entries already in the file. */
  private written = 0

  constructor(gitDir: string) {
    this.packDir = join(gitDir, 'objects', 'pack')
    // git's own name for packs in the making (`git gc` removes stale ones).
    this.tempPath = join(this.packDir, `tmp_pack_${randomBytes(8).toString('hex')}`)
  }

  /**
   * Adds a blob; answers its id (git's: sha1 of `blob <size>\0` and the content). `content` is
   * written as it is, not copied: it must not change until the next flush.
   */
  async write(content: Buffer): Promise<string> {
    const oid = createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex')
    if (this.objects.has(oid)) return oid
    let crc = 0
    for (const piece of packEntry(OBJ_BLOB, content)) {
      // Not one of no bytes: zlib takes an empty view for "no buffer" and starts the CRC anew.
      if (piece.length === 0) continue
      crc = crc32(piece, crc)
      this.pending.push(piece)
      this.pendingBytes += piece.length
    }
    this.objects.set(oid, { offset: this.offset, crc })
    this.offset = 12 + this.written + this.pendingBytes
    if (this.pendingBytes >= FLUSH_BYTES) await this.flush()
    return oid
  }

  /** Writes the pack and its index into the repo (nothing when no blob was added). */
  async close(): Promise<void> {
    if (this.objects.size === 0) return
    try {
      await this.flush()
      const file = await this.openFile()
      const header = Buffer.alloc(12)
      header.write('PACK', 0, 'latin1')
      header.writeUInt32BE(2, 4)
      header.writeUInt32BE(this.objects.size, 8)
      await file.write(header, 0, 12, 0)
      // The trailer hashes the whole pack, header included: read it back (from the page cache).
      const checksum = await hashFile(file, this.offset)
      await file.write(checksum, 0, checksum.length, this.offset)
      await file.close()
      this.file = undefined
      const name = join(this.packDir, `pack-${checksum.toString('hex')}`)
      const tempIndex = `${this.tempPath}.idx`
      await writeFile(tempIndex, packIndex(this.objects, checksum))
      // The index last: git looks for packs by their index.
      await rename(this.tempPath, `${name}.pack`)
      await rename(tempIndex, `${name}.idx`)
    } catch (error) {
      await this.abort()
      throw error
    }
  }

  /** Drops what was written (a commit that failed). */
  async abort(): Promise<void> {
    await this.file?.close().catch(() => undefined)
    this.file = undefined
    await rm(this.tempPath, { force: true })
    await rm(`${this.tempPath}.idx`, { force: true })
  }

  private async openFile(): Promise<FileHandle> {
    this.file ??= await open(this.tempPath, 'w+')
    return this.file
  }

  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return
    const file = await this.openFile()
    const pieces = this.pending
    const at = 12 + this.written
    this.written += this.pendingBytes
    this.pending = []
    this.pendingBytes = 0
    await file.writev(pieces, at)
  }
}

/**
 * A pack entry, in pieces: its header (the type and the size, 4 bits then 7 bits a byte, low bits
 * first), then the content as a zlib stream of stored (uncompressed) blocks, the content itself
 * among the pieces.
 */
function packEntry(type: number, content: Buffer): Buffer[] {
  const header = [(type << 4) | (content.length & 0x0f)]
  for (let rest = Math.floor(content.length / 16); rest > 0; rest = Math.floor(rest / 128)) {
    header[header.length - 1] |= 0x80
    header.push(rest & 0x7f)
  }
  // zlib's header: deflate, 32 KiB window, no dictionary, fastest.
  header.push(0x78, 0x01)
  const blocks = Math.max(1, Math.ceil(content.length / MAX_STORED_BLOCK))
  const pieces: Buffer[] = []
  for (let block = 0; block < blocks; block++) {
    const start = block * MAX_STORED_BLOCK
    const length = Math.min(MAX_STORED_BLOCK, content.length - start)
    const last = block === blocks - 1 ? 1 : 0
    const blockHeader = [last, length & 0xff, length >> 8, ~length & 0xff, (~length >> 8) & 0xff]
    pieces.push(Buffer.from(block === 0 ? [...header, ...blockHeader] : blockHeader))
    pieces.push(content.subarray(start, start + length))
  }
  const trailer = Buffer.alloc(4)
  trailer.writeUInt32BE(adler32(content))
  pieces.push(trailer)
  return pieces
}

function adler32(data: Buffer): number {
  let a = 1
  let b = 0
  // 5552 bytes is the most that cannot overflow before the modulo (zlib's NMAX).
  for (let i = 0; i < data.length;) {
    const end = Math.min(i + 5552, data.length)
    for (; i < end; i++) {
      a += data[i]
      b += a
    }
    a %= 65521
    b %= 65521
  }
  return ((b << 16) | a) >>> 0
}

/** zlib's crc32 (Node 20.15 and later), or the same computed here. */
const crc32: (data: Buffer, initial: number) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === 'function'
    ? (zlib as unknown as { crc32: (data: Buffer, initial: number) => number }).crc32
    : tableCrc32()

function tableCrc32(): (data: Buffer, initial: number) => number {
  const table = new Int32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c
  }
  return (data, initial) => {
    let crc = ~initial
    for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8)
    return ~crc >>> 0
  }
}

async function hashFile(file: FileHandle, length: number): Promise<Buffer> {
  const hash = createHash('sha1')
  const buffer = Buffer.alloc(Math.min(length, 1 << 20))
  for (let pos = 0; pos < length;) {
    const { bytesRead } = await file.read(buffer, 0, Math.min(buffer.length, length - pos), pos)
    if (bytesRead === 0) throw new Error('pack file shorter than written')
    hash.update(buffer.subarray(0, bytesRead))
    pos += bytesRead
  }
  return hash.digest()
}

/** The pack's index (v2): ids sorted, a fan-out table by first byte, CRCs, offsets. */
function packIndex(objects: Map<string, PackedObject>, packChecksum: Buffer): Buffer {
  const ids = [...objects.keys()].sort()
  const count = ids.length
  const large = ids.filter((id) => (objects.get(id) as PackedObject).offset >= LARGE_OFFSET)
  const out = Buffer.alloc(8 + 256 * 4 + count * 28 + large.length * 8 + 40)
  out.writeUInt32BE(0xff744f63, 0)
  out.writeUInt32BE(2, 4)
  const fanout = new Uint32Array(256)
  for (const id of ids) fanout[parseInt(id.slice(0, 2), 16)]++
  let total = 0
  for (let i = 0; i < 256; i++) {
    total += fanout[i]
    out.writeUInt32BE(total, 8 + i * 4)
  }
  const names = 8 + 256 * 4
  const crcs = names + count * 20
  const offsets = crcs + count * 4
  const largeOffsets = offsets + count * 4
  let nextLarge = 0
  ids.forEach((id, i) => {
    const { offset, crc } = objects.get(id) as PackedObject
    out.write(id, names + i * 20, 'hex')
    out.writeUInt32BE(crc, crcs + i * 4)
    if (offset < LARGE_OFFSET) out.writeUInt32BE(offset, offsets + i * 4)
    else {
      out.writeUInt32BE((LARGE_OFFSET | nextLarge) >>> 0, offsets + i * 4)
      out.writeBigUInt64BE(BigInt(offset), largeOffsets + nextLarge * 8)
      nextLarge++
    }
  })
  const end = largeOffsets + large.length * 8
  packChecksum.copy(out, end)
  createHash('sha1')
    .update(out.subarray(0, end + 20))
    .digest()
    .copy(out, end + 20)
  return out
}
