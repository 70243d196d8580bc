/**
 * The Python-written trap chain (fixtures/python-chain/traps.jsonl) recomputed link by
 * link through a fast path, with the exact path (parseJson + serializeCanonical) for
 * the lines it declines.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { parseJson, serializeCanonical, type JsonObject } from '@ai-act-gates/canonical-json'
import { fixture } from './paths.js'

/** A fast path's answer for one line: its canonical bytes without chain_hash, and the stored hash. */
export interface FastLink {
  canonical: Uint8Array
  stored: string
}

/** One link recomputed: `hash` is sha256(prev + ":" + canonical), `stored` the line's chain_hash. */
export interface TrapLink {
  i: number
  hash: string
  stored: string
}

/**
 * Every line of the trap chain through `fast` (null where it declines), each link
 * chained from the stored hash before it. `answered` counts the lines `fast` answered.
 */
export function trapChainLinks(fast: (line: string) => FastLink | null): { links: TrapLink[]; answered: number } {
  const lines = readFileSync(fixture('python-chain/traps.jsonl'), 'utf8').split('\n').filter(Boolean)
  const links: TrapLink[] = []
  let prev = 'genesis'
  let answered = 0
  for (const [i, line] of lines.entries()) {
    let link = fast(line)
    if (link === null) {
      const entry = parseJson(line, { allowNonFinite: true }) as JsonObject
      const stored = entry.get('chain_hash') as string
      entry.delete('chain_hash')
      link = { canonical: Buffer.from(serializeCanonical(entry, 'python-json')), stored }
    } else answered++
    const hash = createHash('sha256').update(`${prev}:`).update(link.canonical).digest('hex')
    links.push({ i, hash, stored: link.stored })
    prev = link.stored
  }
  return { links, answered }
}
