/**
 * The repository's own contracts: the runtime is Node 24, every action.yml and
 * workflow validates against the published schemas, generated files are in step.
 */
import { validateAction, validateWorkflow } from '@action-validator/core'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './helpers/paths.js'

const actionFiles = [
  path.join(ROOT, 'action.yml'),
  ...readdirSync(path.join(ROOT, 'actions')).map(n => path.join(ROOT, 'actions', n, 'action.yml'))
].filter(existsSync)
const workflowDirs = [path.join(ROOT, '.github/workflows'), path.join(ROOT, 'examples/workflows')]
const workflowFiles = workflowDirs.filter(existsSync).flatMap(d =>
  readdirSync(d)
    .filter(f => /\.ya?ml$/.test(f))
    .map(f => path.join(d, f))
)

test('the tests run on Node 24, the runtime the actions declare', () => {
  expect(process.versions.node.split('.')[0]).toBe('24')
})

describe.each(actionFiles.map(f => [path.relative(ROOT, f), f]))('%s', (_rel, file) => {
  const text = readFileSync(file, 'utf8')
  const doc = parse(text)

  test('validates against the published action schema', () => {
    // @action-validator/core bundles a SchemaStore copy from before GitHub added
    // node24 (2025); validate everything else as written, and node24 below.
    const state = validateAction(text.replace(/using:\s*['"]?node24['"]?/, 'using: node20'))
    expect(state.errors).toEqual([])
  })

  test('runs on node24 from a built bundle that exists', () => {
    if (doc.runs.using === 'composite') return
    expect(doc.runs.using).toBe('node24')
    expect(existsSync(path.resolve(path.dirname(file), doc.runs.main))).toBe(true)
  })

  test('uses kebab-case names and documents every input and default', () => {
    for (const [name, input] of Object.entries<any>(doc.inputs ?? {})) {
      expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/)
      expect(String(input.description).trim().length).toBeGreaterThan(10)
      if (input.default !== undefined && input.required !== true) {
        expect(String(input.description)).toMatch(/Defaults to [^.]+\.?\s*$|Defaults to .+\.$/s)
      }
    }
    for (const name of Object.keys(doc.outputs ?? {})) expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/)
  })
})

describe.each(workflowFiles.map(f => [path.relative(ROOT, f), f]))('%s', (_rel, file) => {
  const text = readFileSync(file, 'utf8')
  const doc = parse(text)

  test('validates against the published workflow schema', () => {
    // The SchemaStore copy inside @action-validator/core predates the `attestations`
    // permission (GitHub artifact attestations, 2024): validate without it, and check
    // its values here.
    const scopes = [...text.matchAll(/^\s+attestations:\s*(\S+)/gm)].map(m => m[1])
    for (const level of scopes) expect(['read', 'write', 'none']).toContain(level)
    expect(validateWorkflow(text.replace(/^\s+attestations:\s*\S+.*\n/gm, '')).errors).toEqual([])
  })

  test('sets least-privilege permissions at the top', () => {
    expect(doc.permissions).toBeDefined()
  })

  test('pins third-party actions to full commit SHAs', () => {
    const uses = [...text.matchAll(/uses:\s*([^\s#]+)/g)].map(m => m[1]!)
    for (const u of uses) {
      if (u.startsWith('./')) continue
      expect(u).toMatch(/@[0-9a-f]{40}$/)
    }
  })

  test('interpolates no ${{ }} expression inside run: scripts', () => {
    for (const job of Object.values<any>(doc.jobs ?? {})) {
      for (const step of job.steps ?? []) {
        if (typeof step.run === 'string') expect(step.run).not.toMatch(/\$\{\{/)
      }
    }
  })
})

test('generated files are in step with their sources', () => {
  const node = process.execPath
  execFileSync(node, ['scripts/specs.ts', '--check'], { cwd: ROOT, stdio: 'pipe' })
  execFileSync(node, ['scripts/docs.ts', '--check'], { cwd: ROOT, stdio: 'pipe' })
})

test('VERSION matches package.json', async () => {
  const { VERSION } = await import('@ai-act-gates/core')
  expect(VERSION).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version)
})
