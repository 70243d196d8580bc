/**
 * Reads every `actions/<name>/action.yml` into plain metadata. Shared by the spec
 * generator, the docs generator and the build.
 */
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

export interface ActionMeta {
  name: string
  dir: string
  description: string
  inputs: Record<string, { description: string; required: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

export const ROOT = new URL('..', import.meta.url).pathname

function clean(text: unknown): string {
  return String(text ?? '')
    .trim()
    .replace(/\s+/g, ' ')
}

/** Every action folder with an action.yml, sorted by name. */
export function readActions(): ActionMeta[] {
  const base = join(ROOT, 'actions')
  return readdirSync(base)
    .filter(name => existsSync(join(base, name, 'action.yml')))
    .sort()
    .map(name => {
      const doc = parse(readFileSync(join(base, name, 'action.yml'), 'utf8')) as Record<string, any>
      const inputs: ActionMeta['inputs'] = {}
      for (const [k, v] of Object.entries<Record<string, unknown>>(doc.inputs ?? {})) {
        inputs[k] = { description: clean(v.description), required: v.required === true }
        if (v.default !== undefined) inputs[k].default = String(v.default)
      }
      const outputs: ActionMeta['outputs'] = {}
      for (const [k, v] of Object.entries<Record<string, unknown>>(doc.outputs ?? {})) {
        outputs[k] = { description: clean(v.description) }
      }
      return { name, dir: join(base, name), description: clean(doc.description), inputs, outputs }
    })
}

/** Writes a generated file when its text differs from what is there; returns whether it wrote. */
export function writeIfChanged(file: string, text: string): boolean {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false
  writeFileSync(file, text)
  return true
}
