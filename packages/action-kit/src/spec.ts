/**
 * Action metadata (`action.yml`) as the CLI and the runner use it. The data comes
 * from `specs.generated.ts`, which `npm run build` writes from every action.yml and
 * a test keeps in step, so flags, defaults and required inputs have one definition.
 */
import { GateError } from '@ai-act-gates/core'
import { ACTION_SPECS } from './specs.generated.js'

/** One input of an action. */
export interface InputSpec {
  description: string
  required: boolean
  default?: string
}

/** One output of an action. */
export interface OutputSpec {
  description: string
}

/** An action's metadata. */
export interface ActionSpec {
  name: string
  description: string
  inputs: Record<string, InputSpec>
  outputs: Record<string, OutputSpec>
}

/** Every action's metadata, by action name. */
export function actionSpecs(): Readonly<Record<string, ActionSpec>> {
  return ACTION_SPECS
}

/** One action's metadata; an unknown name is INPUT_INVALID listing the known ones. */
export function actionSpec(name: string): ActionSpec {
  const spec = (ACTION_SPECS as Record<string, ActionSpec>)[name]
  if (!spec) {
    throw new GateError(
      'INPUT_INVALID',
      `unknown action '${name}'; known actions: ${Object.keys(ACTION_SPECS).join(', ')}`
    )
  }
  return spec
}

/**
 * The value a default takes outside the Actions runner: `${{ github.token }}`
 * becomes GITHUB_TOKEN, `${{ github.workspace }}` the workspace; other expressions
 * are empty.
 */
export function localDefault(value: string | undefined, env: NodeJS.ProcessEnv, workspace: string): string | undefined {
  if (value === undefined || !value.includes('${{')) return value
  return value.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_m, expr: string) => {
    switch (expr) {
      case 'github.token':
        return env.GITHUB_TOKEN ?? env.GH_TOKEN ?? ''
      case 'github.workspace':
        return workspace
      default:
        return ''
    }
  })
}
