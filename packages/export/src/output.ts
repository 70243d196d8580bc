/**
 * The output location: a new directory claimed atomically (mkdir fails when it
 * exists, so nothing is ever overwritten), data files written under temporary names
 * and linked into place (a link never replaces an existing file), one writer per
 * format, per day partition when asked (`day=YYYY-MM-DD/part-0.<ext>`, Hive style).
 */
import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs'
import { link, mkdir, rm, unlink } from 'node:fs/promises'
import * as path from 'node:path'
import { GateError, toGateError } from '@ai-act-gates/core'
import { ByteSink, ParquetWriter, type Codec } from '@ai-act-gates/parquet'
import type { ExportColumn } from './columns.js'
import { appendCsvRow, appendParquetRow, type LineRef, type RowShaper } from './rows.js'
import type { Members } from './split.js'

/** The export formats. */
export const FORMATS = ['jsonl', 'csv', 'parquet'] as const
/** One export format. */
export type Format = (typeof FORMATS)[number]

/** A data file written, before it is digested. */
export interface PlacedFile {
  /** Path relative to the output directory (POSIX). */
  path: string
  format: Format
  /** The partition's day, when partitioned. */
  day?: string
  /** Rows the writer wrote (the manifest counts them again from the file). */
  rowsWritten: number
}

/** Claims `absolute` as a new directory; FILE_EXISTS when anything is there. */
export async function claimOutputDir(absolute: string, display: string): Promise<void> {
  try {
    await mkdir(path.dirname(absolute), { recursive: true })
    await mkdir(absolute)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new GateError('FILE_EXISTS', 'the output location already exists and will not be overwritten', {
        file: display,
        field: 'out',
        hint: 'Give a new directory for each export'
      })
    }
    throw toGateError(error, display)
  }
}

/** Removes an output directory this run created. */
export async function removeOutputDir(absolute: string): Promise<void> {
  await rm(absolute, { recursive: true, force: true })
}

/** A temporary name beside `final`. */
function tempBeside(final: string): string {
  return path.join(path.dirname(final), `.${path.basename(final)}.${randomBytes(6).toString('hex')}.tmp`)
}

/** Links `tmp` to `final` (never replacing it) and removes `tmp`. */
async function place(tmp: string, final: string, display: string): Promise<void> {
  try {
    await link(tmp, final)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new GateError('FILE_EXISTS', 'already exists and will not be overwritten', { file: display })
    }
    throw toGateError(error, display)
  }
  await unlink(tmp)
}

/** Writes the rows of one file. */
interface FileWriter {
  /** Writes a row; a promise asks the caller to wait before the next one (back-pressure). */
  write(line: LineRef, shaper: RowShaper, m: Members): Promise<void> | undefined
  /** Buffered bytes not yet on disk (Parquet row groups). */
  buffered(): number
  /** Writes what is buffered. */
  spill(): Promise<void> | undefined
  close(): void | Promise<void>
  abort(): void
  rows: number
}

const FLUSH_BYTES = 1024 * 1024

/** A plain file written through a buffer, synced on close. */
class TextFile {
  readonly sink = new ByteSink(FLUSH_BYTES + 64 * 1024)
  private readonly fd: number
  constructor(readonly tmp: string) {
    this.fd = openSync(tmp, 'wx', 0o644)
  }
  maybeFlush(): void {
    if (this.sink.length >= FLUSH_BYTES) this.flush()
  }
  flush(): void {
    let off = 0
    const view = this.sink.view()
    while (off < view.length) off += writeSync(this.fd, view, off, view.length - off)
    this.sink.reset()
  }
  close(): void {
    this.flush()
    fsyncSync(this.fd)
    closeSync(this.fd)
  }
  abort(): void {
    try {
      closeSync(this.fd)
    } catch {
      // closed
    }
  }
}

/** A writer of one plain file: nothing buffered beyond the file's own flushes. */
abstract class TextFileWriter implements FileWriter {
  rows = 0
  protected readonly file: TextFile
  constructor(tmp: string) {
    this.file = new TextFile(tmp)
  }
  abstract write(line: LineRef, shaper: RowShaper, m: Members): undefined
  buffered(): number {
    return 0
  }
  spill(): undefined {
    return undefined
  }
  close(): void {
    this.file.close()
  }
  abort(): void {
    this.file.abort()
  }
}

class JsonlWriter extends TextFileWriter {
  write(line: LineRef): undefined {
    // The entry's bytes exactly as in the log, so its chain hash still verifies.
    this.file.sink.bytes(line.buf, line.start, line.end)
    this.file.sink.byte(0x0a)
    this.rows++
    this.file.maybeFlush()
    return undefined
  }
}

class CsvWriter extends TextFileWriter {
  constructor(tmp: string, columns: readonly ExportColumn[]) {
    super(tmp)
    this.file.sink.bytes(Buffer.from(columns.map(c => c.name).join(',') + '\r\n', 'utf8'))
  }
  write(line: LineRef, shaper: RowShaper, m: Members): undefined {
    appendCsvRow(this.file.sink, shaper, line, m)
    this.rows++
    this.file.maybeFlush()
    return undefined
  }
}

class PqWriter implements FileWriter {
  private readonly w: ParquetWriter
  constructor(
    tmp: string,
    columns: readonly ExportColumn[],
    codec: Codec,
    metadata: Record<string, string>,
    reuseBuffers: boolean
  ) {
    this.w = new ParquetWriter(
      tmp,
      columns.map(c => ({ name: c.name, type: c.type })),
      { codec, metadata, createdBy: metadata['created_by'] ?? 'ai-act-gates', reuseBuffers }
    )
  }
  get rows(): number {
    return this.w.rowCount
  }
  write(line: LineRef, shaper: RowShaper, m: Members): Promise<void> | undefined {
    return appendParquetRow(this.w, shaper, line, m)
  }
  buffered(): number {
    return this.w.bufferedBytes
  }
  spill(): Promise<void> | undefined {
    return this.w.flush()
  }
  async close(): Promise<void> {
    await this.w.close(true)
  }
  abort(): void {
    this.w.abort()
  }
}

/** Options of the format writers. */
export interface SinkOptions {
  dir: string
  display: string
  formats: Format[]
  partition: 'none' | 'day'
  columns: readonly ExportColumn[]
  codec: Codec
  metadata: Record<string, string>
}

/** Open writers kept at most; beyond, the least recently used one is closed and a later row opens part-<n+1>. */
export const MAX_OPEN_PARTITIONS = 64
/** Buffered Parquet bytes across open files before every buffer is written as a row group. */
export const MAX_BUFFERED_BYTES = 96 * 1024 * 1024

interface Open {
  writer: FileWriter
  tmp: string
  final: string
  rel: string
  format: Format
  day?: string
}

/** Every writer of an export: one file per format, or one per format and day. */
export class ExportSink {
  private readonly open = new Map<string, Open>()
  private readonly parts = new Map<string, number>()
  private readonly closed: Open[] = []
  private rowsSinceCheck = 0
  /** The writers {@link writeOpen} used last, and their day; emptied whenever a writer is opened or closed. */
  private readonly lastWriters: FileWriter[] = []
  private lastDay = ''

  constructor(private readonly options: SinkOptions) {}

  /** Writes a row to every format; `day` is its partition. */
  async write(line: LineRef, shaper: RowShaper, m: Members, day?: string): Promise<void> {
    for (const format of this.options.formats) {
      const key = `${format}/${day ?? ''}`
      let o = this.open.get(key)
      if (!o) o = await this.openWriter(format, day)
      else if (this.open.size > 1) {
        // Keep the map in recency order.
        this.open.delete(key)
        this.open.set(key, o)
      }
      await o.writer.write(line, shaper, m)
    }
    this.rowsSinceCheck++
    await this.check()
  }

  /**
   * Writes a row when its writers are open (the fast path of a pass): false when a
   * writer must be opened first (call {@link write}), a promise when the caller must
   * wait (back-pressure), true otherwise.
   */
  writeOpen(line: LineRef, shaper: RowShaper, m: Members, day?: string): boolean | Promise<void> {
    if (this.open.size > this.options.formats.length) return false
    const key = day ?? ''
    // The writers of the previous row's day, looked up again only when the day changes.
    if (key !== this.lastDay || this.lastWriters.length === 0) {
      this.lastWriters.length = 0
      for (const format of this.options.formats) {
        const o = this.open.get(`${format}/${key}`)
        if (!o) {
          this.lastWriters.length = 0
          return false
        }
        this.lastWriters.push(o.writer)
      }
      this.lastDay = key
    }
    let wait: Array<Promise<void>> | undefined
    for (const writer of this.lastWriters) {
      const r = writer.write(line, shaper, m)
      if (r) (wait ??= []).push(r)
    }
    if (++this.rowsSinceCheck >= 4096) {
      const r = this.check()
      if (r) (wait ??= []).push(r)
    }
    return wait ? Promise.all(wait).then(() => undefined) : true
  }

  /** Writes every buffer as a row group when the open files hold too much. */
  private check(): Promise<void> | undefined {
    if (this.rowsSinceCheck < 4096) return undefined
    this.rowsSinceCheck = 0
    let buffered = 0
    for (const o of this.open.values()) buffered += o.writer.buffered()
    if (buffered <= MAX_BUFFERED_BYTES) return undefined
    const wait: Array<Promise<void>> = []
    for (const o of this.open.values()) {
      const r = o.writer.spill()
      if (r) wait.push(r)
    }
    return wait.length > 0 ? Promise.all(wait).then(() => undefined) : undefined
  }

  private async openWriter(format: Format, day: string | undefined): Promise<Open> {
    this.lastWriters.length = 0
    if (this.open.size >= MAX_OPEN_PARTITIONS * this.options.formats.length) {
      const [key, oldest] = this.open.entries().next().value as [string, Open]
      this.open.delete(key)
      await this.finish(oldest)
    }
    const ext = format
    const partKey = `${format}/${day ?? ''}`
    const n = this.parts.get(partKey) ?? 0
    this.parts.set(partKey, n + 1)
    const rel =
      this.options.partition === 'day'
        ? `${format}/day=${day}/part-${n}.${ext}`
        : `events${n > 0 ? `-${n}` : ''}.${ext}`
    const final = path.join(this.options.dir, rel)
    await mkdir(path.dirname(final), { recursive: true })
    const tmp = tempBeside(final)
    const writer =
      format === 'jsonl'
        ? new JsonlWriter(tmp)
        : format === 'csv'
          ? new CsvWriter(tmp, this.options.columns)
          : // One file per format without partitions: it may keep its row-group buffers.
            new PqWriter(
              tmp,
              this.options.columns,
              this.options.codec,
              this.options.metadata,
              this.options.partition === 'none'
            )
    const o: Open = { writer, tmp, final, rel, format, ...(day !== undefined ? { day } : {}) }
    this.open.set(partKey, o)
    return o
  }

  private async finish(o: Open): Promise<void> {
    await o.writer.close()
    await place(o.tmp, o.final, `${this.options.display}/${o.rel}`)
    this.closed.push(o)
  }

  /**
   * Closes every writer and places the files. Without partitions an export with no
   * rows still writes one (empty) file per format, so the answer "none" is on disk.
   */
  async close(): Promise<PlacedFile[]> {
    if (this.options.partition === 'none') {
      for (const f of this.options.formats) if (!this.parts.has(`${f}/`)) await this.openWriter(f, undefined)
    }
    for (const o of [...this.open.values()]) await this.finish(o)
    this.open.clear()
    this.lastWriters.length = 0
    return this.closed
      .map(o => ({
        path: o.rel,
        format: o.format,
        ...(o.day !== undefined ? { day: o.day } : {}),
        rowsWritten: o.writer.rows
      }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  }

  /** Closes and removes everything (after an error). */
  async abort(): Promise<void> {
    for (const o of this.open.values()) {
      o.writer.abort()
      await unlink(o.tmp).catch(() => undefined)
    }
    this.open.clear()
    this.lastWriters.length = 0
  }
}
