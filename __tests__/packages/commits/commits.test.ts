/** The pure parts of the commits package: commit objects, allowed_signers lines, ranges, Link headers, policy. */
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { parseConfigText, validateConfig } from '@ai-act-gates/config'
import {
  ALLOWED_SIGNERS_SCHEMA,
  commitObjectId,
  decide,
  nextLink,
  parseCommit,
  parseRangeInput,
  parseSignersFile,
  rangeFromEvent,
  rebuildSignedCommit,
  signatureTypeOf,
  tokenize,
  type EventInfo,
  type SignatureCheck,
  type Signer
} from '@ai-act-gates/commits'
import { describeWithFixtures, fixture, ROOT } from '../../helpers/paths.js'
import { splitSignature } from '../../helpers/github-api.js'

describeWithFixtures('commit objects from the shared fixtures', () => {
  const expected = JSON.parse(readFileSync(fixture('git-signed-commits/EXPECTED.json'), 'utf8')) as Array<{
    file: string
    object_sha1: string
    signature_type: string
    author_email: string
    committer_email: string
  }>

  test.each(expected.map(e => [e.file, e] as const))(
    '%s parses, and its signature goes back where git put it',
    (_f, e) => {
      const raw = readFileSync(path.join(fixture('git-signed-commits'), e.file))
      expect(commitObjectId(raw)).toBe(e.object_sha1)
      const commit = parseCommit(e.object_sha1, raw)
      expect(commit.author.email).toBe(e.author_email)
      expect(commit.committer.email).toBe(e.committer_email)
      const type = { 'x509-cms (gitsign)': 'x509', ssh: 'ssh', pgp: 'openpgp', none: undefined }[e.signature_type]
      expect(commit.signatureType).toBe(type)
      if (commit.signature) {
        // As GitHub's API hands them out: the payload and the signature, split by a separate reader.
        const split = splitSignature(raw.toString('latin1'))
        expect(commit.payload.toString('latin1')).toBe(split.payload)
        expect(commit.signature).toBe(split.signature)
        expect(
          rebuildSignedCommit(e.object_sha1, Buffer.from(split.payload, 'latin1').toString('utf8'), split.signature!)
        ).toEqual(raw)
        expect(rebuildSignedCommit(e.object_sha1, `${split.payload} `, split.signature!)).toBeUndefined()
      }
    }
  )
})

describe('signature armor', () => {
  test.each([
    ['-----BEGIN PGP SIGNATURE-----\n\nabc\n-----END PGP SIGNATURE-----\n', 'openpgp'],
    ['-----BEGIN SSH SIGNATURE-----\nabc\n-----END SSH SIGNATURE-----\n', 'ssh'],
    ['-----BEGIN SIGNED MESSAGE-----\nabc\n-----END SIGNED MESSAGE-----\n', 'x509'],
    ['-----BEGIN SOMETHING ELSE-----\n', 'unknown']
  ])('%j is %s', (armor, type) => {
    expect(signatureTypeOf(armor)).toBe(type)
  })
})

describe("git's allowed_signers format", () => {
  const key = 'AAAAC3NzaC1lZDI1NTE5AAAAIPE+s8bATz1+7Spx8R/74SvtzLHQzZOBcXBOXyhO1rh5'

  test('tokens keep quoted spaces and commas', () => {
    expect(tokenize('a@x,b@x namespaces="git,file" valid-after="2024 01" ssh-ed25519 KEY c')).toEqual([
      'a@x,b@x',
      'namespaces="git,file"',
      'valid-after="2024 01"',
      'ssh-ed25519',
      'KEY',
      'c'
    ])
  })

  test('lines with and without options, comments and blank lines', () => {
    const lines = parseSignersFile(
      `# team\n\nada@x ssh-ed25519 ${key} laptop\n"bob@x,*@y" namespaces="git",valid-before="20300101" ssh-ed25519 ${key}\n`,
      'f'
    )
    expect(lines.map(l => [l.line, l.principals, l.options, l.keyType])).toEqual([
      [3, 'ada@x', {}, 'ssh-ed25519'],
      [4, 'bob@x,*@y', { namespaces: 'git', 'valid-before': '20300101' }, 'ssh-ed25519']
    ])
  })

  test.each([
    ['no key type', 'ada@x AAAA', 'PARSE_ERROR', /^f:1: key: expected "principals \[options\] keytype base64/],
    ['no principal', `ssh-ed25519 ${key}`, 'PARSE_ERROR', /^f:1: principals: the line names no principal/],
    [
      'a key of another type',
      `ada@x ssh-rsa ${key}`,
      'SCHEMA_VIOLATION',
      /^f:1: key: the key data does not hold a ssh-rsa key/
    ],
    [
      'an unknown option',
      `ada@x restrict ssh-ed25519 ${key}`,
      'SCHEMA_VIOLATION',
      /^f:1: options: unknown option 'restrict'/
    ],
    [
      'a bad date',
      `ada@x valid-after="2024" ssh-ed25519 ${key}`,
      'SCHEMA_VIOLATION',
      /^f:1: valid-after: valid-after must be YYYYMMDD/
    ],
    ['an unbalanced quote', `"ada@x ssh-ed25519 ${key}`, 'PARSE_ERROR', /^f:1: unbalanced double quote/],
    ['no key at all', '# nothing\n', 'EMPTY_INPUT', /^f: the allowed_signers file lists no key/]
  ])('%s is an error naming the line', (_name, text, code, message) => {
    let error: any
    try {
      parseSignersFile(text, 'f')
    } catch (e) {
      error = e
    }
    expect(error?.code).toBe(code)
    expect(error?.message).toMatch(message)
  })
})

describe('ranges', () => {
  test.each([
    ['origin/main..HEAD', 'origin/main', 'HEAD'],
    ['abc123..def456', 'abc123', 'def456'],
    ['v1.2.0..v1.3.0', 'v1.2.0', 'v1.3.0']
  ])('%s', (text, base, head) => {
    expect(parseRangeInput(text)).toMatchObject({ kind: 'range', base, head })
  })

  test.each(['main', 'a...b', '..b', 'a..', 'a b..c'])('%s is refused', text => {
    expect(() => parseRangeInput(text)).toThrow(/input 'range' is/)
  })

  const ev = (name: string, payload: Record<string, unknown>): EventInfo => ({
    name,
    path: 'event.json',
    payload,
    locate: () => undefined
  })
  const Z = '0'.repeat(40)
  test.each([
    [
      'push',
      { ref: 'refs/heads/main', before: 'a1', after: 'b2' },
      { kind: 'range', base: 'a1', head: 'b2', forced: false, push: true }
    ],
    [
      'push',
      { ref: 'refs/heads/main', before: 'a1', after: 'b2', forced: true },
      { kind: 'range', forced: true, origin: 'force push to main (before..after)' }
    ],
    [
      'push',
      { ref: 'refs/heads/f/x', before: Z, after: 'b2', repository: { default_branch: 'main' } },
      { kind: 'new-branch', branch: 'f/x', head: 'b2', defaultBranch: 'main' }
    ],
    ['push', { ref: 'refs/tags/v1', before: Z, after: 'b2' }, { kind: 'commits', revs: ['b2'] }],
    [
      'pull_request',
      { pull_request: { number: 3, base: { sha: 'a1' }, head: { sha: 'b2' } } },
      { kind: 'range', base: 'a1', head: 'b2', origin: 'pull_request #3 (base..head)' }
    ],
    [
      'pull_request_target',
      { pull_request: { number: 4, base: { sha: 'a1' }, head: { sha: 'b2' } } },
      { kind: 'range', base: 'a1', head: 'b2' }
    ],
    ['merge_group', { merge_group: { base_sha: 'a1', head_sha: 'b2' } }, { kind: 'range', base: 'a1', head: 'b2' }]
  ])('%s %j', (name, payload, spec) => {
    expect(rangeFromEvent(ev(name, payload))).toMatchObject(spec)
  })
})

test('Link headers: the next page, as GitHub writes them', () => {
  const h =
    '<https://api.github.com/repositories/1/compare/a...b?per_page=100&page=2>; rel="next", <https://api.github.com/repositories/1/compare/a...b?per_page=100&page=3>; rel="last"'
  expect(nextLink(h)).toBe('https://api.github.com/repositories/1/compare/a...b?per_page=100&page=2')
  expect(nextLink('<https://x/?page=1>; rel="prev", <https://x/?page=1>; rel="first"')).toBeUndefined()
  expect(nextLink(null)).toBeUndefined()
})

describe('policy', () => {
  const person: Signer = { name: 'Ada', id: 'ada', kind: 'person', emails: ['ada@example.com'] }
  const bot: Signer = { name: 'Release bot', id: 'bot', kind: 'bot', emails: [] }
  const commit = (email: string) => ({
    sha: 'a'.repeat(40),
    subject: 's',
    author: { name: 'A', email, date: '' },
    committer: { name: 'A', email, date: '' },
    signatureType: 'ssh' as const
  })
  const good = (signer: Signer): SignatureCheck => ({
    status: 'good',
    detail: 'good SSH signature',
    keyId: 'SHA256:x',
    entry: {
      type: 'ssh',
      signer,
      keyType: 'ssh-ed25519',
      base64: '',
      fingerprint: 'SHA256:x',
      options: {},
      revoked: false,
      source: { file: 'f', field: 'k' }
    }
  })
  const policy = { allowPlatformSigned: false, signerMustBeCommitter: false, requireGitHubVerified: false }

  test.each([
    ['a person', good(person), policy, 'ada@example.com', undefined, 'verified', true],
    ['a bot, not allowed', good(bot), policy, 'x@y', undefined, 'platform-signed', false],
    ['a bot, allowed', good(bot), { ...policy, allowPlatformSigned: true }, 'x@y', undefined, 'platform-signed', true],
    [
      'a person signing for another committer',
      good(person),
      { ...policy, signerMustBeCommitter: true },
      'eve@example.com',
      undefined,
      'signer-not-committer',
      false
    ],
    [
      'a person as committer, case aside',
      good(person),
      { ...policy, signerMustBeCommitter: true },
      'Ada@Example.com',
      undefined,
      'verified',
      true
    ],
    [
      'GitHub disagrees',
      good(person),
      { ...policy, requireGitHubVerified: true },
      'ada@example.com',
      { verified: false, reason: 'unknown_key' },
      'github-unverified',
      false
    ],
    [
      'GitHub agrees',
      good(person),
      { ...policy, requireGitHubVerified: true },
      'ada@example.com',
      { verified: true, reason: 'valid' },
      'verified',
      true
    ],
    [
      'an unsigned commit',
      { status: 'unsigned', detail: 'no signature' } as SignatureCheck,
      { ...policy, allowPlatformSigned: true },
      'ada@example.com',
      undefined,
      'unsigned',
      false
    ],
    [
      'a revoked key of a person',
      { ...good(person), status: 'revoked-key' } as SignatureCheck,
      policy,
      'ada@example.com',
      undefined,
      'revoked-key',
      false
    ]
  ])('%s', (_name, check, p, email, github, verdict, pass) => {
    const v = decide(commit(email), check, p, github)
    expect(v.verdict).toBe(verdict)
    expect(v.pass).toBe(pass)
  })
})

test('the example allow-list follows the schema', () => {
  const file = 'examples/allowed-signers.yml'
  const parsed = parseConfigText(readFileSync(path.join(ROOT, file), 'utf8'), file)
  expect(validateConfig(parsed, ALLOWED_SIGNERS_SCHEMA, file)).toMatchObject({ version: 1 })
  const broken = parseConfigText(
    'version: 1\nsigners:\n  - name: X\n    keys:\n      - type: x509\n        identity: x@y\n',
    file
  )
  expect(() => validateConfig(broken, ALLOWED_SIGNERS_SCHEMA, file)).toThrow(
    /^examples\/allowed-signers\.yml:5:\d+: signers\[0\]\.keys\[0\]\.issuer: required field is missing/
  )
})
