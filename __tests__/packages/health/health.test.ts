/**
 * Pipeline health over real audit records (local runs that pass, skip a gate and fail
 * to run one, and a GitHub run read from the documented API examples): the figures,
 * the SVG chart, and OpenTelemetry CI/CD traces and metrics sent over OTLP/HTTP JSON to
 * a receiver on 127.0.0.1 that checks the payload's shape.
 */
import { generateKeyPairSync } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { runAction } from '@ai-act-gates/action-kit'
import { auditRecordGate } from '@ai-act-gates/audit'
import { distribution, maxOverlap, quantile } from '@ai-act-gates/health'
import { fakeActionIO } from '../../fixtures/action-io.js'
import { runPython } from '../../helpers/python.js'
import { runCli } from '../../helpers/cli.js'
import { startGitHubApi } from '../../helpers/github-actions-api.js'
import { describeWithFixtures } from '../../helpers/paths.js'
import { gatesYaml, THREE_GATES, writeWorkspace } from '../../helpers/suite.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

test.each([
  [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5, 5],
  [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9],
  [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95, 10],
  [[7], 0.5, 7]
])('quantile(%j, %d) is %d (nearest rank)', (values, q, expected) => {
  expect(quantile(values, q)).toBe(expected)
})

test('distribution and queue depth', () => {
  expect(distribution([])).toEqual({ count: 0 })
  expect(distribution([3, 1, 2])).toEqual({ count: 3, p50: 2, p90: 3, p95: 3, max: 3, mean: 2 })
  expect(
    maxOverlap([
      [0, 10],
      [5, 15],
      [9, 12],
      [15, 20]
    ])
  ).toBe(3)
  expect(maxOverlap([[0, 0]])).toBe(0)
})

/** A receiver of OTLP/HTTP JSON that keeps what it was sent. */
async function startReceiver(status = 200) {
  const received: Array<{ path: string; contentType: string | undefined; body: any }> = []
  const server = createServer((req: IncomingMessage, res) => {
    let data = ''
    req.on('data', c => (data += c))
    req.on('end', () => {
      received.push({ path: req.url ?? '', contentType: req.headers['content-type'], body: JSON.parse(data) })
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(status === 200 ? '{}' : '{"message":"collector overloaded"}')
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>(resolve => server.close(() => resolve()))
  }
}

const HEX = (n: number) => new RegExp(`^[0-9a-f]{${n}}$`)
const NANOS = /^\d{19}$/

function attrs(list: Array<{ key: string; value: Record<string, unknown> }>): Record<string, unknown> {
  return Object.fromEntries(list.map(a => [a.key, Object.values(a.value)[0]]))
}

describeWithFixtures('ai-act-gates health', () => {
  let ws: string
  beforeAll(async () => {
    ws = await makeTempDir()
    await writeWorkspace(ws)
    const run = async (config: string, dir: string): Promise<number> =>
      (await runCli(['run', '--config', config, '--report-dir', dir, '--quiet'], { cwd: ws })).code
    // Run 1 passes; run 2 drops hash-metrics; run 3 cannot run hash-metrics.
    expect(await run('gates.yml', 'records/run1')).toBe(0)
    await writeFile(path.join(ws, 'skip.yml'), gatesYaml([THREE_GATES[0]!, THREE_GATES[2]!]))
    expect(
      (
        await runCli(['run', '--config', 'skip.yml', '--report-dir', 'records/run2', '--no-record', '--quiet'], {
          cwd: ws
        })
      ).code
    ).toBe(0)
    const audit = await runCli(
      [
        'audit-record',
        '--config',
        'gates.yml',
        '--ledger',
        'records/run2/ledger/*.json',
        '--record',
        'records/run2/audit-record.json',
        '--report-dir',
        ''
      ],
      { cwd: ws }
    )
    expect(audit.code).toBe(1)
    await writeFile(
      path.join(ws, 'broken.yml'),
      gatesYaml([
        THREE_GATES[0]!,
        { id: 'hash-metrics', with: { paths: 'metrics/*.csv', manifest: '${report-dir}/m.json' } },
        THREE_GATES[2]!
      ])
    )
    expect(await run('broken.yml', 'records/run3')).toBe(2)
    // Run 4: a GitHub Actions run, its jobs read from the documented API examples.
    await writeFile(
      path.join(ws, 'key.pem'),
      generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' })
    )
    const api = await startGitHubApi({ repository: 'octo-org/octo-repo', runId: 30433642, token: 't' })
    const env = {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_RUN_ID: '30433642',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_API_URL: api.url,
      GITHUB_WORKFLOW: 'Build'
    }
    expect(
      (await runCli(['run', '--config', 'gates.yml', '--report-dir', 'gh', '--no-record', '--quiet'], { cwd: ws, env }))
        .code
    ).toBe(0)
    const io = fakeActionIO('audit-record', {
      config: 'gates.yml',
      ledger: 'gh/ledger/*.json',
      record: 'records/run4/audit-record.json',
      'signing-key': 'key.pem',
      'github-token': 't',
      'report-dir': ''
    })
    expect((await runAction(auditRecordGate, io, { workspace: ws, env }))?.status).toBe('pass')
    await api.close()
  })
  afterAll(async () => removeDir(ws))

  test('reports success rate, durations, queue wait and pass rate per gate, and flags the failing runs', async () => {
    const r = await runCli(['health', '--records', 'records', '--out', 'health', '--json'], { cwd: ws })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const h = JSON.parse(r.stdout)
    expect(h.runs).toBe(4)
    expect(h.byStatus).toEqual({ pass: 2, fail: 1, error: 1 })
    expect(h.successRate).toBe(0.5)
    expect(h.durationSeconds.count).toBe(4)
    // The GitHub run's record spans the documented job times (2020) to now: the longest run.
    expect(h.durationSeconds.max).toBeGreaterThan(3600)
    expect(h.queueWaitSeconds).toEqual({ count: 4, p50: 14, p90: 28, p95: 28, max: 28, mean: 17.5 })
    expect(h.maxQueueDepth).toBe(1)
    const metrics = h.gates.find((g: any) => g.id === 'hash-metrics')
    expect(metrics).toEqual({
      id: 'hash-metrics',
      uses: 'evidence-hash',
      expected: 4,
      passed: 2,
      failed: 0,
      errored: 1,
      missing: 1,
      passRate: 0.5
    })
    expect(h.gates.find((g: any) => g.id === 'hash-evidence').passRate).toBe(1)
    expect(h.flagged.map((f: any) => [f.status, f.checks])).toEqual(
      expect.arrayContaining([
        ['fail', ['expected-gates-ran', 'no-gate-skipped']],
        ['error', ['results-non-empty', 'gates-passed']]
      ])
    )
    const md = await readFile(path.join(ws, 'health/health.md'), 'utf8')
    expect(md).toContain('4 run(s)')
    expect(md).toContain('**50.0%** passed their audit record (2 pass, 1 fail, 1 error)')
    expect(md).toContain('| hash-metrics | `evidence-hash` | 4 | 2 | 0 | 1 | 1 | 50.0% |')
    expect(md).toContain('![Pipeline health](health.svg)')
  })

  test('draws a well-formed SVG chart: a bar per run coloured by status, a bar per gate', async () => {
    await runCli(['health', '--records', 'records/*/audit-record.json', '--out', 'chart'], { cwd: ws })
    const svg = await readFile(path.join(ws, 'chart/health.svg'), 'utf8')
    expect(XMLValidator.validate(svg)).toBe(true)
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg).svg
    const fills = (doc.rect as Array<Record<string, string>>).map(r => r['@_fill'])
    expect(fills.filter(f => f === '#2da44e').length).toBeGreaterThanOrEqual(2 + 3) // 2 passing runs, 3 gate bars with passes
    expect(fills).toContain('#cf222e')
    expect(fills).toContain('#7d1a1a')
    expect(fills).toContain('#8c959f') // the skipped gate
    const texts = [doc.text].flat().map((t: any) => (typeof t === 'string' ? t : t['#text']))
    expect(texts).toContain('Pipeline health: 4 run(s), 50% passed their audit record')
    expect(texts).toEqual(expect.arrayContaining(['hash-evidence', 'hash-metrics', 'verify-evidence', '50%', '100%']))
  })

  test('sends OpenTelemetry CI/CD traces and metrics over OTLP/HTTP JSON', async () => {
    const receiver = await startReceiver()
    try {
      const r = await runCli(
        [
          'health',
          '--records',
          'records',
          '--out',
          'otlp',
          '--otlp-endpoint',
          receiver.url,
          '--otlp-header',
          'x-api-key=secret'
        ],
        { cwd: ws }
      )
      expect(r.code).toBe(0)
      expect(r.stdout).toContain(`sent:      ${receiver.url}/v1/traces, ${receiver.url}/v1/metrics`)
    } finally {
      await receiver.close()
    }
    expect(receiver.received.map(x => [x.path, x.contentType])).toEqual([
      ['/v1/traces', 'application/json'],
      ['/v1/metrics', 'application/json']
    ])
    const traces = receiver.received[0]!.body
    const res = attrs(traces.resourceSpans[0].resource.attributes)
    expect(res['service.name']).toBe('ai-act-gates')
    const spans = traces.resourceSpans[0].scopeSpans[0].spans as any[]
    for (const s of spans) {
      expect(s.traceId).toMatch(HEX(32))
      expect(s.spanId).toMatch(HEX(16))
      expect(s.startTimeUnixNano).toMatch(NANOS)
      expect(BigInt(s.endTimeUnixNano) >= BigInt(s.startTimeUnixNano)).toBe(true)
      for (const a of s.attributes) expect(Object.keys(a.value)).toHaveLength(1)
    }
    const roots = spans.filter(s => s.kind === 2)
    expect(roots).toHaveLength(4)
    expect(new Set(roots.map(s => s.traceId)).size).toBe(4)
    const github = roots.find(s => attrs(s.attributes)['cicd.pipeline.run.id'] === '30433642')
    expect(github.name).toBe('RUN Build')
    expect(attrs(github.attributes)).toMatchObject({
      'cicd.pipeline.name': 'Build',
      'cicd.pipeline.action.name': 'RUN',
      'cicd.pipeline.result': 'success',
      'cicd.pipeline.run.url.full': 'https://github.com/octo-org/octo-repo/actions/runs/30433642'
    })
    const children = spans.filter(s => s.parentSpanId === github.spanId)
    const build = children.find(s => s.name === 'build')
    expect(attrs(build.attributes)).toMatchObject({
      'cicd.pipeline.task.name': 'build',
      'cicd.pipeline.task.run.id': '399444496',
      'cicd.pipeline.task.run.result': 'success',
      'cicd.worker.name': 'my runner'
    })
    expect(build.startTimeUnixNano).toBe(String(Date.parse('2020-01-20T17:42:40Z')) + '000000')
    const failed = roots.find(s => attrs(s.attributes)['cicd.pipeline.result'] === 'failure')
    expect(attrs(failed.attributes)['error.type']).toBe('expected-gates-ran')
    expect(failed.status.code).toBe(2)
    const skipped = spans.find(s => s.parentSpanId === failed.spanId && s.name === 'hash-metrics')
    expect(attrs(skipped.attributes)['cicd.pipeline.task.run.result']).toBe('skip')

    const metrics = receiver.received[1]!.body.resourceMetrics[0].scopeMetrics[0].metrics as any[]
    expect(metrics.map(m => m.name)).toEqual([
      'cicd.pipeline.run.duration',
      'cicd.pipeline.run.errors',
      'ai_act_gates.gate.runs',
      'ai_act_gates.job.queue_wait'
    ])
    const duration = metrics[0]
    expect(duration.unit).toBe('s')
    for (const p of [...duration.histogram.dataPoints, ...metrics[3].histogram.dataPoints]) {
      expect(p.bucketCounts).toHaveLength(p.explicitBounds.length + 1)
      expect(p.bucketCounts.reduce((a: number, b: string) => a + Number(b), 0)).toBe(Number(p.count))
    }
    const states = duration.histogram.dataPoints.map((p: any) => {
      const a = attrs(p.attributes)
      return [a['cicd.pipeline.name'], a['cicd.pipeline.run.state'], a['cicd.pipeline.result'], p.count]
    })
    expect(states).toEqual([
      ['Build', 'pending', 'success', '1'],
      ['ai-act-gates run', 'executing', 'success', '1'],
      ['ai-act-gates run', 'executing', 'failure', '1'],
      ['ai-act-gates run', 'executing', 'error', '1'],
      ['Build', 'executing', 'success', '1']
    ])
    const gateRuns = metrics[2].sum.dataPoints.map((p: any) => [
      attrs(p.attributes)['cicd.pipeline.task.name'],
      attrs(p.attributes)['cicd.pipeline.task.run.result'],
      p.asInt
    ])
    // Grouped by pipeline too: the local runs and the GitHub run ("Build") are separate series.
    expect(gateRuns.filter((g: string[]) => g[0] === 'hash-metrics')).toEqual([
      ['hash-metrics', 'success', '1'],
      ['hash-metrics', 'skip', '1'],
      ['hash-metrics', 'error', '1'],
      ['hash-metrics', 'success', '1']
    ])
    expect(metrics[1].sum.isMonotonic).toBe(true)
  })

  test('a refusing collector, an invalid record and no record at all are errors (exit 2)', async () => {
    const receiver = await startReceiver(503)
    try {
      const r = await runCli(['health', '--records', 'records', '--out', 'refused', '--otlp-endpoint', receiver.url], {
        cwd: ws
      })
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(`otlp-endpoint: OTLP endpoint answered 503 for ${receiver.url}/v1/traces`)
    } finally {
      await receiver.close()
    }
    await mkdir(path.join(ws, 'bad/x'), { recursive: true })
    const record = JSON.parse(await readFile(path.join(ws, 'records/run1/audit-record.json'), 'utf8'))
    record.gates[0].status = 'passed'
    await writeFile(path.join(ws, 'bad/x/audit-record.json'), JSON.stringify(record, null, 2))
    const bad = await runCli(['health', '--records', 'bad'], { cwd: ws })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(
      /^ai-act-gates health: bad\/x\/audit-record\.json:\d+:\d+: gates\[0\]\.status: must be one of "pass", "fail", "error", "missing"/
    )
    await rename(path.join(ws, 'bad/x/audit-record.json'), path.join(ws, 'bad/x/other.json'))
    expect((await runCli(['health', '--records', 'bad'], { cwd: ws })).stderr).toContain(
      "pattern 'bad/**/*audit-record.json' matched no file"
    )
  })

  test('fetches the records uploaded as artifacts through the GitHub API (zip archives, redirects, pages)', async () => {
    // Archives made by Python's zipfile, an independent writer: run1 deflated, run2 stored.
    const zip = (dir: string, method: string): Buffer =>
      runPython(
        `import io, sys, zipfile\nb = io.BytesIO()\nwith zipfile.ZipFile(b, 'w', zipfile.${method}) as z:\n  z.write(sys.argv[1] + '/audit-record.json', 'audit-record.json')\n  z.writestr('audit-record.intoto.json', '{}')\nsys.stdout.buffer.write(b.getvalue())`,
        '',
        [path.join(ws, dir)]
      )
    const archives: Record<number, Buffer> = {
      11: zip('records/run1', 'ZIP_DEFLATED'),
      12: zip('records/run2', 'ZIP_STORED'),
      14: Buffer.from('not a zip')
    }
    // The shape of GitHub's documented "List artifacts for a repository" example.
    const artifact = (id: number, name: string, expired: boolean, created: string) => ({
      id,
      node_id: 'MDg6QXJ0aWZhY3QxMQ==',
      name,
      size_in_bytes: archives[id]?.length ?? 0,
      url: `https://api.github.com/repos/octo-org/octo-docs/actions/artifacts/${id}`,
      archive_download_url: `https://api.github.com/repos/octo-org/octo-docs/actions/artifacts/${id}/zip`,
      expired,
      created_at: created,
      expires_at: '2030-03-21T14:59:22Z',
      updated_at: created,
      workflow_run: {
        id: 2000 + id,
        repository_id: 1,
        head_repository_id: 1,
        head_branch: 'main',
        head_sha: '009b8a3a9ccbb128af87f9b1c0f4c62e8a304f6d'
      }
    })
    let artifacts = [
      artifact(11, 'ai-act-gates-audit-record-2011-1', false, '2026-01-10T14:59:22Z'),
      artifact(12, 'ai-act-gates-audit-record-2012-1', false, '2026-01-11T14:59:22Z'),
      artifact(13, 'ai-act-gates-audit-record-2013-1', true, '2025-01-11T14:59:22Z'),
      artifact(15, 'coverage', false, '2026-01-12T14:59:22Z')
    ]
    const seen: string[] = []
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      seen.push(url.pathname + url.search)
      if (req.headers.authorization !== 'Bearer tok' && !url.pathname.startsWith('/storage/')) {
        res.writeHead(401).end('{}')
        return
      }
      if (url.pathname === '/repos/octo-org/octo-repo/actions/artifacts') {
        const page = Number(url.searchParams.get('page') ?? '1')
        const body = { total_count: artifacts.length, artifacts: artifacts.slice((page - 1) * 2, page * 2) }
        const headers: Record<string, string> = { 'content-type': 'application/json' }
        if (page * 2 < artifacts.length)
          headers.link = `<http://127.0.0.1:${(server.address() as AddressInfo).port}${url.pathname}?per_page=100&page=${page + 1}>; rel="next"`
        res.writeHead(200, headers).end(JSON.stringify(body))
        return
      }
      const m = /^\/repos\/octo-org\/octo-repo\/actions\/artifacts\/(\d+)\/zip$/.exec(url.pathname)
      if (m) {
        res.writeHead(302, { location: `/storage/${m[1]}.zip` }).end()
        return
      }
      const blob = /^\/storage\/(\d+)\.zip$/.exec(url.pathname)
      if (blob && archives[Number(blob[1])]) {
        res.writeHead(200, { 'content-type': 'application/zip' }).end(archives[Number(blob[1])])
        return
      }
      res.writeHead(404).end('{}')
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const env = {
      PATH: process.env.PATH,
      GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      GITHUB_TOKEN: 'tok'
    }
    try {
      const r = await runCli(['health', '--github-repository', 'octo-org/octo-repo', '--out', 'api', '--json'], {
        cwd: ws,
        env
      })
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      const h = JSON.parse(r.stdout)
      expect(h.runs).toBe(2)
      expect(h.byStatus).toEqual({ pass: 1, fail: 1, error: 0 })
      expect(seen).toEqual(
        expect.arrayContaining([
          '/repos/octo-org/octo-repo/actions/artifacts?per_page=100&page=2',
          '/storage/11.zip',
          '/storage/12.zip'
        ])
      )
      expect(seen).not.toContain('/repos/octo-org/octo-repo/actions/artifacts/13/zip')

      artifacts = [artifact(14, 'ai-act-gates-audit-record-2014-1', false, '2026-02-01T00:00:00Z')]
      const broken = await runCli(['health', '--github-repository', 'octo-org/octo-repo', '--out', 'api2'], {
        cwd: ws,
        env
      })
      expect(broken.code).toBe(2)
      expect(broken.stderr).toContain(
        'ai-act-gates-audit-record-2014-1.zip: not a readable ZIP archive: no end of central directory'
      )
    } finally {
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  })
})
