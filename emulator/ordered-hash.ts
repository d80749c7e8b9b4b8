/**
 * The sha256 of an object that arrives in parts, in any order and several at once (a multipart
 * upload), each byte hashed once: the bytes of the part right after those hashed are hashed as
 * they come; the bytes of later parts wait in memory until their turn (the chunks as they came
 * off the socket, up to a budget), or, past the budget, are read back from the file once stored.
 * A part sent again rolls the hash back to before it (the hash after each part is kept).
 */
import { createHash, type Hash } from 'node:crypto'

/** Where the parts are read back from, when they could not wait in memory. */
export interface StoredParts {
  read(part: number): AsyncIterable<Buffer>
}

/** What a part's upload tells the hash. */
export interface PartFeed {
  /** A chunk of the part, in order (before it is written: a throw leaves it unwritten). */
  push(chunk: Buffer): void
  /** The part is stored whole. */
  complete(): void
  /** The part's upload failed: it is not stored. */
  fail(): void
}

interface Part {
  /** Chunks waiting for their turn; undefined: not kept (they will be read back). */
  held: Buffer[] | undefined
  heldBytes: number
  complete: boolean
}

const DEFAULT_BUDGET = 64 * 1024 * 1024

export class OrderedHash {
  private hash: Hash = createHash('sha256')
  /** Parts 1…`hashed` are in `hash`, and some of part `hashed + 1` maybe. */
  private hashed = 0
  /** `states[k]`: a copy of the hash after part k. */
  private readonly states: Hash[] = [this.hash.copy()]
  private readonly parts = new Map<number, Part>()
  private heldBytes = 0
  /** Bumped by every roll-back: a read under way is then of no use. */
  private generation = 0
  private reading?: Promise<void>

  constructor(
    private readonly stored: StoredParts,
    private readonly budget = DEFAULT_BUDGET
  ) {}

  /** Part `n` starts arriving (perhaps again). */
  begin(n: number): PartFeed {
    this.rollBack(n)
    const part: Part = { held: [], heldBytes: 0, complete: false }
    this.release(this.parts.get(n))
    this.parts.set(n, part)
    const current = () => this.parts.get(n) === part
    return {
      push: (chunk) => {
        if (current()) this.push(n, part, chunk)
      },
      complete: () => {
        if (!current()) return
        part.complete = true
        this.advance()
      },
      fail: () => {
        if (!current()) return
        this.rollBack(n)
        this.release(part)
        this.parts.delete(n)
      }
    }
  }

  /** The digest of parts 1…`count`, once each is stored; `parts`: how many are in it. */
  async digest(count: number): Promise<{ digest: string; parts: number }> {
    while (this.hashed < count && this.reading) await this.reading
    return { digest: this.hash.copy().digest('hex'), parts: this.hashed }
  }

  private push(n: number, part: Part, chunk: Buffer): void {
    // The next part to hash, all of it so far hashed: this chunk's turn is now.
    if (n === this.hashed + 1 && part.held?.length === 0) {
      this.hash.update(chunk)
      return
    }
    if (!part.held) return
    part.held.push(chunk)
    part.heldBytes += chunk.length
    this.heldBytes += chunk.length
    if (this.heldBytes > this.budget) this.spill()
  }

  /** Hashes every part whose turn has come and whose bytes are here (in memory, or stored). */
  private advance(): void {
    for (;;) {
      const n = this.hashed + 1
      const part = this.parts.get(n)
      if (!part || this.reading) return
      if (!part.held) {
        if (part.complete) this.readBack(n)
        return
      }
      for (const chunk of part.held) this.hash.update(chunk)
      this.release(part)
      part.held = []
      // Still arriving: its next chunks are hashed as they come.
      if (!part.complete) return
      this.hashed = n
      this.states[n] = this.hash.copy()
    }
  }

  private readBack(n: number): void {
    const generation = this.generation
    const hash = this.hash.copy()
    this.reading = (async () => {
      for await (const chunk of this.stored.read(n)) {
        if (generation !== this.generation) return
        hash.update(chunk)
      }
      if (generation !== this.generation) return
      this.hash = hash
      this.hashed = n
      this.states[n] = hash.copy()
    })().finally(() => {
      this.reading = undefined
      this.advance()
    })
  }

  /**
   * Part `n` is sent again (or failed): what was hashed of it and after it no longer holds; the
   * parts after it that were hashed are read back when their turn comes again.
   */
  private rollBack(n: number): void {
    if (n > this.hashed + 1) return
    this.generation++
    for (let m = n + 1; m <= this.hashed + 1; m++) {
      const part = this.parts.get(m)
      this.release(part)
      if (part) part.held = undefined
    }
    this.hash = this.states[n - 1].copy()
    this.hashed = n - 1
    this.states.length = n
  }

  /** Over the budget: the parts furthest from their turn stop waiting in memory. */
  private spill(): void {
    const waiting = [...this.parts.entries()]
      .filter(([n, part]) => n > this.hashed + 1 && part.held && part.heldBytes > 0)
      .sort(([a], [b]) => b - a)
    for (const [, part] of waiting) {
      if (this.heldBytes <= this.budget) return
      this.release(part)
      part.held = undefined
    }
  }

  private release(part: Part | undefined): void {
    if (!part) return
    this.heldBytes -= part.heldBytes
    part.heldBytes = 0
  }
}
