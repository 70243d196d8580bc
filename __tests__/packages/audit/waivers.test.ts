/**
 * A skipped check fails the audit record unless the gates file waives that very check
 * with a reason; every waiver used is listed in the record. Run on real logs written by
 * the example system, whose integrity gate skips `integrity-head` when no head from an
 * earlier run is given.
 */
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { runCli } from '../../helpers/cli.js'
import { ROOT } from '../../helpers/paths.js'
import { contractCheck, readValidRecord } from '../../helpers/suite.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

let ws: string
beforeAll(async () => {
  ws = await makeTempDir()
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'examples/recruitment-screening/src/main.ts'),
      '--inputs',
      path.join(ROOT, 'examples/recruitment-screening/synthetic-inputs.jsonl'),
      '--log-dir',
      path.join(ws, 'logs')
    ],
    { stdio: 'pipe' }
  )
})
afterAll(async () => removeDir(ws))

function gatesFile(waiver: string): string {
  return [
    'version: 1',
    'system: { id: screening, name: Screening, intendedPurpose: Ranks applications for a recruiter, annexIII: 4(a) }',
    'gates:',
    '  - id: chain',
    '    uses: art12-log-gates',
    '    with:',
    '      gates: integrity',
    "      logs: 'logs/screening.jsonl*'",
    waiver
  ].join('\n')
}

const run = (config: string, out: string) =>
  runCli(['run', '--config', config, '--report-dir', out, '--quiet', '--signing', 'ephemeral'], { cwd: ws })

test('a skipped check without a waiver fails the record, naming gate and check', async () => {
  await writeFile(path.join(ws, 'strict.yml'), gatesFile(''))
  const r = await run('strict.yml', 'strict')
  expect(r.code).toBe(1)
  const record = await readValidRecord(path.join(ws, 'strict/audit-record.json'))
  expect(contractCheck(record, 'no-gate-skipped')).toMatchObject({
    status: 'fail',
    message: "gates[0] 'chain' (art12-log-gates) skipped integrity-head"
  })
})

test('the same skip waived with a reason passes, and the record lists the waiver', async () => {
  const reason = 'logs are rotated away nightly; the head is checked by the archive job'
  await writeFile(path.join(ws, 'waived.yml'), gatesFile(`    allowSkipped:\n      integrity-head: ${reason}`))
  const r = await run('waived.yml', 'waived')
  expect(r.code).toBe(0)
  const record = await readValidRecord(path.join(ws, 'waived/audit-record.json'))
  const check = contractCheck(record, 'no-gate-skipped')
  expect(check.status).toBe('pass')
  expect(check.evidence).toEqual({ waived: [{ gate: 'chain', check: 'integrity-head', reason }] })
  expect(check.message).toContain('1 skip(s) waived by the gates file')
})

test('a waiver of another check does not cover this one, and a waiver needs a real reason', async () => {
  await writeFile(
    path.join(ws, 'other.yml'),
    gatesFile('    allowSkipped:\n      integrity-chain: not the check that was skipped')
  )
  expect((await run('other.yml', 'other')).code).toBe(1)
  await writeFile(path.join(ws, 'terse.yml'), gatesFile('    allowSkipped:\n      integrity-head: ok'))
  const terse = await run('terse.yml', 'terse')
  expect(terse.code).toBe(2)
  expect(terse.stderr + terse.stdout).toMatch(/terse.yml:\d+:\d+: gates\[0\]\.allowSkipped\.integrity-head/)
})
