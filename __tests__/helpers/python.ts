/**
 * python3 as the oracle: the seeds' reference algorithms run by Python itself, so
 * "byte-identical to Python" is checked against Python, not against our idea of it.
 */
import { spawnSync } from 'node:child_process'

/** Runs a Python program with `input` on stdin; throws with stderr when it fails. */
export function runPython(program: string, input: string | Buffer = '', args: string[] = []): Buffer {
  const r = spawnSync('python3', ['-c', program, ...args], { input, maxBuffer: 1 << 30 })
  if (r.error) throw new Error(`python3 could not start (${r.error.message}); install python3`)
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr.toString()}`)
  return r.stdout
}

/**
 * Python's canonical bytes for each JSON document (one per line of `lines`):
 * json.dumps(json.loads(line), sort_keys=True, separators=(",", ":")), returned as
 * one hex string per document, or `ERR:<exception>` when Python rejects it.
 */
export function pythonCanonical(lines: string[]): string[] {
  const program = `
import json, sys
for line in sys.stdin.buffer.read().decode('utf-8', 'surrogatepass').split('\\n'):
    if line == '':
        continue
    try:
        out = json.dumps(json.loads(line), sort_keys=True, separators=(",", ":"))
        print(out.encode('utf-8', 'surrogatepass').hex())
    except Exception as e:
        print('ERR:' + type(e).__name__)
`
  const input = lines.map(l => l.replace(/\n/g, ' ')).join('\n') + '\n'
  return runPython(program, Buffer.from(input, 'utf8')).toString('utf8').trim().split('\n')
}
