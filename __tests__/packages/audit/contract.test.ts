/**
 * The expected-gate contract against real runs: the suite runs the real gates into a
 * real ledger, and audit-record judges that ledger against a gates file. A skipped
 * gate, an empty result, a reordered sequence, a result from another run, an
 * unexpected result and an unreadable ledger file each fail the record, by name.
 */
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { runCli } from '../../helpers/cli.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'
import {
  contractCheck,
  gatesYaml,
  readValidRecord,
  THREE_GATES,
  writeWorkspace,
  type Entry
} from '../../helpers/suite.js'

let ws: string
beforeEach(async () => {
  ws = await makeTempDir()
  await writeWorkspace(ws)
})
afterEach(async () => removeDir(ws))

const run = (config: string, reportDir: string, extra: string[] = []) =>
  runCli(['run', '--config', config, '--report-dir', reportDir, '--quiet', ...extra], { cwd: ws })

/** audit-record over an existing ledger, as the reusable workflow's last job runs it. */
const audit = (config: string, ledgerDir: string, record: string, extra: string[] = []) =>
  runCli(
    [
      'audit-record',
      '--config',
      config,
      '--ledger',
      `${ledgerDir}/ledger/*.json`,
      '--record',
      record,
      '--report-dir',
      '',
      '--json',
      ...extra
    ],
    { cwd: ws }
  )

async function withGates(name: string, entries: Entry[]): Promise<string> {
  await writeFile(path.join(ws, name), gatesYaml(entries))
  return name
}

test('a complete run in order passes, with one schema-valid record', async () => {
  const r = await run('gates.yml', 'out')
  expect(r.stderr).not.toMatch(/FAIL|ERR/)
  expect(r.code).toBe(0)
  const record = await readValidRecord(path.join(ws, 'out/audit-record.json'))
  expect(record.status).toBe('pass')
  expect(record.gates.map(g => [g.id, g.status])).toEqual([
    ['hash-evidence', 'pass'],
    ['hash-metrics', 'pass'],
    ['verify-evidence', 'pass']
  ])
  expect(contractCheck(record, 'sequence-matches').message).toBe(
    'ran in order: hash-evidence → hash-metrics → verify-evidence'
  )
  expect(record.artefacts.map(a => a.path)).toEqual(
    expect.arrayContaining(['out/evidence.json', 'out/metrics.json', 'out/evidence.intoto.json'])
  )
  expect(record.gatesFile.sha256).toMatch(/^[0-9a-f]{64}$/)
  expect(record.jobs[0]!.steps.map(s => s.name)).toEqual([
    'hash-evidence (evidence-hash)',
    'hash-metrics (evidence-hash)',
    'verify-evidence (evidence-hash)'
  ])
})

test('a skipped gate fails the record and is named with its line in the gates file', async () => {
  // The pipeline ran without hash-metrics (a conditional skipped it); the record is judged against gates.yml.
  const skipped = await withGates('skipping.yml', [THREE_GATES[0]!, THREE_GATES[2]!])
  expect((await run(skipped, 'out', ['--no-record'])).code).toBe(0)
  const r = await audit('gates.yml', 'out', 'out/record.json')
  expect(r.code).toBe(1)
  const result = JSON.parse(r.stdout)
  expect(result.outputs['missing-gates']).toBe('hash-metrics')
  const record = await readValidRecord(path.join(ws, 'out/record.json'))
  expect(record.status).toBe('fail')
  const ran = contractCheck(record, 'expected-gates-ran')
  expect(ran.status).toBe('fail')
  expect(ran.message).toBe("gates[1] 'hash-metrics' (evidence-hash) has no result: it was skipped or never ran")
  const line =
    (await readFile(path.join(ws, 'gates.yml'), 'utf8')).split('\n').findIndex(l => l.includes('id: hash-metrics')) + 1
  expect(ran.locations).toEqual([{ file: 'gates.yml', line, field: 'gates[1]' }])
  expect(contractCheck(record, 'no-gate-skipped')).toMatchObject({
    status: 'fail',
    message: "gates[1] 'hash-metrics' (evidence-hash) was skipped"
  })
  expect(record.gates[1]).toMatchObject({ id: 'hash-metrics', status: 'missing' })
})

test('an empty result (a gate that recorded no check) fails the record, and an empty ledger file is an error', async () => {
  const broken = await withGates('broken.yml', [
    THREE_GATES[0]!,
    { id: 'hash-metrics', with: { paths: 'metrics/*.csv', manifest: '${report-dir}/metrics.json' } },
    THREE_GATES[2]!
  ])
  const r = await run(broken, 'out')
  expect(r.code).toBe(2)
  const record = await readValidRecord(path.join(ws, 'out/audit-record.json'))
  expect(record.status).toBe('error')
  const empty = contractCheck(record, 'results-non-empty')
  expect(empty.status).toBe('fail')
  expect(empty.message).toMatch(
    /^gates\[1\] 'hash-metrics' \(evidence-hash\) recorded no check \(it could not run: GLOB_NO_MATCH paths: pattern 'metrics\/\*\.csv' matched no file/
  )
  expect(contractCheck(record, 'gates-passed')).toMatchObject({
    status: 'error',
    message: "gates[1] 'hash-metrics' (evidence-hash) could not run"
  })

  await writeFile(path.join(ws, 'out/ledger/zz-empty.json'), '')
  const again = await audit(broken, 'out', 'out/again.json')
  expect(again.code).toBe(2)
  const second = await readValidRecord(path.join(ws, 'out/again.json'))
  const ledger = contractCheck(second, 'ledger-readable')
  expect(ledger.status).toBe('error')
  expect(ledger.message).toContain('out/ledger/zz-empty.json: the ledger file is empty: a gate recorded no result')
})

test('a reordered sequence fails the record and names both gates', async () => {
  const reordered = await withGates('reordered.yml', [THREE_GATES[1]!, THREE_GATES[0]!, THREE_GATES[2]!])
  expect((await run(reordered, 'out', ['--no-record'])).code).toBe(0)
  const r = await audit('gates.yml', 'out', 'out/record.json')
  expect(r.code).toBe(1)
  const record = await readValidRecord(path.join(ws, 'out/record.json'))
  const seq = contractCheck(record, 'sequence-matches')
  expect(seq.status).toBe('fail')
  expect(seq.message).toBe(
    "gates[0] 'hash-evidence' (evidence-hash) ran after gates[1] 'hash-metrics' (evidence-hash), but the gates file puts it before (ran: hash-metrics → hash-evidence → verify-evidence)"
  )
  expect(seq.locations![0]).toMatchObject({ file: 'gates.yml', field: 'gates[0]' })
  // Everything else about the run is fine: only the order fails it.
  expect(record.contract.filter(c => c.status !== 'pass').map(c => c.id)).toEqual(['sequence-matches'])
})

test('a result from another run is flagged and does not count as the gate having run', async () => {
  expect((await run('gates.yml', 'first', ['--no-record'])).code).toBe(0)
  const only = await withGates('two.yml', [THREE_GATES[0]!, THREE_GATES[2]!])
  expect((await run(only, 'second', ['--no-record'])).code).toBe(0)
  const secondLedger = await readdir(path.join(ws, 'second/ledger'))
  const since = JSON.parse(await readFile(path.join(ws, 'second/ledger', secondLedger.sort()[0]!), 'utf8')).startedAt
  const old = (await readdir(path.join(ws, 'first/ledger'))).sort()[1]! // hash-metrics of the first run
  await copyFile(path.join(ws, 'first/ledger', old), path.join(ws, 'second/ledger', old))
  const r = await audit('gates.yml', 'second', 'second/record.json', ['--since', since])
  expect(r.code).toBe(1)
  const record = await readValidRecord(path.join(ws, 'second/record.json'))
  const foreign = contractCheck(record, 'results-from-this-run')
  expect(foreign.status).toBe('fail')
  expect(foreign.message).toContain(`second/ledger/${old} (evidence-hash): it started at`)
  expect(foreign.message).toContain(`before this run began at ${since}`)
  expect(record.foreignResults).toHaveLength(1)
  expect(contractCheck(record, 'expected-gates-ran').message).toContain("'hash-metrics' (evidence-hash) has no result")
})

test('a result for a gate the file does not list fails the record', async () => {
  const more = await withGates('more.yml', [
    ...THREE_GATES,
    { id: 'verify-metrics', with: { mode: 'verify', manifest: '${report-dir}/metrics.json' } }
  ])
  expect((await run(more, 'out', ['--no-record'])).code).toBe(0)
  const r = await audit('gates.yml', 'out', 'out/record.json')
  expect(r.code).toBe(1)
  const record = await readValidRecord(path.join(ws, 'out/record.json'))
  expect(contractCheck(record, 'no-unexpected-gates').message).toMatch(
    /^1 result\(s\) match no gate of gates.yml: evidence-hash step 'verify-metrics' in out\/ledger\//
  )
})

test('an unparseable or schema-invalid ledger file is an error naming file, line and field', async () => {
  expect((await run('gates.yml', 'out', ['--no-record'])).code).toBe(0)
  await writeFile(path.join(ws, 'out/ledger/truncated.json'), '{\n  "schemaVersion": 1,\n  "gate": "evidence-hash",\n')
  const first = (await readdir(path.join(ws, 'out/ledger'))).sort()[0]!
  const bad = JSON.parse(await readFile(path.join(ws, 'out/ledger', first), 'utf8'))
  bad.status = 'passed'
  await writeFile(path.join(ws, 'out/ledger/invalid.json'), JSON.stringify(bad, null, 2))
  const r = await audit('gates.yml', 'out', 'out/record.json')
  expect(r.code).toBe(2)
  const record = await readValidRecord(path.join(ws, 'out/record.json'))
  const check = contractCheck(record, 'ledger-readable')
  expect(check.status).toBe('error')
  expect(check.locations).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ file: 'out/ledger/truncated.json', line: 4 }),
      { file: 'out/ledger/invalid.json', line: 5, column: 3, field: 'status' }
    ])
  )
  const evidence = check.evidence as { problems: Array<{ message: string }> }
  expect(evidence.problems.map(p => p.message)).toContain(
    'out/ledger/invalid.json:5:3: status: must be one of "pass", "fail", "error"'
  )
})

describe('a bad gates file stops the run before any gate, naming file, line and field (exit 2)', () => {
  const base = gatesYaml(THREE_GATES)
  const cases: Array<[string, string, RegExp]> = [
    [
      'an unknown action',
      base.replace(
        'uses: evidence-hash\n    with:\n      paths: "metrics',
        'uses: evidence-hsh\n    with:\n      paths: "metrics'
      ),
      /^bad\.yml:\d+:\d+: gates\[1\]\.uses: unknown action 'evidence-hsh'; known actions: .*evidence-hash/
    ],
    [
      'an unknown input',
      base.replace('category: "metrics"', 'categry: "metrics"'),
      /^bad\.yml:20:7: gates\[1\]\.with\.categry: evidence-hash has no input 'categry'; its inputs are: mode, paths/
    ],
    [
      'an input the suite sets',
      base.replace('category: "metrics"', 'report-dir: "elsewhere"'),
      /^bad\.yml:20:7: gates\[1\]\.with\.report-dir: input 'report-dir' is set by the suite/
    ],
    [
      'a duplicate id',
      base.replace('id: hash-metrics', 'id: hash-evidence'),
      /^bad\.yml:\d+:\d+: gates\[1\]\.id: gate id 'hash-evidence' is already used by gates\[0\]/
    ],
    [
      'an unknown placeholder',
      base.replace('${report-dir}/metrics.json', '${reports}/metrics.json'),
      /^bad\.yml:19:7: gates\[1\]\.with\.manifest: unknown placeholder \$\{reports\}/
    ],
    [
      'a wrong Annex III point',
      base.replace('annexIII: 4(a)', 'annexIII: 4(c)'),
      /^bad\.yml:6:3: system\.annexIII: must be one of "1\(a\)"/
    ],
    [
      'the record writer as a gate',
      base.replace(
        'uses: evidence-hash\n    with:\n      paths: "metrics',
        'uses: audit-record\n    with:\n      paths: "metrics'
      ),
      /gates\[1\]\.uses: 'audit-record' writes the record of the run and is not a gate of the file/
    ],
    [
      'no gates',
      base.replace(/gates:[\s\S]*$/, 'gates: []\n'),
      /^bad\.yml:\d+:\d+: gates: must NOT have fewer than 1 items/
    ],
    ['invalid YAML', base.replace('  - id: hash-metrics', '  - id: [hash-metrics'), /^bad\.yml:\d+:\d+: /],
    ['an empty file', '', /^bad\.yml: the gates file is empty/]
  ]
  test.each(cases)('%s', async (_name, text, message) => {
    await writeFile(path.join(ws, 'bad.yml'), text)
    const r = await run('bad.yml', 'out')
    expect(r.code).toBe(2)
    expect(r.stderr.replace(/^ai-act-gates run: /, '')).toMatch(message)
    await expect(readdir(path.join(ws, 'out'))).rejects.toThrow()
  })

  test('a missing gates file and a used ledger are refused too', async () => {
    expect((await run('none.yml', 'out')).stderr).toContain('none.yml: no such file or directory')
    expect((await run('gates.yml', 'out')).code).toBe(0)
    const again = await run('gates.yml', 'out')
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('the ledger out/ledger already holds gate results of another run')
  })
})
