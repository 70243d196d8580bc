/**
 * Chain links checked inside the query pass (`integrity: links`): for each exported
 * entry, sha256(predecessor's stored hash + ":" + canonical entry) must equal its
 * stored hash, the predecessor being the line before it in the rotation set (the
 * first entry chains from genesis). The canonical bytes come from the same scanner the
 * chain pass uses, with the exact path for lines it declines.
 */
import { hash } from 'node:crypto'
import {
  CanonicalScanner,
  parseJson,
  parseOptionsFor,
  SCAN_DECLINED,
  scanCapacity,
  type CanonicalMode,
  type JsonObject
} from '@ai-act-gates/canonical-json'
import { linkCanonical, linkHash, storedOf } from '@ai-act-gates/logs'
import { keyText, KIND, Members, splitObject, stringValue } from './split.js'

/** Room before the canonical bytes for `prev:` (a stored hash is 64 hex digits). */
const PREFIX_ROOM = 256

/** Verifies single links. */
export class LinkVerifier {
  private readonly scanner: CanonicalScanner
  private out = Buffer.allocUnsafe(PREFIX_ROOM + scanCapacity(64 * 1024))
  private readonly prevMembers = new Members()
  private readonly hashKey: Buffer

  constructor(
    private readonly mode: CanonicalMode,
    private readonly hashField: string
  ) {
    this.scanner = new CanonicalScanner(mode, { dropKey: hashField })
    this.hashKey = Buffer.from(hashField, 'utf8')
  }

  /** The stored hash (a string) of an already split line, or undefined. */
  storedIn(buf: Buffer, m: Members): string | undefined {
    let found: string | undefined
    const key = this.hashKey
    for (let k = 0; k < m.count; k++) {
      const s = m.keyStart[k]!
      const e = m.keyEnd[k]!
      let same: boolean
      if (m.keyEscaped[k]) same = keyText(buf, m, k) === this.hashField
      else {
        same = e - s === key.length
        for (let i = 0; same && i < key.length; i++) same = buf[s + i] === key[i]
      }
      if (!same) continue
      const kind = m.kind[k]!
      found = kind === KIND.STRING || kind === KIND.ESCAPED ? stringValue(buf, m, k) : undefined
      if (kind !== KIND.STRING && kind !== KIND.ESCAPED && kind !== KIND.NULL) {
        const v = storedOf(parseJson(buf.toString('utf8', m.valueStart[k]!, m.valueEnd[k]!), { allowNonFinite: true }))
        found = v.kind === 'other' ? v.value : undefined
      }
    }
    return found === '' ? undefined : found
  }

  /** The stored hash of a line not yet split. */
  storedOfLine(buf: Buffer, start: number, end: number): string | undefined {
    splitObject(buf, start, end, this.prevMembers)
    return this.storedIn(buf, this.prevMembers)
  }

  /** True when the line's stored hash (`stored`) links it to `prev`. */
  verify(buf: Buffer, start: number, end: number, prev: string | undefined, stored: string | undefined): boolean {
    if (prev === undefined || stored === undefined) return false
    const need = PREFIX_ROOM + scanCapacity(end - start)
    if (this.out.length < need) this.out = Buffer.allocUnsafe(need * 2)
    // The canonical bytes go after room for `prev:`, so the hash reads both in one piece.
    const canonEnd = this.scanner.scan(buf, start, end, this.out, PREFIX_ROOM)
    if (canonEnd === SCAN_DECLINED) {
      const value = parseJson(buf.toString('utf8', start, end), parseOptionsFor(this.mode)) as JsonObject
      return linkHash(prev, linkCanonical(value, this.hashField, this.mode)) === stored
    }
    const prefix = Buffer.byteLength(prev, 'utf8') + 1
    if (prefix > PREFIX_ROOM) return linkHash(prev, this.out.subarray(PREFIX_ROOM, canonEnd)) === stored
    const at = PREFIX_ROOM - prefix
    this.out.write(prev, at, 'utf8')
    this.out[PREFIX_ROOM - 1] = 0x3a
    return hash('sha256', this.out.subarray(at, canonEnd), 'hex') === stored
  }
}
