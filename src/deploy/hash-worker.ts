/**
 * A second thread for hashing the big files of a deploy: with two cores, the bytes of a Space's
 * binaries hash in about half the time. The main thread and the worker take files from one queue
 * (an index both advance atomically), so whichever is free takes the next; the digest each file
 * needs can change while they work (the remote tree arrives), through a shared array of kinds.
 *
 * The worker runs the very code the main thread hashes with (digest-routines.ts, as its source
 * text): no second implementation, no bundled file to find at run time. Should the worker fail to
 * start or die, the main thread hashes what it left.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { digestRoutines, type DigestKind, type DigestResult } from './digest-routines.js'

/** What a queued file needs, as stored in the shared array of needs. */
export const Need = {
  /** The digest its size and first bytes suggest (the remote tree is not known yet). */
  Likely: 0,
  /** None: the remote tree shows the file changed. */
  Nothing: 1,
  GitSha1: 2,
  Sha256: 3
} as const
export type Need = (typeof Need)[keyof typeof Need]

export type QueuedResult =
  { index: number; digests: DigestResult } | { index: number; error: string }

/** One queue, as the worker gets it. */
interface Job {
  id: number
  paths: string[]
  next: Int32Array
  needs: Int8Array
}

/**
 * The worker's loop: each job it is sent, until the queue is empty, then `{ done: id }`. It runs in
 * the worker from its source text, given the worker's `require` (written `load`: a bundler
 * rewrites calls named `require`) and the hashing routines' maker.
 */
function workerMain(load: NodeJS.Require, makeRoutines: typeof digestRoutines): void {
  const { parentPort } = load('node:worker_threads') as typeof import('node:worker_threads')
  const { digestFile } = makeRoutines(load('node:crypto'), load('node:fs'))
  const kinds: Record<number, DigestKind[] | 'likely'> = {
    0: 'likely',
    2: ['gitSha1'],
    3: ['sha256']
  }
  parentPort?.on('message', ({ id, paths, next, needs }: Job) => {
    for (
      let index = Atomics.add(next, 0, 1);
      index < paths.length;
      index = Atomics.add(next, 0, 1)
    ) {
      const need = Atomics.load(needs, index)
      if (need === 1) continue
      try {
        parentPort.postMessage({ id, index, digests: digestFile(paths[index], kinds[need]) })
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        parentPort.postMessage({ id, index, error: message })
      }
    }
    parentPort.postMessage({ done: id })
  })
}

/**
 * The worker's program: the loop and the routines, as source text. esbuild (tsx, the tests) wraps
 * named functions in `__name(fn, "name")` calls to keep their names: the worker gets that helper.
 */
const WORKER_SOURCE = `const __name = (fn) => fn;
(${workerMain.toString()})(require, ${digestRoutines.toString()})`

type WorkerMessage = (QueuedResult & { id: number }) | { done: number }

/**
 * The hashing thread, started once a deploy knows it has big files. It takes 20-40 ms to boot,
 * while the main thread hashes the small files; it then takes its share of the queue.
 */
export class HashWorker {
  private readonly worker: Worker
  private readonly listeners = new Map<number, (message: WorkerMessage | 'gone') => void>()
  private jobs = 0
  private gone = false

  /** A worker, or undefined on a single core (or where none can start). */
  static start(): HashWorker | undefined {
    if (availableParallelism() < 2) return undefined
    try {
      return new HashWorker(new Worker(WORKER_SOURCE, { eval: true }))
    } catch {
      return undefined
    }
  }

  private constructor(worker: Worker) {
    this.worker = worker
    // It must not keep the process alive, nor its failure fail the deploy: the main thread then
    // hashes what it left.
    worker.unref()
    worker.on('message', (message: WorkerMessage) => {
      const id = 'done' in message ? message.done : message.id
      this.listeners.get(id)?.(message)
    })
    const lost = () => {
      this.gone = true
      for (const listener of this.listeners.values()) listener('gone')
    }
    worker.on('error', lost)
    worker.on('exit', lost)
  }

  /**
   * A queue of `paths` that this worker works on beside the main thread; `needs` (default: the
   * likely digest) says what each file needs, when that is known already.
   */
  queue(
    paths: readonly string[],
    onResult: (result: QueuedResult) => void,
    needs?: readonly Need[]
  ): HashQueue {
    const id = ++this.jobs
    const job: Job = {
      id,
      paths: [...paths],
      next: new Int32Array(new SharedArrayBuffer(4)),
      needs: new Int8Array(new SharedArrayBuffer(Math.max(1, paths.length)))
    }
    needs?.forEach((need, index) => (job.needs[index] = need))
    const finished = new Promise<void>((resolve) => {
      if (this.gone) return resolve()
      this.listeners.set(id, (message) => {
        if (message === 'gone' || 'done' in message) {
          this.listeners.delete(id)
          resolve()
        } else onResult(message)
      })
    })
    this.worker.postMessage(job)
    return new HashQueue(job, finished)
  }

  stop(): void {
    void this.worker.terminate()
  }
}

/** The queue of big files that the main thread and the worker take from. */
export class HashQueue {
  constructor(
    private readonly job: Job,
    private readonly finished: Promise<void>
  ) {}

  /** Sets what a file still needs (the remote tree arrived); the worker reads it when it takes it. */
  setNeed(index: number, need: Need): void {
    Atomics.store(this.job.needs, index, need)
  }

  need(index: number): Need {
    return Atomics.load(this.job.needs, index) as Need
  }

  /** Takes the next file for the main thread, or undefined when the queue is empty. */
  take(): number | undefined {
    const index = Atomics.add(this.job.next, 0, 1)
    return index < this.job.paths.length ? index : undefined
  }

  /** Resolves once the worker has sent every result of this queue (or is gone). */
  drained(): Promise<void> {
    return this.finished
  }
}
