/**
 * The worker side of the pool: a thread that processes chunks. The build bundles this
 * file alone as `log-worker.js` beside each bundle that starts workers, and the pool
 * starts the threads from it; without it the thread re-enters the very file that
 * started it (`dist/<action>/index.js`, or the CLI's or the suite action's chunk that
 * holds the pool), where the guard at the bottom turns it into a worker and holds the
 * rest of the file (the action, the CLI or the gate) from running in it.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { ChunkProcessor } from './process.js'
import { failedChunk, type ChunkTask, type PassConfig } from './protocol.js'
import { WORKER_MARK } from './worker-file.js'

export { WORKER_MARK }

/** What a worker posts once it can take chunks. */
export const READY = 'ready'

/** Messages to a worker. */
export type ToWorker = { type: 'task'; task: ChunkTask }

function serve(config: PassConfig): void {
  let processor: ChunkProcessor | undefined
  let setupError: string | undefined
  try {
    processor = new ChunkProcessor(config)
  } catch (error) {
    setupError = error instanceof Error ? error.message : String(error)
  }
  parentPort!.on('message', (message: ToWorker) => {
    const task = message.task
    if (!processor) {
      const error = { line: 0, code: 'INTERNAL', message: `worker setup failed: ${setupError}` }
      parentPort!.postMessage(failedChunk(task.seq, error))
      return
    }
    const result = processor.process(task, true)
    parentPort!.postMessage(result, [result.index.buffer as ArrayBuffer])
  })
  parentPort!.postMessage(READY)
}

const data = workerData as Record<string, unknown> | null
if (!isMainThread && data !== null && typeof data === 'object' && data[WORKER_MARK] === true) {
  serve(data.config as PassConfig)
  // Keep the rest of the bundle (the action or CLI that follows) from running in this thread.
  await new Promise<never>(() => undefined)
}
