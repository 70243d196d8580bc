import { parseLockfile, lockfileKind } from '@ai-act-gates/sbom'

const NPM_LOCK = `{
  "name": "scorer-ui",
  "lockfileVersion": 3,
  "packages": {
    "": { "name": "scorer-ui", "version": "1.0.0" },
    "node_modules/@acme/charts": {
      "version": "2.1.0",
      "resolved": "https://registry.npmjs.org/@acme/charts/-/charts-2.1.0.tgz",
      "integrity": "sha512-${Buffer.alloc(64, 1).toString('base64')}",
      "license": "MIT"
    },
    "node_modules/left-pad": { "version": "1.3.0", "dev": true, "integrity": "sha1-${Buffer.alloc(20, 2).toString('base64')}" },
    "node_modules/@acme/charts/node_modules/left-pad": { "version": "1.1.0" },
    "packages/local": { "link": true }
  }
}
`

test('package-lock.json v3: purls, SRI hashes as hex, nested copies, dev flag, lines', () => {
  const pkgs = parseLockfile(NPM_LOCK, 'package-lock.json', 'npm')
  expect(pkgs.map(p => [p.purl, p.line, p.development ?? false])).toEqual([
    ['pkg:npm/%40acme/charts@2.1.0', 6, false],
    ['pkg:npm/left-pad@1.3.0', 12, true],
    ['pkg:npm/left-pad@1.1.0', 13, false]
  ])
  expect(pkgs[0]!.hashes).toEqual({ 'SHA-512': '01'.repeat(64) })
  expect(pkgs[0]!.license).toBe('MIT')
  expect(pkgs[1]!.hashes).toEqual({ 'SHA-1': '02'.repeat(20) })
})

test('requirements.txt: pins, continuation lines with hashes, comments, extras, unpinned kept with their specifier', () => {
  const text = [
    '# generated',
    'numpy==1.26.4 \\',
    `    --hash=sha256:${'a'.repeat(64)} \\`,
    `    --hash=sha256:${'b'.repeat(64)}`,
    'Scikit_Learn[alldeps]==1.4.2  # inline comment',
    '-r base.txt',
    'fastapi>=0.110',
    "typing-extensions==4.11.0 ; python_version < '3.12'"
  ].join('\n')
  const pkgs = parseLockfile(text, 'requirements.txt', 'requirements')
  expect(pkgs.map(p => [p.name, p.version, p.purl, p.line])).toEqual([
    ['numpy', '1.26.4', 'pkg:pypi/numpy@1.26.4', 2],
    ['Scikit_Learn', '1.4.2', 'pkg:pypi/scikit-learn@1.4.2', 5],
    ['fastapi', undefined, undefined, 7],
    ['typing-extensions', '4.11.0', 'pkg:pypi/typing-extensions@4.11.0', 8]
  ])
  expect(pkgs[0]!.distributions.map(d => d.sha256)).toEqual(['a'.repeat(64), 'b'.repeat(64)])
  expect(pkgs[2]!.specifier).toBe('>=0.110')
})

test('a direct URL requirement is refused with its line', () => {
  expect(() => parseLockfile('ok==1\nhttps://example.org/x.whl\n', 'requirements.txt', 'requirements')).toThrow(
    expect.objectContaining({ code: 'UNSUPPORTED', location: { file: 'requirements.txt', line: 2 } })
  )
})

test('poetry.lock: every file with its sha256', () => {
  const text = `
[[package]]
name = "numpy"
version = "1.26.4"
files = [
    {file = "numpy-1.26.4-cp311-cp311-manylinux_2_17_x86_64.whl", hash = "sha256:${'c'.repeat(64)}"},
    {file = "numpy-1.26.4.tar.gz", hash = "sha256:${'d'.repeat(64)}"},
]

[[package]]
name = "PyYAML"
version = "6.0.1"
files = []

[metadata]
lock-version = "2.0"
`
  const pkgs = parseLockfile(text, 'poetry.lock', 'poetry')
  expect(pkgs.map(p => [p.purl, p.line, p.distributions.length])).toEqual([
    ['pkg:pypi/numpy@1.26.4', 2, 2],
    ['pkg:pypi/pyyaml@6.0.1', 10, 0]
  ])
  expect(pkgs[0]!.distributions[1]).toEqual({ url: 'numpy-1.26.4.tar.gz', sha256: 'd'.repeat(64) })
})

test('uv.lock: sdist and wheels with their URLs and hashes', () => {
  const text = `version = 1
requires-python = ">=3.11"

[[package]]
name = "idna"
version = "3.7"
source = { registry = "https://pypi.org/simple" }
sdist = { url = "https://files.pythonhosted.org/packages/idna-3.7.tar.gz", hash = "sha256:${'e'.repeat(64)}", size = 189575 }
wheels = [
    { url = "https://files.pythonhosted.org/packages/idna-3.7-py3-none-any.whl", hash = "sha256:${'f'.repeat(64)}", size = 66836 },
]
`
  const [idna] = parseLockfile(text, 'uv.lock', 'uv')
  expect(idna).toMatchObject({ purl: 'pkg:pypi/idna@3.7', line: 4 })
  expect(idna!.distributions).toEqual([
    { url: 'https://files.pythonhosted.org/packages/idna-3.7.tar.gz', sha256: 'e'.repeat(64) },
    { url: 'https://files.pythonhosted.org/packages/idna-3.7-py3-none-any.whl', sha256: 'f'.repeat(64) }
  ])
})

test.each([
  ['poetry.lock', 'poetry', '[[package]]\nname = "x"\nversion = \n', /poetry.lock:3/],
  [
    'package-lock.json',
    'npm',
    '{\n  "lockfileVersion": 3,\n  "packages": {\n}',
    /package-lock.json:4:2: expected ',' or '}'/
  ],
  ['package-lock.json', 'npm', '{"lockfileVersion": 1, "dependencies": {}}', /only package-lock.json v2 and v3/]
] as const)('malformed %s is an error naming file and line', (file, kind, text, message) => {
  expect(() => parseLockfile(text, file, kind)).toThrow(message)
})

test.each([
  ['app/package-lock.json', 'npm'],
  ['requirements-dev.txt', 'requirements'],
  ['svc/poetry.lock', 'poetry'],
  ['uv.lock', 'uv'],
  ['Pipfile.lock', undefined]
])('%s is a %s lockfile', (file, kind) => {
  expect(lockfileKind(file)).toBe(kind)
})
