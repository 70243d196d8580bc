import { formatAddress, locatePaths, matchesAddress, parseAddress, type ResourceAddress } from '@ai-act-gates/retention'

describe('Terraform addresses', () => {
  test.each([
    'aws_s3_bucket.logs',
    'aws_cloudwatch_log_group.logs[0]',
    'module.logging.aws_cloudwatch_log_group.category["model-version"]',
    'module.archive[0].module.inner["eu.west"].aws_s3_bucket.this',
    'data.aws_s3_bucket.existing',
    'aws_s3_bucket.weird["a]b\\"c"]'
  ])('%s parses and formats back to itself', text => {
    const a = parseAddress(text)
    expect(typeof a).toBe('object')
    expect(formatAddress(a as ResourceAddress)).toBe(text)
  })

  test.each([
    ['aws_s3_bucket', /expected '\.' after resource type/],
    ['module.x', /expected '\.' after module x/],
    ['aws_s3_bucket.logs[x]', /neither a number nor a quoted string/],
    ['aws_s3_bucket.logs.id', /unexpected '\.id'/],
    ['aws_s3_bucket.logs["open', /unclosed \[/]
  ])('%s is not an address', (text, why) => {
    expect(parseAddress(text)).toMatch(why)
  })

  test('a pattern without instance keys matches every instance', () => {
    const pattern = parseAddress('module.archive.aws_s3_bucket.this') as ResourceAddress
    expect(matchesAddress(pattern, parseAddress('module.archive[0].aws_s3_bucket.this') as ResourceAddress)).toBe(true)
    expect(matchesAddress(pattern, parseAddress('module.archive["eu"].aws_s3_bucket.this') as ResourceAddress)).toBe(
      true
    )
    expect(matchesAddress(pattern, parseAddress('aws_s3_bucket.this') as ResourceAddress)).toBe(false)
    const keyed = parseAddress('module.archive[1].aws_s3_bucket.this') as ResourceAddress
    expect(matchesAddress(keyed, parseAddress('module.archive[0].aws_s3_bucket.this') as ResourceAddress)).toBe(false)
  })
})

describe('locating paths in JSON text', () => {
  const text = [
    '{',
    '  "a": {"b": [10, {"c": "x\\"]}"}, 3]},',
    '  "d": "e",',
    '  "f": {',
    '    "g": null',
    '  }',
    '}'
  ].join('\n')

  test('finds keys and array elements by line and column, in one pass', () => {
    const pos = locatePaths(text, [['a', 'b', 1, 'c'], ['d'], ['f', 'g'], ['a', 'b', 2]])
    const line2 = text.split('\n')[1]!
    expect(pos.get('a.b[1].c')).toEqual({ line: 2, column: line2.indexOf('"c"') + 1 })
    expect(pos.get('d')).toEqual({ line: 3, column: 3 })
    expect(pos.get('f.g')).toEqual({ line: 5, column: 5 })
    // The third element, after a string holding an escaped quote and brackets.
    expect(pos.get('a.b[2]')).toEqual({ line: 2, column: line2.lastIndexOf('3') + 1 })
  })

  test('a path that is not there resolves to its deepest ancestor that is', () => {
    const pos = locatePaths(text, [['f', 'missing', 'deeper'], ['nothing']])
    expect(pos.get('f.missing.deeper')).toEqual({ line: 4, column: 3 })
    expect(pos.get('nothing')).toEqual({ line: 1, column: 1 })
  })

  test('agrees with a search of the text on a single-line plan', () => {
    const line = JSON.stringify({ resource_changes: [{ change: { after: { retention_in_days: 30 } } }] })
    const pos = locatePaths(line, [['resource_changes', 0, 'change', 'after', 'retention_in_days']])
    expect(pos.get('resource_changes[0].change.after.retention_in_days')).toEqual({
      line: 1,
      column: line.indexOf('"retention_in_days"') + 1
    })
  })
})
