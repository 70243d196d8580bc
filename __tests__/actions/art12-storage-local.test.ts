/**
 * The storage gate on local files (backend: local) against the real file system:
 * chattr sets the append-only attribute, lsattr reads it back through the gate.
 * Needs root on a file system with attributes (ext4 here); without them the suite is
 * reported as not run, never as passed. ramfs, which keeps no such attributes, is
 * the "cannot say" case, which fails.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, realpathSync } from 'node:fs'
import { chmod, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { runAction } from '@ai-act-gates/action-kit'
import { art12LogGates } from '@ai-act-gates/art12'
import { fakeActionIO } from '../fixtures/action-io.js'
import { makeTempDir, removeDir } from '../helpers/tmp.js'

function attributesWork(): boolean {
  if (process.getuid?.() !== 0) return false
  const dir = mkdtempSync(path.join(realpathSync(process.env.TMPDIR ?? '/tmp'), 'aag-attr-'))
  const file = path.join(dir, 'probe')
  try {
    execFileSync('sh', ['-c', `: > '${file}'`])
    const set = spawnSync('chattr', ['+a', file])
    spawnSync('chattr', ['-a', file])
    return set.status === 0
  } catch {
    return false
  } finally {
    spawnSync('rm', ['-rf', dir])
  }
}

const HAVE_ATTRIBUTES = attributesWork()
const describeWithAttributes = HAVE_ATTRIBUTES ? describe : describe.skip
if (!HAVE_ATTRIBUTES) {
  process.stderr.write(
    '[did not run] storage gate on local files: needs root and chattr/lsattr on a file system with attributes\n'
  )
}

const POLICY = JSON.stringify({ backend: 'local', append_only: true, worm_enabled: true })
const LINE = '{"input_id":"a","chain_hash":"x"}\n'

let ws: string
const attributed: string[] = []
beforeEach(async () => {
  ws = await makeTempDir()
})
afterEach(async () => {
  // Files with the append-only attribute cannot be removed until it is cleared.
  for (const f of attributed.splice(0)) spawnSync('chattr', ['-a', '-i', f])
  await removeDir(ws)
})

async function storage(dir: string) {
  await writeFile(path.join(dir, 'policy.json'), POLICY)
  const io = fakeActionIO('art12-log-gates', {
    logs: 'logs/app.log*',
    gates: 'storage',
    'storage-policy': 'policy.json',
    'report-dir': ''
  })
  const result = (await runAction(art12LogGates, io, { workspace: dir, env: {} }))!
  return result.checks.find(c => c.id === 'storage-local-files')!
}

async function writeLogs(dir: string): Promise<{ closed: string; live: string }> {
  const logs = path.join(dir, 'logs')
  execFileSync('mkdir', ['-p', logs])
  const closed = path.join(logs, 'app.log.1')
  const live = path.join(logs, 'app.log')
  await writeFile(closed, LINE)
  await writeFile(live, LINE)
  return { closed, live }
}

describeWithAttributes('the storage gate reads the append-only attribute of local log files', () => {
  test('a writable closed file and a live file without +a fail, each named with its fix', async () => {
    await writeLogs(ws)
    const check = await storage(ws)
    expect(check.status).toBe('fail')
    expect(check.locations!.map(l => [l.file, l.field])).toEqual([
      ['logs/app.log.1', 'mode 644'],
      ['logs/app.log', 'attributes']
    ])
    expect(check.message).toMatch(/chmod a-w/)
    expect(check.message).toMatch(/chattr \+a/)
  })

  test('closed files read-only and the live file append-only (chattr +a) pass', async () => {
    const { closed, live } = await writeLogs(ws)
    await chmod(closed, 0o444)
    execFileSync('chattr', ['+a', live])
    attributed.push(live)
    const check = await storage(ws)
    expect([check.status, check.message]).toEqual(['pass', 'closed files read-only; logs/app.log: append-only (a)'])
    // The attribute is real: the kernel refuses to truncate the live file.
    expect(() => execFileSync('sh', ['-c', `: > '${live}'`], { stdio: 'pipe' })).toThrow()
  })

  test('an immutable closed file (chattr +i) counts as read-only even with write bits', async () => {
    const { closed, live } = await writeLogs(ws)
    execFileSync('chattr', ['+i', closed])
    execFileSync('chattr', ['+a', live])
    attributed.push(closed, live)
    expect((await storage(ws)).status).toBe('pass')
  })

  test('a file system that keeps no attributes (ramfs) is unknown, which fails', async () => {
    const dir = path.join(ws, 'ramfs')
    execFileSync('mkdir', [dir])
    const mounted = spawnSync('mount', ['-t', 'ramfs', 'ramfs', dir])
    if (mounted.status !== 0) {
      process.stderr.write(`[did not run] ramfs case: mount failed (${mounted.stderr.toString().trim()})\n`)
      return
    }
    try {
      const { closed } = await writeLogs(dir)
      await chmod(closed, 0o444)
      const check = await storage(dir)
      expect(check.status).toBe('unknown')
      expect(check.message).toMatch(/cannot report append-only attributes: logs\/app\.log\.1: Operation not supported/)
      const io = fakeActionIO('art12-log-gates', {
        logs: 'logs/app.log*',
        gates: 'storage',
        'storage-policy': 'policy.json',
        'report-dir': ''
      })
      expect((await runAction(art12LogGates, io, { workspace: dir, env: {} }))!.status).toBe('fail')
    } finally {
      spawnSync('umount', [dir])
    }
  })
})
