/** Paths tests share: the repository root, the built CLI, the shared fixtures. */
import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The built CLI bundle. */
export const DIST_CLI = path.join(ROOT, 'dist/cli/index.js')

/**
 * Test material written by others (Sigstore conformance, CycloneDX, RFC 8785, ...).
 * Read in place, never copied: AI_ACT_GATES_FIXTURES overrides the default
 * `../shared/fixtures` next to the repository.
 */
export const FIXTURES = path.resolve(process.env.AI_ACT_GATES_FIXTURES ?? path.join(ROOT, '../shared/fixtures'))

/** True when the shared fixtures folder is present. */
export const HAVE_FIXTURES = existsSync(path.join(FIXTURES, 'SOURCES.md'))

/**
 * `describe` for suites that need the shared fixtures: without the folder the suite
 * is reported as skipped (never as passed), with the reason on stderr. With
 * AI_ACT_GATES_REQUIRE_FIXTURES=1 a missing folder is a failure instead.
 */
export function describeWithFixtures(name: string, fn: () => void): void {
  if (HAVE_FIXTURES) {
    describe(name, fn)
    return
  }
  if (process.env.AI_ACT_GATES_REQUIRE_FIXTURES === '1') {
    describe(name, () => {
      test('needs the shared fixtures', () => {
        throw new Error(`shared fixtures not found at ${FIXTURES}; set AI_ACT_GATES_FIXTURES`)
      })
    })
    return
  }
  process.stderr.write(`[did not run] ${name}: shared fixtures not found at ${FIXTURES} (set AI_ACT_GATES_FIXTURES)\n`)
  // The body is not run: it reads the fixtures while collecting its tests.
  describe.skip(name, () => {
    test.skip('needs the shared fixtures', () => undefined)
  })
}

/** Path of a fixture file. */
export function fixture(...parts: string[]): string {
  return path.join(FIXTURES, ...parts)
}
