import { execFileSync } from 'node:child_process'
import { readFile, symlink, writeFile, mkdir } from 'node:fs/promises'
import * as path from 'node:path'
import { expandGlobs, resolveInside, sha256File, splitList, writeFileAtomic } from '@ai-act-gates/files'
import { makeTempDir, removeDir, writeTree } from '../../helpers/tmp.js'

let ws: string
let outside: string
beforeEach(async () => {
  ws = await makeTempDir()
  outside = await makeTempDir()
})
afterEach(async () => {
  await removeDir(ws)
  await removeDir(outside)
})

describe('sha256File', () => {
  test('agrees with sha256sum on a multi-chunk file', async () => {
    const file = path.join(ws, 'big.bin')
    const data = Buffer.alloc(3 * 1024 * 1024 + 17)
    for (let i = 0; i < data.length; i++) data[i] = (i * 31) & 0xff
    await writeFile(file, data)
    const expected = execFileSync('sha256sum', [file]).toString().split(' ')[0]
    expect(await sha256File(file)).toEqual({ sha256: expected, size: data.length })
  })

  test('names the file it cannot read', async () => {
    await expect(sha256File(path.join(ws, 'nope'), 'nope')).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
      message: 'nope: no such file or directory'
    })
    await mkdir(path.join(ws, 'dir'))
    await expect(sha256File(path.join(ws, 'dir'), 'dir')).rejects.toMatchObject({ code: 'FILE_UNREADABLE' })
  })
})

describe('expandGlobs', () => {
  beforeEach(async () => {
    await writeTree(ws, { 'r/b.xml': 'b', 'r/a.xml': 'a', 'r/x.tmp': 'x', 'r/sub/c.xml': 'c', '.hidden/d.xml': 'd' })
  })

  test('returns matches sorted, with exclusions and dot files', async () => {
    const files = await expandGlobs(splitList('r/**, !**/*.tmp\n.hidden/*.xml'), { workspace: ws, field: 'paths' })
    expect(files.map(f => f.relative)).toEqual(['.hidden/d.xml', 'r/a.xml', 'r/b.xml', 'r/sub/c.xml'])
  })

  test('a pattern that matches nothing is an error naming the pattern', async () => {
    await expect(expandGlobs(['r/*.xml', 'nothing/**'], { workspace: ws, field: 'paths' })).rejects.toMatchObject({
      code: 'GLOB_NO_MATCH',
      message: expect.stringContaining("pattern 'nothing/**' matched no file")
    })
  })

  test('a pattern that climbs out of the workspace is refused', async () => {
    await expect(expandGlobs(['../*'], { workspace: ws, field: 'paths' })).rejects.toMatchObject({
      code: 'PATH_OUTSIDE_WORKSPACE'
    })
    await expect(expandGlobs([path.join(outside, '*')], { workspace: ws, field: 'paths' })).rejects.toMatchObject({
      code: 'PATH_OUTSIDE_WORKSPACE'
    })
  })

  test('a symlink out of the tree is refused with its path', async () => {
    await writeFile(path.join(outside, 'secret'), 's')
    await symlink(path.join(outside, 'secret'), path.join(ws, 'r/link.xml'))
    await expect(expandGlobs(['r/*.xml'], { workspace: ws, field: 'paths' })).rejects.toMatchObject({
      code: 'SYMLINK_OUTSIDE_WORKSPACE',
      message: expect.stringMatching(/^r\/link.xml: symlink leads outside the workspace/)
    })
  })
})

describe('resolveInside', () => {
  test('accepts paths inside and refuses escapes, lexical or by symlink', async () => {
    expect(await resolveInside(ws, 'a/b.json')).toBe(path.join(ws, 'a/b.json'))
    await expect(resolveInside(ws, '../x', { field: 'manifest' })).rejects.toMatchObject({
      code: 'PATH_OUTSIDE_WORKSPACE'
    })
    await symlink(outside, path.join(ws, 'out'))
    await expect(resolveInside(ws, 'out', { field: 'root' })).rejects.toMatchObject({
      code: 'SYMLINK_OUTSIDE_WORKSPACE'
    })
  })
})

describe('writeFileAtomic', () => {
  test('never replaces an existing file unless asked, and leaves no temporary file', async () => {
    const file = path.join(ws, 'out/m.json')
    await writeFileAtomic(file, 'one')
    await expect(writeFileAtomic(file, 'two', { displayPath: 'out/m.json' })).rejects.toMatchObject({
      code: 'FILE_EXISTS',
      message: expect.stringMatching(/^out\/m.json: already exists/)
    })
    expect(await readFile(file, 'utf8')).toBe('one')
    await writeFileAtomic(file, 'three', { overwrite: true })
    expect(await readFile(file, 'utf8')).toBe('three')
    expect(
      execFileSync('ls', ['-A', path.join(ws, 'out')])
        .toString()
        .trim()
    ).toBe('m.json')
  })

  test('writes an array of buffers one after another, views into larger memory included', async () => {
    const file = path.join(ws, 'parts.bin')
    const big = new Uint32Array(300000).map((_, i) => i * 2654435761)
    const view = Buffer.from(big.buffer, 4 * 1000, 4 * 200000)
    await writeFileAtomic(file, [Buffer.from('head'), new Uint8Array(0), view, Buffer.from('tail')])
    const bytes = await readFile(file)
    expect(bytes.equals(Buffer.concat([Buffer.from('head'), view, Buffer.from('tail')]))).toBe(true)
    expect(bytes.length).toBe(8 + 800000)
  })
})
