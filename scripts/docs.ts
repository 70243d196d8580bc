/**
 * Regenerates the inputs and outputs tables in each action's README and the table
 * of actions in the root README, between `<!-- name:start -->` and
 * `<!-- name:end -->` markers. `--check` fails when a README is out of date.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readActions, ROOT, type ActionMeta } from './actions.ts'

function cell(text: string): string {
  return text.replace(/\|/g, '\\|')
}

export function inputsTable(a: ActionMeta): string {
  const rows = Object.entries(a.inputs).map(
    ([k, v]) =>
      `| \`${k}\` | ${v.required ? 'yes' : 'no'} | ${v.default === undefined || v.default === '' ? '' : `\`${cell(v.default)}\``} | ${cell(v.description)} |`
  )
  return ['| input | required | default | description |', '|---|---|---|---|', ...rows].join('\n')
}

export function outputsTable(a: ActionMeta): string {
  const rows = Object.entries(a.outputs).map(([k, v]) => `| \`${k}\` | ${cell(v.description)} |`)
  return ['| output | description |', '|---|---|', ...rows].join('\n')
}

export function actionsTable(actions: ActionMeta[]): string {
  const rows = actions.map(a => `| [\`${a.name}\`](actions/${a.name}/README.md) | ${cell(a.description)} |`)
  return ['| action | what it does |', '|---|---|', ...rows].join('\n')
}

export function replaceBlock(text: string, name: string, body: string, file: string): string {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const i = text.indexOf(start)
  const j = text.indexOf(end)
  if (i === -1 || j === -1 || j < i) throw new Error(`${file}: missing ${start} ... ${end} markers`)
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`
}

function update(file: string, blocks: Record<string, string>, check: boolean): boolean {
  const before = readFileSync(file, 'utf8')
  let after = before
  for (const [name, body] of Object.entries(blocks)) after = replaceBlock(after, name, body, file)
  if (after === before) return true
  if (check) {
    console.error(`${file} is out of date: run npm run docs`)
    return false
  }
  writeFileSync(file, after)
  return true
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const check = process.argv.includes('--check')
  const actions = readActions()
  let ok = true
  for (const a of actions) {
    const readme = join(a.dir, 'README.md')
    if (!existsSync(readme)) {
      console.error(`${readme} is missing`)
      ok = false
      continue
    }
    ok = update(readme, { inputs: inputsTable(a), outputs: outputsTable(a) }, check) && ok
  }
  ok = update(join(ROOT, 'README.md'), { actions: actionsTable(actions) }, check) && ok
  if (!ok) process.exit(1)
}
