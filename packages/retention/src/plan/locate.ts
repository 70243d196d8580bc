/**
 * Finds where values sit in a JSON text: line and column for a set of paths such as
 * `resource_changes[3].change.after.retention_in_days`, in one pass over the text
 * (plans reach hundreds of megabytes; findings are few). A path that is not in the
 * text resolves to its deepest ancestor that is, so an attribute left unset points at
 * the object it is missing from.
 */

/** A path into a JSON value: property names and array indexes. */
export type JsonPath = ReadonlyArray<string | number>

/** A position in the text, 1-based. */
export interface TextPosition {
  line: number
  column: number
}

interface TrieNode {
  children: Map<string, TrieNode>
  offset?: number
}

function segKey(s: string | number): string {
  return typeof s === 'number' ? `#${s}` : `.${s}`
}

/** A path as text: `resource_changes[3].change.after`. */
export function formatPath(path: JsonPath): string {
  let out = ''
  for (const s of path) {
    if (typeof s === 'number') out += `[${s}]`
    else if (/^[A-Za-z_][\w-]*$/.test(s)) out += out === '' ? s : `.${s}`
    else out += `[${JSON.stringify(s)}]`
  }
  return out
}

/** Locates many paths in one pass; the result maps `formatPath(path)` to its position. */
export function locatePaths(text: string, paths: JsonPath[]): Map<string, TextPosition> {
  const root: TrieNode = { children: new Map() }
  for (const p of paths) {
    let node = root
    for (const s of p) {
      const k = segKey(s)
      let next = node.children.get(k)
      if (!next) node.children.set(k, (next = { children: new Map() }))
      node = next
    }
  }
  const scanner = new Scanner(text)
  try {
    scanner.skipWs()
    root.offset = scanner.pos
    scanner.value(root)
  } catch {
    // A text that is not JSON (it was parsed before, so only in tests): keep what was found.
  }
  const lines = lineStarts(text)
  const out = new Map<string, TextPosition>()
  for (const p of paths) {
    let node: TrieNode | undefined = root
    let best = root.offset
    for (const s of p) {
      node = node?.children.get(segKey(s))
      if (node?.offset === undefined) break
      best = node.offset
    }
    if (best !== undefined) out.set(formatPath(p), toPosition(lines, best))
  }
  return out
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

function toPosition(starts: number[], offset: number): TextPosition {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 }
}

class Scanner {
  pos = 0
  constructor(private readonly text: string) {}

  skipWs(): void {
    const t = this.text
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos)
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.pos++
      else break
    }
  }

  /** Reads a value; descends only where `node` has children to find. */
  value(node: TrieNode | undefined): void {
    const c = this.text[this.pos]
    if (node && node.children.size > 0 && (c === '{' || c === '[')) {
      if (c === '{') this.object(node)
      else this.array(node)
      return
    }
    this.skipValue()
  }

  private object(node: TrieNode): void {
    this.pos++
    this.skipWs()
    if (this.text[this.pos] === '}') {
      this.pos++
      return
    }
    while (true) {
      this.skipWs()
      const keyStart = this.pos
      const key = this.string()
      this.skipWs()
      this.expect(':')
      this.skipWs()
      const child = node.children.get(segKey(key))
      if (child) child.offset = keyStart
      this.value(child)
      this.skipWs()
      const c = this.text[this.pos++]
      if (c === '}') return
      if (c !== ',') throw new Error('bad object')
    }
  }

  private array(node: TrieNode): void {
    this.pos++
    this.skipWs()
    if (this.text[this.pos] === ']') {
      this.pos++
      return
    }
    for (let i = 0; ; i++) {
      this.skipWs()
      const child = node.children.get(segKey(i))
      if (child) child.offset = this.pos
      this.value(child)
      this.skipWs()
      const c = this.text[this.pos++]
      if (c === ']') return
      if (c !== ',') throw new Error('bad array')
    }
  }

  private expect(c: string): void {
    if (this.text[this.pos] !== c) throw new Error(`expected ${c}`)
    this.pos++
  }

  private string(): string {
    const start = this.pos
    this.skipString()
    return JSON.parse(this.text.slice(start, this.pos)) as string
  }

  private skipString(): void {
    const t = this.text
    if (t[this.pos] !== '"') throw new Error('expected string')
    let i = this.pos + 1
    while (i < t.length) {
      const q = t.indexOf('"', i)
      if (q === -1) throw new Error('unterminated string')
      let backslashes = 0
      for (let j = q - 1; t[j] === '\\'; j--) backslashes++
      if (backslashes % 2 === 0) {
        this.pos = q + 1
        return
      }
      i = q + 1
    }
    throw new Error('unterminated string')
  }

  private skipValue(): void {
    const t = this.text
    const c = t[this.pos]
    if (c === '"') return this.skipString()
    if (c === '{' || c === '[') {
      let depth = 0
      while (this.pos < t.length) {
        const ch = t[this.pos]
        if (ch === '"') {
          this.skipString()
          continue
        }
        if (ch === '{' || ch === '[') depth++
        else if (ch === '}' || ch === ']') {
          depth--
          if (depth === 0) {
            this.pos++
            return
          }
        }
        this.pos++
      }
      throw new Error('unterminated container')
    }
    while (this.pos < t.length && !/[,}\]\s]/.test(t[this.pos]!)) this.pos++
  }
}
