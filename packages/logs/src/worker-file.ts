/**
 * Where a log worker thread starts from, shared by the pool (which starts the threads)
 * and the build (which writes the worker's bundle beside each bundle that starts them).
 */

/** The workerData key that marks a log worker thread. */
export const WORKER_MARK = 'aagLogWorker'

/** The worker bundle's file name, beside the bundle that starts the threads. */
export const LOG_WORKER_FILE = 'log-worker.js'
