/**
 * A pool of worker threads that process chunks in parallel; results come back in
 * chunk order. Workers start from the worker bundle beside the file this module was
 * bundled into (dist/<action>/log-worker.js; in the split CLI and suite action, beside
 * the chunk that holds the pool, such as dist/cli/chunks/log-worker.js), from that
 * file itself when the worker bundle is absent, or, when the sources run directly
 * (tests), from worker.ts with Node's TypeScript support.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
// Imported from worker.js (not worker-file.js) so that a bundle always holds the
// worker guard and can start its threads from itself.
import { READY, WORKER_MARK } from './worker.js'
import { LOG_WORKER_FILE } from './worker-file.js'
import { ChunkProcessor } from './process.js'
import { failedChunk, type ChunkResult, type ChunkTask, type PassConfig } from './protocol.js'

// Resolves `./x.js` to `./x.ts` for the sources, as the bundler and jest do.
const RESOLVE_HOOK = `export async function resolve(specifier, context, next) {
  try { return await next(specifier, context) } catch (error) {
    if (/^\\.{1,2}\\//.test(specifier) && specifier.endsWith('.js')) return next(specifier.slice(0, -3) + '.ts', context)
    throw error
  }
}`
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(
  `data:text/javascript,${encodeURIComponent(RESOLVE_HOOK)}`
)});`

/** Threads a pass uses by default: one per core, at most four. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism()))
}

function spawn(config: PassConfig): Worker {
  const self = new URL(import.meta.url)
  const workerData = { [WORKER_MARK]: true, config }
  if (self.pathname.endsWith('.ts')) {
    return new Worker(new URL('./worker.ts', self), {
      workerData,
      execArgv: [
        '--experimental-transform-types',
        '--no-warnings',
        '--import',
        `data:text/javascript,${encodeURIComponent(REGISTER)}`
      ]
    })
  }
  const beside = new URL(`./${LOG_WORKER_FILE}`, self)
  return new Worker(existsSync(fileURLToPath(beside)) ? beside : self, { workerData })
}

/** Chunks a worker holds at once: the one it processes and the next, so it never waits for the main thread. */
const PER_WORKER = 2

/**
 * Worker threads processing chunks, and with `here` this thread too. Chunks queue here
 * and go to whichever worker has room, so a thread that the machine slows down takes
 * fewer chunks; this thread takes one from the queue whenever the workers have no room
 * for it (from the start: a worker needs about 0.1 s to boot, this thread none).
 * Results come back by sequence number.
 */
export class ChunkPool {
  private readonly workers: Worker[]
  private readonly held: number[]
  private readonly queue: ChunkTask[] = []
  private readonly waiting = new Map<number, { resolve(r: ChunkResult): void; reject(e: Error): void }>()
  private failure: Error | undefined
  private closing = false
  /** The processor of this thread's share, when it takes one. */
  private readonly local: ChunkProcessor | undefined
  private localQueued = false
  private readonly booted: Promise<void>
  private markBooted: (() => void) | undefined
  /** Chunks this thread processed. */
  chunksHere = 0

  constructor(config: PassConfig, threads: number, here = false) {
    this.workers = Array.from({ length: threads }, () => spawn(config))
    this.local = here ? new ChunkProcessor(config) : undefined
    // A worker takes chunks once it says it is ready (booted, its processor set up);
    // until then they wait here, and this thread, when it takes a share, takes them.
    this.held = this.workers.map(() => PER_WORKER)
    let waiting = this.workers.length
    this.booted = new Promise(resolve => {
      this.markBooted = resolve
    })
    for (const [i, w] of this.workers.entries()) {
      w.on('message', (r: ChunkResult | typeof READY) => {
        if (r === READY) {
          this.held[i] = 0
          if (--waiting === 0) this.markBooted?.()
          this.dispatch()
          return
        }
        this.held[i]!--
        const entry = this.waiting.get(r.seq)
        this.waiting.delete(r.seq)
        entry?.resolve(r)
        this.dispatch()
      })
      w.on('error', error => this.fail(error))
      w.on('exit', code => {
        if (code !== 0 && this.failure === undefined && !this.closing)
          this.fail(new Error(`a log worker stopped with exit code ${code}`))
      })
    }
  }

  /** Resolves once every worker can take chunks (or one has failed). */
  ready(): Promise<void> {
    return this.booted
  }

  /** Threads processing chunks, this one included when it takes a share. */
  get threads(): number {
    return this.workers.length + (this.local ? 1 : 0)
  }

  /** Chunks that may be in flight at once (queued, held or awaiting their merge). */
  get capacity(): number {
    return this.threads * 4
  }

  private fail(error: Error): void {
    this.failure = error
    this.markBooted?.()
    for (const w of this.waiting.values()) w.reject(error)
    this.waiting.clear()
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let best = -1
      for (let i = 0; i < this.workers.length; i++) {
        if (this.held[i]! < PER_WORKER && (best === -1 || this.held[i]! < this.held[best]!)) best = i
      }
      if (best === -1) break
      const task = this.queue.shift()!
      this.held[best]!++
      this.workers[best]!.postMessage({ type: 'task', task }, task.buf ? [task.buf.buffer as ArrayBuffer] : [])
    }
    // This thread's share: one chunk per turn of the event loop, so that the workers'
    // results (and the chunks they take next) come in between.
    if (this.local && this.queue.length > 0 && !this.localQueued) {
      this.localQueued = true
      setImmediate(() => this.runLocal())
    }
  }

  private runLocal(): void {
    this.localQueued = false
    if (this.failure || this.closing) return
    const task = this.queue.shift()
    if (!task) return
    const entry = this.waiting.get(task.seq)
    this.waiting.delete(task.seq)
    let result: ChunkResult
    this.chunksHere++
    try {
      result = this.local!.process(task)
    } catch (error) {
      result = failedChunk(task.seq, { line: 0, code: 'INTERNAL', message: (error as Error).message })
    }
    entry?.resolve(result)
    this.dispatch()
  }

  /** Queues a chunk (a buffer of lines is transferred, not copied) and resolves with its result. */
  submit(task: ChunkTask): Promise<ChunkResult> {
    const result = this.failure
      ? Promise.reject(this.failure)
      : new Promise<ChunkResult>((resolve, reject) => {
          this.waiting.set(task.seq, { resolve, reject })
          this.queue.push(task)
          this.dispatch()
        })
    // The pass awaits results in order; one that fails while an earlier one is awaited,
    // or that is refused because a worker already failed, must not count as unhandled
    // (the pass stops at the first problem anyway).
    result.catch(() => undefined)
    return result
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.workers.map(w => w.terminate()))
  }
}
