/**
 * One export: resolve the log set and the profile, claim the output directory,
 * verify the chain (a pass over the whole rotation set that also builds the
 * input-id index for traces; or, for a trace through an existing index file, the
 * links of the exported entries), run the query, write every format, count the rows
 * back from the files, and write the manifest last.
 */
import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { loadLogSchema, PROFILES } from '@ai-act-gates/art12'
import type { CanonicalMode } from '@ai-act-gates/canonical-json'
import { GateError, VERSION, type RunContext } from '@ai-act-gates/core'
import { resolveInside, sha256Hex, toPosixRelative, writeFileAtomic } from '@ai-act-gates/files'
import {
  checkRotation,
  IdIndex,
  readEntryRange,
  resolveLogSet,
  scanLogs,
  type EntryText,
  type LogSet,
  type PassReport
} from '@ai-act-gates/logs'
import type { Codec } from '@ai-act-gates/parquet'
import { columnsFromSchema, type ExportColumn } from './columns.js'
import { digestFile, validateManifest, type ChainResult, type ExportManifest, type ManifestFile } from './manifest.js'
import { claimOutputDir, ExportSink, removeOutputDir, type Format } from './output.js'
import { compileConditions, conditionsHold, lineTime, queryParameters, type Query } from './query.js'
import { RowShaper, type LineRef } from './rows.js'
import { checkCounts, lineError, scanLines, type FileCounts, type PrevLine } from './scan.js'
import { LinkVerifier } from './links.js'
import { Members, splitObject } from './split.js'
import { traceEntries, verifyLinks } from './trace.js'
import { utcDay } from './time.js'

/** Typed inputs of an export. */
export interface ExportInputs {
  logs: string[]
  query: Query
  formats: Format[]
  out: string
  partition: 'none' | 'day'
  schema: string
  timestampField: string
  idField: string
  correlationField: string
  canonicalization: CanonicalMode
  hashField: string
  genesis: string
  anchorField: string
  index?: string
  exportOnIntegrityFailure: boolean
  /** full: the whole log set; links: each exported entry's link (time-range and cohort). */
  integrity: 'full' | 'links'
  codec: Codec
  allowCrlf: boolean
  threads?: number
}

/** What an export did. */
export interface ExportOutcome {
  manifest: ExportManifest
  manifestPath: string
  manifestSha256: string
  outDir: string
  /** Matched entries for the query (the source count). */
  sourceCount: number
  /** For a retrieval: the entry found, if any; for a trace: the correlation ids. */
  detail: Record<string, unknown>
}

const PARQUET_TYPES: Record<ExportColumn['type'], string> = {
  int64: 'INT64',
  double: 'DOUBLE',
  boolean: 'BOOLEAN',
  string: 'BYTE_ARRAY STRING (UTF8)',
  json: 'BYTE_ARRAY STRING (UTF8), JSON text',
  timestamp: 'INT64 TIMESTAMP(isAdjustedToUTC=true, MICROS)'
}

/** Settings the run needs besides the inputs. */
export interface ExportContext {
  workspace: string
  run: RunContext
  signal: AbortSignal
  log(message: string): void
}

function chainFromReport(set: LogSet, report: PassReport, inputs: ExportInputs): ChainResult {
  const rotation = (inputs.anchorField ? checkRotation(report) : []).map(f => ({
    kind: f.kind,
    file: f.file,
    ...(f.line !== undefined ? { line: f.line } : {}),
    ...(f.entryIndex !== undefined ? { entryIndex: f.entryIndex } : {}),
    message: f.message
  }))
  for (const gap of set.gaps) {
    rotation.push({
      kind: 'numbering-gap',
      file: gap.stem,
      message: `rotated file(s) ${gap.missing.map(n => `${gap.stem}.${n}`).join(', ')} missing from the numbering`
    })
  }
  const broken = report.breakCount > 0 || rotation.length > 0
  return {
    scope: 'log-set',
    status: broken ? 'broken' : 'intact',
    canonicalization: inputs.canonicalization,
    hashField: inputs.hashField,
    genesis: inputs.genesis,
    entries: report.entries,
    head: report.head,
    brokenLinks: report.breakCount,
    brokenLinksInExport: 0,
    breaks: report.breaks.slice(0, 100).map(b => ({
      entryIndex: b.entryIndex,
      file: b.file,
      line: b.line,
      ...(b.inputId !== undefined ? { inputId: b.inputId } : {})
    })),
    rotation,
    exportedDespiteFailure: false
  }
}

/** The chain result of links checked in the query pass. */
function chainFromLinks(
  breaks: ChainResult['breaks'],
  entries: number,
  inputs: ExportInputs,
  broken = breaks.length
): ChainResult {
  return {
    scope: 'export-links',
    status: broken > 0 ? 'broken' : 'intact',
    canonicalization: inputs.canonicalization,
    hashField: inputs.hashField,
    genesis: inputs.genesis,
    entries,
    brokenLinks: broken,
    brokenLinksInExport: broken,
    breaks,
    rotation: [],
    exportedDespiteFailure: false
  }
}

/** Runs an export. Bad input throws a GateError; the manifest records every other outcome. */
export async function runExport(inputs: ExportInputs, ctx: ExportContext): Promise<ExportOutcome> {
  const startedAt = new Date()
  const ws = ctx.workspace
  const set = await resolveLogSet(inputs.logs, ws)
  const loaded = await loadLogSchema(inputs.schema, ws)
  const columns = columnsFromSchema(loaded.schema, {
    file: loaded.file,
    profiles: Object.values(PROFILES),
    hashField: inputs.hashField
  })
  const shaper = new RowShaper(columns)
  const q = inputs.query
  const conditions = q.kind === 'cohort' ? compileConditions([...q.where, q.outcome], shaper, 'cohort') : []
  const tsColumn = shaper.columnOf(inputs.timestampField)
  const indexPath = inputs.index ? await resolveInside(ws, inputs.index, { field: 'index' }) : undefined
  const outDir = await resolveInside(ws, inputs.out, { field: 'out' })
  const outDisplay = toPosixRelative(ws, outDir)
  if (existsSync(outDir)) {
    throw new GateError('FILE_EXISTS', 'the output location already exists and will not be overwritten', {
      file: outDisplay,
      field: 'out',
      hint: 'Give a new directory for each export'
    })
  }
  await claimOutputDir(outDir, outDisplay)
  let sink: ExportSink | undefined
  try {
    let report: PassReport | undefined
    let chain: ChainResult
    let traced: { entries: EntryText[]; correlationIds: string[] } | undefined
    let fileCounts: Array<{ firstEntry: number; entries: number }> = []
    let totalEntries = 0
    const fastTrace = q.kind === 'trace' && indexPath !== undefined && existsSync(indexPath)
    if (fastTrace) {
      const read = await IdIndex.read(indexPath, toPosixRelative(ws, indexPath))
      const h = read.header
      const stale =
        h.files.length !== set.files.length ||
        h.files.some((f, i) => f.path !== set.files[i]!.display || f.size !== set.files[i]!.size) ||
        h.idField !== inputs.idField ||
        h.correlationField !== inputs.correlationField
      if (stale) {
        throw new GateError(
          'INPUT_CONFLICT',
          'the index was built from other log files or fields (names, sizes or id fields differ); give a new index path to rebuild it',
          { file: toPosixRelative(ws, indexPath), field: 'index' }
        )
      }
      fileCounts = h.files.map(f => ({ firstEntry: f.firstEntry, entries: f.entries }))
      totalEntries = h.entries
      traced = await traceEntries(set, read.index, q.inputId, inputs)
      const links = await verifyLinks(set, traced.entries, read.index.firstEntries, inputs)
      chain = {
        scope: 'trace-links',
        status: links.breaks.length === 0 ? 'intact' : 'broken',
        canonicalization: inputs.canonicalization,
        hashField: inputs.hashField,
        genesis: inputs.genesis,
        entries: traced.entries.length,
        ...(h.head ? { head: h.head } : {}),
        brokenLinks: links.breaks.length,
        brokenLinksInExport: links.breaks.length,
        breaks: links.breaks,
        rotation: [],
        exportedDespiteFailure: false
      }
    } else {
      const overlap = q.kind === 'time-range' || q.kind === 'cohort'
      if (!overlap) {
        report = await chainPass()
        fileCounts = report.files.map(f => ({ firstEntry: f.firstEntry, entries: f.entries }))
        totalEntries = report.entries
        chain = chainFromReport(set, report, inputs)
        if (q.kind === 'trace') await traceThroughPass(report)
      } else {
        // Placeholder until the query pass (and, in full mode, the chain pass beside it) ends.
        chain = chainFromLinks([], 0, inputs)
      }
    }
    /** The chain pass; `beside`: while this thread runs the query pass (then the chain's chunks go to workers only). */
    async function chainPass(beside = false): Promise<PassReport> {
      const r = await scanLogs(
        set,
        {
          chain: true,
          canonicalization: inputs.canonicalization,
          hashField: inputs.hashField,
          anchorField: inputs.anchorField,
          idField: inputs.idField,
          correlationField: inputs.correlationField,
          index: q.kind === 'trace',
          allowCrlf: inputs.allowCrlf,
          maxViolationsPerChunk: 0
        },
        {
          genesis: inputs.genesis,
          ...(inputs.threads !== undefined ? { threads: inputs.threads } : {}),
          ...(beside ? { shareThisThread: false } : {}),
          signal: ctx.signal
        }
      )
      if (r.entries === 0) {
        throw new GateError(
          'EMPTY_INPUT',
          `the log set (${set.files.map(f => f.display).join(', ')}) holds no entries: there is nothing to export`,
          { field: 'logs' }
        )
      }
      return r
    }

    async function traceThroughPass(r: PassReport): Promise<void> {
      traced = await traceEntries(set, r.index!, (q as { inputId: string }).inputId, inputs)
      if (indexPath === undefined) return
      await r.index!.write(
        indexPath,
        {
          version: 1,
          entries: r.entries,
          files: set.files.map((f, i) => ({
            path: f.display,
            size: f.size,
            mtimeMs: f.mtimeMs,
            gzip: f.gzip,
            firstEntry: r.files[i]!.firstEntry,
            entries: r.files[i]!.entries
          })),
          idField: inputs.idField,
          correlationField: inputs.correlationField,
          head: chain.status === 'intact' ? r.head : ''
        },
        toPosixRelative(ws, indexPath)
      )
    }

    const failures: string[] = []
    const integrityFailed = (): ExportOutcome | undefined => {
      if (chain.status !== 'broken') return undefined
      if (inputs.exportOnIntegrityFailure) {
        chain.exportedDespiteFailure = true
        return undefined
      }
      failures.push(
        `the hash chain is broken (${chain.brokenLinks} broken link(s), ${chain.rotation.length} rotation finding(s)); nothing was exported (set export-on-integrity-failure: true to export anyway)`
      )
      return undefined
    }
    if (report || fastTrace) {
      integrityFailed()
      if (failures.length > 0) return await finish([], null, 0, {})
    }

    sink = new ExportSink({
      dir: outDir,
      display: outDisplay,
      formats: inputs.formats,
      partition: inputs.partition,
      columns,
      codec: inputs.codec,
      metadata: {
        'ai-act-gates.query': JSON.stringify({ kind: q.kind, ...queryParameters(q, inputs) }),
        'ai-act-gates.columns': JSON.stringify(columns),
        created_by: `ai-act-gates version ${VERSION}`
      }
    })
    const dayOf = (line: LineRef, m: Members): string | undefined =>
      inputs.partition === 'day' ? utcDay(lineTime(line.buf, m, shaper, tsColumn, inputs.timestampField)) : undefined
    let count = 0
    let matched = new Uint32Array(1024)
    const emit = (line: LineRef, m: Members): void | Promise<void> => {
      if (count === matched.length) {
        const next = new Uint32Array(matched.length * 2)
        next.set(matched)
        matched = next
      }
      matched[count++] = line.entryIndex
      const day = dayOf(line, m)
      const r = sink!.writeOpen(line, shaper, m, day)
      if (r === false) return sink!.write(line, shaper, m, day)
      if (r !== true) return r
    }
    const detail: Record<string, unknown> = {}
    if (q.kind === 'time-range' || q.kind === 'cohort') {
      const links =
        inputs.integrity === 'links' ? new LinkVerifier(inputs.canonicalization, inputs.hashField) : undefined
      const linkBreaks: ChainResult['breaks'] = []
      let linkBroken = 0
      const prev: { line?: PrevLine } = {}
      // Full mode: the chain pass (worker threads) runs beside the query pass. The
      // query pass writes into the claimed output directory as it goes; the chain
      // result is awaited before anything is kept, so a broken chain still exports
      // nothing (the sink is aborted) and an error of the chain pass comes first.
      const stop = new AbortController()
      let chainRun: Promise<PassReport> | undefined
      if (inputs.integrity === 'full') {
        chainRun = chainPass(true).then(r => {
          if (chainFromReport(set, r, inputs).status === 'broken' && !inputs.exportOnIntegrityFailure) stop.abort()
          return r
        })
        // Awaited below; an early failure only stops the query pass.
        chainRun.catch(() => stop.abort())
      }
      const needles =
        q.kind === 'cohort'
          ? [...q.where, q.outcome]
              .filter(c => shaper.columns[shaper.columnOf(c.field)]!.type === 'string' && c.value !== '')
              .map(c => Buffer.from(c.value, 'utf8'))
          : []
      let found: FileCounts[] = []
      let queryError: unknown
      try {
        found = await scanLines(
          set,
          undefined,
          {
            allowCrlf: inputs.allowCrlf,
            signal: chainRun ? AbortSignal.any([ctx.signal, stop.signal]) : ctx.signal,
            needles,
            onLine: (line, m) => {
              shaper.shape(line.buf, m)
              if (q.kind === 'time-range') {
                const t = lineTime(line.buf, m, shaper, tsColumn, inputs.timestampField)
                if (t < q.from || t >= q.to) return
              } else if (!conditionsHold(conditions, line.buf, m, shaper)) return
              if (links) {
                const p = prev.line
                const prevHash =
                  line.entryIndex === 0 ? inputs.genesis : p ? links.storedOfLine(p.buf, p.start, p.end) : undefined
                if (!links.verify(line.buf, line.start, line.end, prevHash, links.storedIn(line.buf, m))) {
                  linkBroken++
                  if (linkBreaks.length < 100)
                    linkBreaks.push({ entryIndex: line.entryIndex, file: line.file, line: line.line })
                }
              }
              return emit(line, m)
            }
          },
          prev
        )
      } catch (error) {
        queryError = error
      }
      if (chainRun) {
        report = await chainRun
        chain = chainFromReport(set, report, inputs)
        fileCounts = report.files.map(f => ({ firstEntry: f.firstEntry, entries: f.entries }))
        integrityFailed()
        if (failures.length > 0) {
          await sink.abort()
          sink = undefined
          totalEntries = report.entries
          return await finish([], null, 0, {})
        }
      }
      if (queryError !== undefined) throw queryError
      if (report) checkCounts(set, report.files, found)
      fileCounts = found
      totalEntries = found.reduce((n, f) => n + f.entries, 0)
      if (totalEntries === 0) {
        throw new GateError(
          'EMPTY_INPUT',
          `the log set (${set.files.map(f => f.display).join(', ')}) holds no entries: there is nothing to export`,
          { field: 'logs' }
        )
      }
      if (!report) {
        chain = chainFromLinks(linkBreaks, count, inputs, linkBroken)
        integrityFailed()
      }
      if (failures.length > 0) {
        await sink.abort()
        sink = undefined
        return await finish([], null, 0, {})
      }
    } else if (q.kind === 'trace') {
      detail.correlationIds = traced!.correlationIds
      await emitTexts(traced!.entries, set, emit, shaper)
      if (traced!.entries.length === 0)
        failures.push(`no log entry has ${inputs.idField} '${q.inputId}': the trace is empty`)
    } else {
      let best: { entryIndex: number; distance: number; time: number; sha256: string } | undefined
      let oldest: number | undefined
      await scanLines(set, fileCounts, {
        allowCrlf: inputs.allowCrlf,
        signal: ctx.signal,
        onLine: (line, m) => {
          shaper.shape(line.buf, m)
          const t = lineTime(line.buf, m, shaper, tsColumn, inputs.timestampField)
          if (oldest === undefined || t < oldest) oldest = t
          if (t < q.window[0] || t > q.window[1]) return
          const distance = Math.abs(t - q.target)
          if (best === undefined || distance < best.distance) {
            best = {
              entryIndex: line.entryIndex,
              distance,
              time: t,
              sha256: sha256Hex(line.buf.subarray(line.start, line.end))
            }
          }
        }
      })
      if (best) {
        // Retrieve the entry by position, as an inspection would: through the chunk map, inflating an archived gzip file.
        const [entry] = await readEntryRange(set, report!.chunks, best.entryIndex, best.entryIndex)
        if (!entry || sha256Hex(Buffer.from(entry.text, 'utf8')) !== best.sha256) {
          failures.push(`entry ${best.entryIndex} could not be read back by position`)
        } else {
          await emitTexts([entry], set, emit, shaper)
          detail.retrieved = {
            entryIndex: entry.entryIndex,
            file: set.files[entry.fileIndex]!.display,
            line: entry.line,
            ageDays: Math.floor((q.asOf - best.time) / 86400e6)
          }
        }
      } else {
        failures.push(
          `no entry within ${q.tolerance.text} of ${new Date(q.target / 1000).toISOString()} (${q.age.text} before the reference date)` +
            (oldest !== undefined ? `: the oldest entry is from ${new Date(oldest / 1000).toISOString()}` : '')
        )
      }
    }
    if (report) {
      // Breaks among the exported entries (both lists are in entry order).
      const inExport = (k: number): boolean => {
        let lo = 0
        let hi = count - 1
        while (lo <= hi) {
          const mid = (lo + hi) >> 1
          if (matched[mid] === k) return true
          if (matched[mid]! < k) lo = mid + 1
          else hi = mid - 1
        }
        return false
      }
      chain.brokenLinksInExport = report.breaks.filter(b => inExport(b.entryIndex)).length
    }
    const placed = await sink.close()
    sink = undefined
    const files: ManifestFile[] = []
    const exported: Partial<Record<Format, number>> = {}
    for (const p of placed) {
      const d = await digestFile(path.join(outDir, p.path), `${outDisplay}/${p.path}`, p.format)
      files.push({
        path: p.path,
        format: p.format,
        ...(p.day !== undefined ? { day: p.day } : {}),
        rows: d.rows,
        size: d.size,
        sha256: d.sha256
      })
      exported[p.format] = (exported[p.format] ?? 0) + d.rows
    }
    for (const f of inputs.formats) exported[f] ??= 0
    const complete = inputs.formats.every(f => exported[f] === count)
    if (!complete) {
      failures.push(
        `incomplete: the source holds ${count} event(s) for the query but the files hold ${inputs.formats.map(f => `${exported[f]} (${f})`).join(', ')}`
      )
    }
    return await finish(files, { sourceCount: count, exported, complete }, count, detail)

    async function finish(
      files: ManifestFile[],
      completeness: ExportManifest['completeness'],
      sourceCount: number,
      detail: Record<string, unknown>
    ): Promise<ExportOutcome> {
      const finishedAt = new Date()
      const manifest: ExportManifest = {
        manifestVersion: 1,
        generator: { name: 'ai-act-gates log-export', version: VERSION },
        status: failures.length === 0 ? 'pass' : 'fail',
        failures,
        query: { kind: q.kind, parameters: queryParameters(q, inputs) },
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        durationMs: finishedAt.getTime() - startedAt.getTime(),
        source: {
          patterns: inputs.logs,
          entries: totalEntries,
          files: set.files.map((f, i) => ({
            path: f.display,
            size: f.size,
            gzip: f.gzip,
            firstEntry: fileCounts[i]?.firstEntry ?? 0,
            entries: fileCounts[i]?.entries ?? 0
          }))
        },
        profile: {
          ...(loaded.profile !== undefined ? { name: loaded.profile } : {}),
          file: loaded.file,
          sha256: sha256Hex(JSON.stringify(loaded.schema)),
          columns: columns.map(c => ({
            name: c.name,
            type: c.type,
            parquetType: PARQUET_TYPES[c.type],
            source: c.source,
            ...(c.field !== undefined ? { field: c.field } : {})
          }))
        },
        chain,
        eventCount: sourceCount,
        completeness,
        output: {
          directory: outDisplay,
          formats: inputs.formats,
          partitioning: inputs.partition,
          compression: inputs.codec
        },
        files,
        run: ctx.run
      }
      validateManifest(manifest)
      const text = JSON.stringify(manifest, null, 2) + '\n'
      const manifestPath = path.join(outDir, 'manifest.json')
      await writeFileAtomic(manifestPath, text, { displayPath: `${outDisplay}/manifest.json` })
      return {
        manifest,
        manifestPath: `${outDisplay}/manifest.json`,
        manifestSha256: sha256Hex(text),
        outDir: outDisplay,
        sourceCount,
        detail
      }
    }
  } catch (error) {
    await sink?.abort()
    await removeOutputDir(outDir)
    throw error
  }
}

/** Writes entries read by position (trace, retrieval) through the same writers as a pass. */
async function emitTexts(
  entries: EntryText[],
  set: LogSet,
  emit: (line: LineRef, m: Members) => void | Promise<void>,
  shaper: RowShaper
): Promise<void> {
  const m = new Members()
  for (const e of entries) {
    const buf = Buffer.from(e.text, 'utf8')
    const file = set.files[e.fileIndex]!.display
    try {
      splitObject(buf, 0, buf.length, m)
      shaper.shape(buf, m)
      await emit({ buf, start: 0, end: buf.length, entryIndex: e.entryIndex, file, line: e.line }, m)
    } catch (error) {
      throw lineError(error, file, e.line)
    }
  }
}
