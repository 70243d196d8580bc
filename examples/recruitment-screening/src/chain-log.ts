/**
 * An Art.12 log writer: JSON Lines with seed 002's hash chain
 * (chain_hash = sha256(prev + ":" + canonical(entry))), written asynchronously from a
 * queue (as production loggers are), rotated logrotate-style when a file grows past
 * `maxFileBytes` (app.jsonl -> app.jsonl.1 -> app.jsonl.2.gz ...). The first entry of
 * every file carries the rotation anchor; closed files are made read-only.
 */
import { createHash } from 'node:crypto'
import {
  appendFileSync,
  chmodSync,
  existsSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import * as path from 'node:path'
import { gzipSync } from 'node:zlib'
import { canonical, jsonLine } from './canonical.ts'

export interface ChainLogOptions {
  dir: string
  name: string
  maxFileBytes: number
  flushIntervalMs: number
  genesis?: string
}

export class ChainLog {
  private readonly live: string
  private prev: string
  private count = 0
  private fileEntries = 0
  private fileSeq = 1
  private queue: Array<Record<string, unknown>> = []
  private readonly timer: NodeJS.Timeout
  private readonly options: ChainLogOptions
  private lastFileEntries = 0

  constructor(options: ChainLogOptions) {
    this.options = options
    this.live = path.join(options.dir, options.name)
    this.prev = options.genesis ?? 'genesis'
    this.timer = setInterval(() => this.flush(), options.flushIntervalMs)
  }

  /** Queues an entry; it reaches the file on the next flush. */
  log(entry: Record<string, unknown>): void {
    this.queue.push(entry)
  }

  /** Writes the queued entries, rotating first when the live file is full. */
  flush(): void {
    const batch = this.queue
    this.queue = []
    for (const entry of batch) {
      if (this.fileEntries > 0 && existsSync(this.live) && statSync(this.live).size >= this.options.maxFileBytes)
        this.rotate()
      const record: Record<string, unknown> = { ...entry }
      if (this.fileEntries === 0) {
        record.rotation_anchor = {
          v: 1,
          file_seq: this.fileSeq,
          previous_head: this.prev,
          previous_count: this.count,
          previous_file_entries: this.lastFileEntries
        }
      }
      const hash = createHash('sha256')
        .update(`${this.prev}:${canonical(record)}`)
        .digest('hex')
      record.chain_hash = hash
      appendFileSync(this.live, jsonLine(record) + '\n')
      this.prev = hash
      this.count++
      this.fileEntries++
    }
  }

  private rotate(): void {
    const rotated = (n: number): string => `${this.live}.${n}${n >= 2 ? '.gz' : ''}`
    let top = 1
    while (existsSync(rotated(top))) top++
    for (let n = top - 1; n >= 1; n--) {
      if (n === 1) {
        const data = readFileSync(rotated(1))
        writeFileSync(rotated(2), gzipSync(data))
        chmodSync(rotated(2), 0o444)
        chmodSync(rotated(1), 0o644)
        unlinkSync(rotated(1))
      } else renameSync(rotated(n), rotated(n + 1))
    }
    renameSync(this.live, rotated(1))
    chmodSync(rotated(1), 0o444)
    this.lastFileEntries = this.fileEntries
    this.fileEntries = 0
    this.fileSeq++
  }

  /** Flushes and stops the timer. */
  close(): void {
    clearInterval(this.timer)
    this.flush()
  }
}
