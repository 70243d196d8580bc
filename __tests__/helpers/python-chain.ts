/**
 * Logs written by python3 with seed 002's own code: `compute_entry_hash` exactly as
 * the seed prints it, json.dumps with its default separators (as a Python service
 * writes a JSON line), optionally rotated into several files with a rotation anchor
 * in each new file's first entry.
 */
import { runPython } from './python.js'

const PROGRAM = `
import hashlib, json, sys

def compute_entry_hash(entry: dict, prev_hash: str) -> str:
    """Compute deterministic hash for a log entry chained to the previous entry."""
    canonical = json.dumps(entry, sort_keys=True, separators=(",", ":"))
    chain_input = f"{prev_hash}:{canonical}"
    return hashlib.sha256(chain_input.encode()).hexdigest()

spec = json.loads(sys.stdin.read())
prev = spec["genesis"]
field = spec["hashField"]
files = spec["files"]
count = 0
for seq, (path, entries) in enumerate(zip(files, spec["entries"]), start=1):
    with open(path, "w", encoding="utf-8", newline="\\n") as f:
        for i, text in enumerate(entries):
            entry = json.loads(text)
            if spec["anchors"] and i == 0:
                entry["rotation_anchor"] = {"v": 1, "file_seq": seq, "previous_head": prev, "previous_count": count,
                                            "previous_file_entries": len(spec["entries"][seq - 2]) if seq > 1 else 0}
            entry[field] = compute_entry_hash(entry, prev)
            prev = entry[field]
            count += 1
            f.write(json.dumps(entry, ensure_ascii=spec["ensureAscii"]) + "\\n")
print(prev)
`

/** Options for {@link writePythonChain}. */
export interface PythonChainOptions {
  genesis?: string
  hashField?: string
  /** Write a rotation anchor into each file's first entry. */
  anchors?: boolean
  /** json.dumps ensure_ascii when writing lines (the hash is always over Python's canonical form). */
  ensureAscii?: boolean
}

/**
 * Writes `entries[i]` (JSON texts, parsed by Python) chained into `files[i]`, oldest
 * file first. Returns the head hash Python computed.
 */
export function writePythonChain(files: string[], entries: string[][], options: PythonChainOptions = {}): string {
  const spec = {
    files,
    entries,
    genesis: options.genesis ?? 'genesis',
    hashField: options.hashField ?? 'chain_hash',
    anchors: options.anchors ?? false,
    ensureAscii: options.ensureAscii ?? true
  }
  return runPython(PROGRAM, JSON.stringify(spec)).toString('utf8').trim()
}

/** Runs seed 002's verifier loop over the files (concatenated in order) and returns the violation indices. */
export function pythonVerify(files: string[], options: { genesis?: string; hashField?: string } = {}): number[] {
  const program = `
import hashlib, json, sys
def compute_entry_hash(entry: dict, prev_hash: str) -> str:
    canonical = json.dumps(entry, sort_keys=True, separators=(",", ":"))
    chain_input = f"{prev_hash}:{canonical}"
    return hashlib.sha256(chain_input.encode()).hexdigest()
spec = json.loads(sys.stdin.read())
violations = []
prev_hash = spec["genesis"]
i = 0
for path in spec["files"]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            entry = json.loads(line)
            stored_hash = entry.pop(spec["hashField"], None)
            expected_hash = compute_entry_hash(entry, prev_hash)
            if stored_hash != expected_hash:
                violations.append(i)
            prev_hash = stored_hash or expected_hash
            i += 1
print(json.dumps(violations))
`
  const spec = { files, genesis: options.genesis ?? 'genesis', hashField: options.hashField ?? 'chain_hash' }
  return JSON.parse(runPython(program, JSON.stringify(spec)).toString('utf8')) as number[]
}
