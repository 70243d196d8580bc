/**
 * cosign-verify's blob mode over the Sigstore conformance suite's verification cases
 * (sigstore-conformance test/assets/bundle-verify): a case whose directory ends in
 * `_fail` must not pass (fail, or error for a bundle that cannot be read); every
 * other case must pass. Defaults as the suite's README gives them.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import * as path from 'node:path'
import { executeGate } from '@ai-act-gates/action-kit'
import { cosignVerifyGate } from '@ai-act-gates/cosign'
import { describeWithFixtures, fixture } from '../helpers/paths.js'

const DEFAULT_IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main'
const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com'

describeWithFixtures('Sigstore conformance: bundle verification in blob mode', () => {
  const base = fixture('sigstore/conformance/bundle-verify')
  const cases = readdirSync(base).filter(d => statSync(path.join(base, d)).isDirectory())
  const outcomes = new Map<string, string>()

  test('the suite is there, with cases that must pass and cases that must fail', () => {
    expect(cases.filter(c => c.endsWith('_fail')).length).toBeGreaterThan(30)
    expect(cases.filter(c => !c.endsWith('_fail')).length).toBeGreaterThan(15)
  })

  test.each(cases)('%s', async name => {
    const dir = path.join(base, name)
    const has = (f: string): boolean => existsSync(path.join(dir, f))
    const read = async (f: string): Promise<string> =>
      (await import('node:fs/promises')).readFile(path.join(dir, f), 'utf8').then(s => s.trim())
    const inputs: Record<string, string> = {
      bundle: path.join(dir, 'bundle.sigstore.json'),
      artifact: has('artifact') ? path.join(dir, 'artifact') : path.join(base, 'a.txt'),
      'trusted-root': has('trusted_root.json')
        ? path.join(dir, 'trusted_root.json')
        : fixture('sigstore/public-good-trust-root/trusted_root.json')
    }
    if (has('key.pub')) inputs.key = path.join(dir, 'key.pub')
    else {
      inputs['certificate-identity'] = has('identity') ? await read('identity') : DEFAULT_IDENTITY
      inputs['certificate-oidc-issuer'] = has('issuer') ? await read('issuer') : DEFAULT_ISSUER
    }
    const result = await executeGate(cosignVerifyGate, inputs, { workspace: '/', env: {}, log: quiet })
    outcomes.set(name, result.status)
    if (name.endsWith('_fail')) {
      expect(result.status).not.toBe('pass')
      // rejected for what the bundle is, never because the test fed the gate bad inputs
      expect(result.error?.code ?? '').not.toMatch(/^(INPUT_|FILE_NOT_FOUND|PATH_OUTSIDE)/)
    } else {
      expect(result.error).toBeUndefined()
      expect(result.status).toBe('pass')
    }
  })

  afterAll(() => {
    const passed = [...outcomes].filter(([n, s]) => (s === 'pass') === !n.endsWith('_fail')).length
    process.stderr.write(`conformance bundle-verify: ${passed}/${outcomes.size} cases as expected\n`)
  })
})

const quiet = { info: () => undefined, warning: () => undefined, debug: () => undefined }
