/**
 * The input-id index's bucketing against a plain stable sort by the hash's top 16
 * bits: the same records in the same order, so the index file's bytes do not depend
 * on how the builder sorts.
 */
import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { IdIndex, IdIndexBuilder, type LogSet } from '@ai-act-gates/logs'
import { rng } from '../../helpers/random-json.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

let ws: string
beforeAll(async () => {
  ws = await makeTempDir()
})
afterAll(async () => removeDir(ws))

const set = { files: [{ display: 'a.jsonl' }] } as unknown as LogSet

test('records are bucketed by the top 16 bits of their hash, in the order they came, across chunks', async () => {
  const rand = rng(7)
  // Two chunks, the second past 2^32 bytes into its file; hashes crowded into a few buckets
  // (one coarse bucket then holds many blocks) and spread over all.
  const n = 200000
  const chunk = new Uint32Array(n * 4)
  for (let i = 0; i < n; i++) {
    const crowded = rand() < 0.3
    const hash = crowded ? (((rand() * 4) | 0) << 16) | ((rand() * 65536) | 0) : (rand() * 2 ** 32) >>> 0
    chunk.set([hash >>> 0, i, i * 100, 50 + (i % 7)], i * 4)
  }
  const builder = new IdIndexBuilder()
  builder.addChunk(chunk.subarray(0, 120000 * 4), 0, 0)
  builder.addChunk(chunk.subarray(120000 * 4), 0, 2 ** 33)
  const index = builder.build(set)
  const file = path.join(ws, 'x.idx')
  await index.write(file, { version: 1, entries: n, files: [], idField: 'input_id', correlationField: '', head: '' })

  // The reference: a stable sort by bucket of [hash, entry, offset low, offset high, length].
  const rows = Array.from({ length: n }, (_, i) => {
    const offset = i * 100 + (i >= 120000 ? 2 ** 33 : 0)
    return [chunk[i * 4]!, i, offset >>> 0, Math.floor(offset / 2 ** 32), chunk[i * 4 + 3]!]
  })
  const sorted = rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => (x.row[0]! >>> 16) - (y.row[0]! >>> 16) || x.i - y.i)
    .flatMap(x => x.row)
  const bytes = await readFile(file)
  const records = new Uint32Array(bytes.buffer, bytes.byteOffset + bytes.length - n * 20, n * 5)
  expect(Array.from(records)).toEqual(sorted)

  // Every bucket start, and lookups through the file.
  const { index: read } = await IdIndex.read(file)
  for (const i of [0, 1, 65535, 65536, 119999, 120000, 199999]) {
    const found = read.lookup(chunk[i * 4]!).find(r => r.entryIndex === i)
    expect(found).toEqual({
      entryIndex: i,
      fileIndex: 0,
      offset: rows[i]![2]! + rows[i]![3]! * 2 ** 32,
      length: rows[i]![4]
    })
  }
})
