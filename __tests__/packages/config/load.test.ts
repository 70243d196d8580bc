import { readdirSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { loadConfig, compileSchema, createAjv, draftOf } from '@ai-act-gates/config'
import type { GateError } from '@ai-act-gates/core'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['system', 'gates'],
  additionalProperties: false,
  properties: {
    system: { type: 'string' },
    gates: {
      type: 'array',
      items: {
        type: 'object',
        required: ['uses'],
        properties: {
          uses: { enum: ['evidence-hash', 'art12-log-gates'] },
          with: { type: 'object', additionalProperties: { type: 'string' } }
        }
      }
    }
  }
}

let dir: string
beforeEach(async () => {
  dir = await makeTempDir()
})
afterEach(async () => removeDir(dir))

async function failure(name: string, text: string): Promise<GateError<string>> {
  const file = path.join(dir, name)
  await writeFile(file, text)
  try {
    await loadConfig(file, schema, name)
  } catch (e) {
    return e as GateError<string>
  }
  throw new Error('expected an error')
}

describe('loadConfig', () => {
  test('reads valid YAML and JSON', async () => {
    await writeFile(path.join(dir, 'a.yml'), 'system: s\ngates:\n  - uses: evidence-hash\n')
    await writeFile(path.join(dir, 'a.json'), '{"system":"s","gates":[{"uses":"evidence-hash"}]}')
    expect(await loadConfig(path.join(dir, 'a.yml'), schema)).toEqual({
      system: 's',
      gates: [{ uses: 'evidence-hash' }]
    })
    expect(await loadConfig(path.join(dir, 'a.json'), schema)).toEqual({
      system: 's',
      gates: [{ uses: 'evidence-hash' }]
    })
  })

  test('names file, line and field of a wrong value deep in YAML', async () => {
    const e = await failure('g.yml', 'system: s\ngates:\n  - uses: evidence-hash\n  - uses: nope\n')
    expect(e.code).toBe('SCHEMA_VIOLATION')
    expect(e.location).toMatchObject({ file: 'g.yml', line: 4, field: 'gates[1].uses' })
    expect(e.message).toContain('must be one of "evidence-hash", "art12-log-gates"')
  })

  test('points a missing field at its parent and names the field', async () => {
    const e = await failure('g.yml', 'system: s\ngates:\n  - with: {}\n')
    expect(e.location).toMatchObject({ line: 3, field: 'gates[0].uses' })
    expect(e.message).toContain('required field is missing')
  })

  test('names an unknown field and lists every violation', async () => {
    const e = await failure('g.yml', 'sytem: s\ngates:\n  - uses: evidence-hash\n    with: { a: 1 }\n')
    expect(e.location).toMatchObject({ field: expect.any(String) })
    expect(e.message).toContain('sytem: unknown field')
    expect(e.message).toContain('gates[0].with.a: must be string')
  })

  test('reports JSON syntax errors as JSON errors with line and column', async () => {
    const e = await failure('g.json', '{\n  "system": "s",\n  "gates": [,]\n}')
    expect(e.code).toBe('PARSE_ERROR')
    expect(e.location).toMatchObject({ file: 'g.json', line: 3, column: 13 })
  })

  test('reports YAML syntax errors and duplicate keys with their line', async () => {
    expect((await failure('d.yml', 'system: a\nsystem: b\ngates: []\n')).location).toMatchObject({ line: 2 })
    expect((await failure('t.yml', 'system: [a\ngates: []\n')).code).toBe('PARSE_ERROR')
  })

  test('an empty or missing file is a clear error', async () => {
    expect((await failure('e.yml', '  \n')).code).toBe('EMPTY_INPUT')
    await expect(loadConfig(path.join(dir, 'missing.yml'), schema, 'missing.yml')).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
      message: 'missing.yml: no such file or directory'
    })
  })
})

describe('schemas', () => {
  test('draft is read from $schema', () => {
    expect(draftOf({ $schema: 'http://json-schema.org/draft-07/schema#' })).toBe('07')
    expect(draftOf({})).toBe('2020-12')
    expect(() => draftOf({ $schema: 'http://json-schema.org/draft-04/schema#' })).toThrow(/unsupported/)
  })

  test("every schema the suite ships is valid against its draft's meta-schema", () => {
    const root = path.join(process.cwd(), 'schemas')
    const files = [
      ...readdirSync(root).filter(f => f.endsWith('.json')),
      ...readdirSync(path.join(root, 'log-profiles')).map(f => `log-profiles/${f}`)
    ]
    expect(files).toContain('gate-result.schema.json')
    for (const file of files) {
      const schema = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>
      const ajv = createAjv(draftOf(schema, file))
      expect([file, ajv.validateSchema(schema), ajv.errors ?? null]).toEqual([file, true, null])
    }
  })

  test('a schema that is not a schema is SCHEMA_INVALID naming the file', () => {
    expect(() => compileSchema({ type: 'objekt' }, 'bad.schema.json')).toThrow(
      expect.objectContaining({ code: 'SCHEMA_INVALID' })
    )
    expect(() => compileSchema([] as never, 'bad.schema.json')).toThrow(/bad.schema.json: not a JSON Schema/)
  })
})
