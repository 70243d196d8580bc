/**
 * Reads the entries of a ZIP archive (a GitHub artifact download) from memory: the
 * central directory, stored and deflated entries, each checked against its CRC-32.
 * No ZIP64, no encryption: an artifact of audit records needs neither, and either is
 * refused with a clear error rather than misread.
 */
import { crc32, inflateRawSync } from 'node:zlib'
import { GateError } from '@ai-act-gates/core'

/** One file of an archive. */
export interface ZipEntry {
  name: string
  data: Buffer
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

function fail(archive: string, detail: string): never {
  throw new GateError('PARSE_ERROR', `not a readable ZIP archive: ${detail}`, { file: archive })
}

/** Every file entry of the archive, in central-directory order. */
export function readZip(buf: Buffer, archive: string): ZipEntry[] {
  let eocd = -1
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) fail(archive, 'no end of central directory')
  const count = buf.readUInt16LE(eocd + 10)
  let p = buf.readUInt32LE(eocd + 16)
  if (count === 0xffff || p === 0xffffffff) fail(archive, 'ZIP64 archives are not supported')
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) fail(archive, `central directory entry ${n} is damaged`)
    const flags = buf.readUInt16LE(p + 8)
    const method = buf.readUInt16LE(p + 10)
    const crc = buf.readUInt32LE(p + 16)
    const compressed = buf.readUInt32LE(p + 20)
    const size = buf.readUInt32LE(p + 24)
    const nameLength = buf.readUInt16LE(p + 28)
    const extra = buf.readUInt16LE(p + 30)
    const comment = buf.readUInt16LE(p + 32)
    const local = buf.readUInt32LE(p + 42)
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength)
    p += 46 + nameLength + extra + comment
    if (name.endsWith('/')) continue
    if (flags & 1) fail(archive, `${name} is encrypted`)
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL)
      fail(archive, `local header of ${name} is damaged`)
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28)
    const raw = buf.subarray(start, start + compressed)
    if (raw.length !== compressed) fail(archive, `${name} is truncated`)
    let data: Buffer
    if (method === 0) data = Buffer.from(raw)
    else if (method === 8) {
      try {
        data = inflateRawSync(raw)
      } catch (error) {
        fail(archive, `${name} does not inflate: ${(error as Error).message}`)
      }
    } else fail(archive, `${name} uses compression method ${method}`)
    if (data.length !== size || crc32(data) >>> 0 !== crc) fail(archive, `${name} fails its CRC-32 check`)
    entries.push({ name, data })
  }
  return entries
}
