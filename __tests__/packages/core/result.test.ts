import {
  deriveStatus,
  makeCheck,
  GateError,
  formatMessage,
  toGateError,
  readRunContext,
  type CheckStatus
} from '@ai-act-gates/core'

const checks = (...statuses: CheckStatus[]) => statuses.map((s, i) => makeCheck(`c${i}`, 'check', [], s, 'msg'))

describe('deriveStatus fails closed', () => {
  test.each<[string, CheckStatus[], string]>([
    ['no checks at all', [], 'error'],
    ['every check passed', ['pass', 'pass'], 'pass'],
    ['one check failed', ['pass', 'fail'], 'fail'],
    ['an undecidable value', ['pass', 'unknown'], 'fail'],
    ['a check errored', ['pass', 'error', 'fail'], 'error'],
    ['every check was skipped', ['skipped', 'skipped'], 'error'],
    ['a skipped check beside passing ones', ['pass', 'skipped'], 'pass']
  ])('%s gives %s', (_name, statuses, expected) => {
    expect(deriveStatus(checks(...statuses))).toBe(expected)
  })
})

describe('GateError', () => {
  test('puts the location first in its message', () => {
    const e = new GateError('SCHEMA_VIOLATION', 'must be integer', {
      file: 'a.yml',
      line: 3,
      column: 5,
      field: 'gates[0].min'
    })
    expect(e.message).toBe('a.yml:3:5: gates[0].min: must be integer')
    expect(e.code).toBe('SCHEMA_VIOLATION')
  })

  test('adds the hint', () => {
    expect(formatMessage('no match', { field: 'paths' }, 'Check the pattern')).toBe(
      'paths: no match. Check the pattern'
    )
  })

  test.each([
    ['ENOENT', 'FILE_NOT_FOUND'],
    ['EACCES', 'FILE_UNREADABLE'],
    ['EISDIR', 'FILE_UNREADABLE'],
    ['EEXIST', 'FILE_EXISTS'],
    ['EIO', 'INTERNAL']
  ])('translates %s into %s naming the file', (errno, code) => {
    const err = Object.assign(new Error(errno), { code: errno })
    const e = toGateError(err, 'logs/a.jsonl')
    expect(e.code).toBe(code)
    expect(e.message.startsWith('logs/a.jsonl: ')).toBe(true)
  })
})

test('readRunContext reads the runner environment', () => {
  expect(
    readRunContext({ GITHUB_ACTIONS: 'true', GITHUB_RUN_ID: '42', GITHUB_ACTION: 'hash', GITHUB_SHA: '' })
  ).toEqual({
    provider: 'github-actions',
    runId: '42',
    step: 'hash'
  })
  expect(readRunContext({}).provider).toBe('local')
})
