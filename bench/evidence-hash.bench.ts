/**
 * evidence-hash against `sha256sum` over the same bytes, measured in the same run:
 * a pack of many small files and one of a few large files. Also prints peak RSS,
 * which must stay flat whatever the pack size (streaming, bounded memory).
 *
 * npm run bench evidence-hash [-- --gb=2]
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { executeGate } from '@ai-act-gates/action-kit'
import { evidenceHashGate } from '@ai-act-gates/evidence'

const arg = (name: string, fallback: number): number => {
  const a = process.argv.find(x => x.startsWith(`--${name}=`))
  return a ? Number(a.split('=')[1]) : fallback
}
const dir = join(process.cwd(), 'bench/.data/evidence')
rmSync(dir, { recursive: true, force: true })
mkdirSync(join(dir, 'small'), { recursive: true })
mkdirSync(join(dir, 'large'), { recursive: true })

const smallFiles = arg('files', 5000)
for (let i = 0; i < smallFiles; i++)
  writeFileSync(join(dir, 'small', `r${i}.json`), JSON.stringify({ i, pad: 'x'.repeat(2000) }))
const gb = arg('gb', 1)
const chunk = Buffer.alloc(8 << 20)
for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 131) & 0xff
for (let f = 0; f < 4; f++) {
  const fd = openSync(join(dir, 'large', `model-${f}.bin`), 'w')
  for (let written = 0; written < (gb * 1024 ** 3) / 4; written += chunk.length) writeSync(fd, chunk)
  closeSync(fd)
}

async function measure(label: string, pattern: string, shell: string): Promise<void> {
  const t0 = performance.now()
  execFileSync('bash', ['-c', shell], { cwd: dir, stdio: 'ignore' })
  const baseline = performance.now() - t0
  const t1 = performance.now()
  const result = await executeGate(
    evidenceHashGate,
    { mode: 'hash', paths: pattern, manifest: `${label}-${Date.now()}.json` },
    { workspace: dir, env: {}, log: { info: () => undefined, warning: () => undefined, debug: () => undefined } }
  )
  const ours = performance.now() - t1
  if (result.status !== 'pass') throw new Error(`evidence-hash did not pass: ${JSON.stringify(result.error)}`)
  console.log(
    `${label.padEnd(6)} ${String(result.metrics.files).padStart(6)} files ${(result.metrics.bytes! / 1e6).toFixed(0).padStart(6)} MB: ` +
      `sha256sum ${baseline.toFixed(0)} ms, evidence-hash ${ours.toFixed(0)} ms, ratio ${(ours / baseline).toFixed(2)}x, ` +
      `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`
  )
}

await measure('small', 'small/**', 'find small -type f -print0 | xargs -0 sha256sum > /dev/null')
await measure('large', 'large/**', 'sha256sum large/* > /dev/null')
rmSync(dir, { recursive: true, force: true })
