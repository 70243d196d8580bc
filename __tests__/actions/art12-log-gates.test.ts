/**
 * art12-log-gates on the example recruitment-screening system: the system runs over
 * synthetic inputs and writes real chained, rotated logs; every gate runs through the
 * action front door and the built CLI.
 */
import { execFile } from 'node:child_process'
import { copyFile, cp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { runAction, validateGateResult } from '@ai-act-gates/action-kit'
import { art12LogGates } from '@ai-act-gates/art12'
import { fakeActionIO } from '../fixtures/action-io.js'
import { runCli, runDistCli, type CliRun } from '../helpers/cli.js'
import { ROOT } from '../helpers/paths.js'
import { makeTempDir, removeDir } from '../helpers/tmp.js'

const EXAMPLE = path.join(ROOT, 'examples/recruitment-screening')
let ws: string
beforeEach(async () => {
  ws = await makeTempDir()
  for (const f of ['synthetic-inputs.jsonl', 'log-schema.json', 'storage-policy.json'])
    await copyFile(path.join(EXAMPLE, f), path.join(ws, f))
})
afterEach(async () => removeDir(ws))

const command = `"${process.execPath}" "${path.join(EXAMPLE, 'src/main.ts')}" --log-dir logs --max-file-bytes 6000`
const all = {
  logs: 'logs/screening.jsonl*',
  'emission-command': command,
  'synthetic-inputs': 'synthetic-inputs.jsonl',
  schema: 'log-schema.json',
  'input-id': 'cand-0004',
  'storage-policy': 'storage-policy.json',
  'emission-timeout-ms': '20000'
}

describe('art12-log-gates on the example system', () => {
  test('all five gates pass through the action, with outputs a later run can anchor to', async () => {
    const io = fakeActionIO('art12-log-gates', all)
    const result = await runAction(art12LogGates, io, { workspace: ws, env: { PATH: process.env.PATH } })
    expect(result?.checks.filter(c => c.status !== 'pass' && c.status !== 'skipped')).toEqual([])
    expect(io.failed).toBeUndefined()
    expect(result?.status).toBe('pass')
    expect(io.outputs['gates-run']).toBe('emission,schema,integrity,storage,reconstruction')
    expect(io.outputs['broken-links']).toBe('0')
    expect(io.outputs['head-anchor']).toBe(`${io.outputs['entry-count']}:${io.outputs.head}`)
    validateGateResult(JSON.parse(await readFile(path.join(ws, io.outputs['result-path']!), 'utf8')))
    const trail = result!.checks.find(c => c.id === 'reconstruction-trail')!
    expect((trail.evidence!.fields as Record<string, unknown>).inputHash).toMatch(/^[0-9a-f]{64}$/)

    // The next run anchors to the head; a truncated tail then fails at the exact entry.
    const anchor = io.outputs['head-anchor']!
    const again = fakeActionIO('art12-log-gates', { logs: all.logs, gates: 'integrity', 'expected-head': anchor })
    expect((await runAction(art12LogGates, again, { workspace: ws, env: {} }))?.status).toBe('pass')
    const live = path.join(ws, 'logs/screening.jsonl')
    const lines = (await readFile(live, 'utf8')).trimEnd().split('\n')
    await writeFile(live, lines.slice(0, -1).join('\n') + '\n')
    const cut = fakeActionIO('art12-log-gates', { logs: all.logs, gates: 'integrity', 'expected-head': anchor })
    const r = await runAction(art12LogGates, cut, { workspace: ws, env: {} })
    expect(r?.status).toBe('fail')
    expect(r?.checks.find(c => c.id === 'integrity-head')?.message).toMatch(/1 entries were removed from the tail/)
  })

  test('gates without their inputs are skipped with the input named; a selected one is an error', async () => {
    const io = fakeActionIO('art12-log-gates', { logs: 'nothing/*.jsonl' })
    const r = await runAction(art12LogGates, io, { workspace: ws, env: {} })
    expect(r?.status).toBe('error')
    expect(r?.error?.code).toBe('GLOB_NO_MATCH')
    const sel = await runCli(['art12-log-gates', '--gates', 'reconstruction', '--logs', 'x', '--report-dir', ''], {
      cwd: ws
    })
    expect(sel.code).toBe(2)
    expect(sel.stdout).toContain("the reconstruction gate was selected but input 'input-id' is empty")
  })
})

/** Runs the example system through the built CLI's emission gate, which leaves its logs in the workspace. */
function writeExampleLogs(): ReturnType<typeof runDistCli> {
  const argv = ['art12-log-gates', '--logs', all.logs, '--emission-command', command]
  argv.push('--synthetic-inputs', 'synthetic-inputs.jsonl', '--gates', 'emission', '--report-dir', '')
  return runDistCli(argv, { cwd: ws, env: { PATH: process.env.PATH } })
}

describe('art12-log-gates from the built CLI (dist/cli/index.js), with worker threads', () => {
  test('a modified entry fails integrity at its file, line and input id; a bad schema exits 2', async () => {
    const run = await writeExampleLogs()
    expect(run.code).toBe(0)
    const live = path.join(ws, 'logs/screening.jsonl')
    const text = await readFile(live, 'utf8')
    await writeFile(
      live,
      text.replace(
        /"decision_outcome":"(advance|reject)"/,
        (_m, d: string) => `"decision_outcome":"${d === 'advance' ? 'reject' : 'advance'}"`
      )
    )
    const verify = await runDistCli(
      ['art12-log-gates', '--logs', all.logs, '--gates', 'integrity', '--threads', '2', '--json', '--report-dir', ''],
      { cwd: ws }
    )
    expect(verify.code).toBe(1)
    const result = JSON.parse(verify.stdout)
    const chain = result.checks.find((c: { id: string }) => c.id === 'integrity-chain')
    expect(chain.locations[0]).toMatchObject({ file: 'logs/screening.jsonl', field: 'chain_hash' })
    expect(chain.evidence.breaks[0].kind).toBe('modified')
    expect(result.outputs['broken-links']).toBe('1')
    await writeFile(path.join(ws, 'bad-schema.json'), '{"type": 12}')
    const bad = await runDistCli(
      ['art12-log-gates', '--logs', all.logs, '--gates', 'schema', '--schema', 'bad-schema.json', '--report-dir', ''],
      { cwd: ws }
    )
    expect(bad.code).toBe(2)
    expect(bad.stdout).toContain('bad-schema.json: not a valid JSON Schema')
  })
})

describe('the log worker bundle beside the built CLI', () => {
  test('threads start from log-worker.js, or from the bundle itself without it; a broken one fails the gate', async () => {
    const made = await writeExampleLogs()
    expect(made.code).toBe(0)
    const distCli = path.join(ROOT, 'dist/cli')
    // The built CLI is an entry and the chunks it loads; the build writes log-worker.js
    // beside the chunk that starts the threads, which is where the pool looks for it.
    const workerFiles = (await readdir(distCli, { recursive: true })).filter(f => path.basename(f) === 'log-worker.js')
    expect(workerFiles).toHaveLength(1)
    const workerFile = workerFiles[0]!
    const install = async (name: string, worker: string | null): Promise<string> => {
      const dir = path.join(ws, name)
      await cp(distCli, dir, { recursive: true })
      await rm(path.join(dir, workerFile))
      if (worker !== null) await writeFile(path.join(dir, workerFile), worker)
      return path.join(dir, 'index.js')
    }
    const run = (bin: string): Promise<CliRun> =>
      new Promise((resolve, reject) => {
        execFile(
          process.execPath,
          [
            bin,
            'art12-log-gates',
            '--logs',
            all.logs,
            '--gates',
            'integrity',
            '--threads',
            '2',
            '--json',
            '--report-dir',
            ''
          ],
          { cwd: ws },
          (error, stdout, stderr) => {
            const code = error ? ((error as { code?: number }).code ?? -1) : 0
            if (typeof code !== 'number') reject(error)
            else resolve({ code, stdout, stderr })
          }
        )
      })
    const beside = await run(await install('pair', await readFile(path.join(distCli, workerFile), 'utf8')))
    const alone = await run(await install('alone', null))
    for (const r of [beside, alone]) {
      expect(r.code).toBe(0)
      expect(JSON.parse(r.stdout).metrics.threads).toBe(2)
    }
    expect(JSON.parse(beside.stdout).outputs.head).toBe(JSON.parse(alone.stdout).outputs.head)
    const broken = await run(await install('broken', "throw new Error('this worker bundle is broken')\n"))
    expect(broken.code).toBe(2)
    expect(JSON.parse(broken.stdout).status).toBe('error')
    expect(broken.stdout).toContain('this worker bundle is broken')
  })
})

describe('emission with copytruncate rotation (logrotate copytruncate: same inode, new content)', () => {
  test('entries written after the live file is copied and truncated are read from its start', async () => {
    await writeFile(
      path.join(ws, 'inputs.jsonl'),
      ['t-01', 't-02', 't-03', 't-04'].map(id => JSON.stringify({ id })).join('\n') + '\n'
    )
    // Writes two entries, waits for the gate to poll them, copies the live file to .1 and
    // truncates it in place (the inode stays), then writes the other two with longer lines
    // so the file grows past what the first poll consumed.
    const script = [
      'mkdir -p logs',
      'e() { printf \'{"input_id":"%s","pad":"%s"}\\n\' "$1" "$2" >> logs/app.jsonl; }',
      'e t-01 a; e t-02 b',
      'sleep 1',
      'cp logs/app.jsonl logs/app.jsonl.1',
      ': > logs/app.jsonl',
      'e t-03 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'e t-04 yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'
    ].join('\n')
    await writeFile(path.join(ws, 'emit.sh'), script + '\n')
    const io = fakeActionIO('art12-log-gates', {
      logs: 'logs/app.jsonl*',
      gates: 'emission',
      'emission-command': 'sh emit.sh',
      'synthetic-inputs': 'inputs.jsonl',
      'required-fields': 'input_id',
      'emission-timeout-ms': '20000'
    })
    const r = await runAction(art12LogGates, io, { workspace: ws, env: { PATH: process.env.PATH } })
    const entries = r?.checks.find(c => c.id === 'emission-entries')
    expect(entries?.message).toBe('an entry for each of 4 input(s) arrived within 20000 ms')
    expect(io.outputs['missing-inputs']).toBe('')
    expect(r?.status).toBe('pass')
  })
})
