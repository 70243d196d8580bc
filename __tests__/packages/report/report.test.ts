import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { readFile, readdir } from 'node:fs/promises'
import * as path from 'node:path'
import {
  escapeData,
  escapeProperty,
  hasFileFindings,
  toAnnotations,
  toJUnitXml,
  toMarkdown,
  toSarif,
  toWorkflowCommand,
  writeReports,
  SUMMARY_MAX_LOCATIONS
} from '@ai-act-gates/report'
import { makeCheck } from '@ai-act-gates/core'
import { validateGateResult } from '@ai-act-gates/action-kit'
import { mixedChecks, resultWith } from '../../helpers/results.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

describe('JUnit XML', () => {
  const xml = toJUnitXml(resultWith(mixedChecks()))
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml)

  test('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
  })

  test('has one testcase per check with counts the reporters read', () => {
    const suite = doc.testsuites.testsuite
    expect(suite).toMatchObject({
      name: 'art12-log-gates',
      tests: '4',
      failures: '2',
      errors: '0',
      skipped: '1',
      time: '1.500'
    })
    expect(suite.testcase).toHaveLength(4)
  })

  test('puts every location in the failure body and escapes markup', () => {
    const failure = doc.testsuites.testsuite.testcase[1].failure
    expect(failure.message).toBe('2 broken links & <bad> (Art.12(1), Art.12(2))')
    expect(failure['#text']).toContain('logs/app.jsonl:17 entry 16 input in-17')
    expect(failure['#text']).toContain('logs/app.1.jsonl:3 entry 102 chain_hash')
  })

  test('a gate that could not run is one errored testcase', () => {
    const r = resultWith([], {
      status: 'error',
      error: { code: 'GLOB_NO_MATCH', message: "logs: pattern 'x' matched no file" }
    })
    const d = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(toJUnitXml(r))
    expect(d.testsuites.testsuite.errors).toBe('1')
    expect(d.testsuites.testsuite.testcase.error.message).toContain('matched no file')
  })
})

describe('SARIF 2.1.0', () => {
  const sarif = toSarif(resultWith(mixedChecks()))
  const run = sarif.runs[0] as any

  test('declares the version and one rule per check', () => {
    expect(sarif.version).toBe('2.1.0')
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual([
      'art12-log-gates/emission',
      'art12-log-gates/integrity',
      'art12-log-gates/storage',
      'art12-log-gates/retention'
    ])
  })

  test('has one result per location of each check that did not pass', () => {
    const results = run.results
    expect(results).toHaveLength(4)
    expect(results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'logs/app.jsonl', uriBaseId: '%SRCROOT%' },
      region: { startLine: 17 }
    })
    expect(results[0].properties).toEqual({ entryIndex: 16, inputId: 'in-17' })
    expect(results[3]).toMatchObject({ level: 'warning', properties: { resource: 'aws_cloudwatch_log_group.ai' } })
    expect(results[3].locations).toBeUndefined()
  })

  test('is written only when findings point at files', () => {
    expect(hasFileFindings(resultWith(mixedChecks()))).toBe(true)
    expect(
      hasFileFindings(resultWith([makeCheck('a', 'A', [], 'fail', 'x', { locations: [{ commit: 'abc' }] })]))
    ).toBe(false)
  })
})

describe('Markdown summary', () => {
  test('shows the status, a table of checks and the first locations', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ file: 'a.jsonl', line: i + 1 }))
    const md = toMarkdown(
      resultWith([makeCheck('x', 'Chain | links', ['Art.12(1)'], 'fail', 'broken', { locations: many })])
    )
    expect(md).toContain('### ❌ art12-log-gates: fail')
    expect(md).toContain('| ❌ | Chain \\| links | Art.12(1) | broken |')
    expect(md).toContain('`a.jsonl:10`')
    expect(md).not.toContain('`a.jsonl:11`')
    expect(md).toContain(`and ${25 - SUMMARY_MAX_LOCATIONS} more`)
  })
})

describe('workflow annotations', () => {
  test('carry file and line and escape what the runner would misread', () => {
    const [first] = toAnnotations(resultWith(mixedChecks()))
    expect(first).toMatchObject({ level: 'error', file: 'logs/app.jsonl', line: 17 })
    const cmd = toWorkflowCommand({
      level: 'error',
      title: 'a: b, c',
      message: '50% done\nnext',
      file: 'x,y.txt',
      line: 3
    })
    expect(cmd).toBe('::error file=x%2Cy.txt,line=3,title=a%3A b%2C c::50%25 done%0Anext')
  })

  test('escape helpers follow the runner rules', () => {
    expect(escapeData('a%\r\n')).toBe('a%25%0D%0A')
    expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc')
  })

  test('a gate error becomes an annotation at its file and line', () => {
    const r = resultWith([], {
      status: 'error',
      error: { code: 'PARSE_ERROR', message: 'bad', file: 'g.yml', line: 4 }
    })
    expect(toAnnotations(r)[0]).toMatchObject({ level: 'error', file: 'g.yml', line: 4 })
  })
})

describe('writeReports', () => {
  let dir: string
  beforeEach(async () => {
    dir = await makeTempDir()
  })
  afterEach(async () => removeDir(dir))

  test('writes the result, JUnit, SARIF, summary and a new ledger file each time', async () => {
    const result = resultWith(mixedChecks())
    validateGateResult(result)
    const first = await writeReports(result, dir)
    const second = await writeReports(result, dir)
    expect(first.result).toBe(second.result)
    expect(first.ledger).not.toBe(second.ledger)
    expect(await readdir(path.join(dir, 'ledger'))).toHaveLength(2)
    expect(JSON.parse(await readFile(first.result, 'utf8'))).toEqual(result)
    expect(first.sarif).toBeDefined()
  })
})
