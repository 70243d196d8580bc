/**
 * The plan of the reusable workflow: which actions the gates file uses (one job per
 * action, each with an `if:`), and a check that the workflow's fixed job order can
 * run the file's gates in the file's order. A file it cannot honour is refused here,
 * loudly, rather than recorded as a reordered run later.
 */
import { GateError } from '@ai-act-gates/core'
import type { LoadedGatesFile } from '@ai-act-gates/audit'

/** What the plan job outputs. */
export interface WorkflowPlan {
  /** Every action of the job order, true when the gates file uses it. */
  actions: Record<string, boolean>
  /** The expected gates, in order. */
  gates: Array<{ position: number; id: string; uses: string }>
  /** The system id, for artifact names. */
  systemId: string
}

/**
 * Plans a gates file for a workflow whose action jobs run in `jobOrder`. Each action
 * runs all its entries in one job, in file order, so the actions must appear in job
 * order (which also keeps each action's entries together).
 */
export function planWorkflow(file: LoadedGatesFile, jobOrder: string[]): WorkflowPlan {
  const rank = new Map(jobOrder.map((name, i) => [name, i]))
  let previous: { rank: number; position: number; uses: string } | undefined
  for (const g of file.gates) {
    const r = rank.get(g.uses)
    if (r === undefined) {
      throw new GateError('UNSUPPORTED', `the reusable workflow has no job for action '${g.uses}'`, {
        file: file.path,
        ...(g.line !== undefined ? { line: g.line } : {}),
        field: `gates[${g.position}].uses`,
        hint: `Its jobs run: ${jobOrder.join(', ')}. Use the root action, which runs any gate, or add the job to the workflow`
      })
    }
    if (previous && r < previous.rank) {
      throw new GateError(
        'UNSUPPORTED',
        `gates[${g.position}] (${g.uses}) comes after gates[${previous.position}] (${previous.uses}), but the reusable workflow runs ${previous.uses} after ${g.uses}`,
        {
          file: file.path,
          ...(g.line !== undefined ? { line: g.line } : {}),
          field: `gates[${g.position}]`,
          hint: `The workflow runs one job per action in this order: ${jobOrder.join(', ')}. Reorder the gates file, or use the root action, which runs any order`
        }
      )
    }
    previous = { rank: r, position: g.position, uses: g.uses }
  }
  const used = new Set(file.gates.map(g => g.uses))
  return {
    actions: Object.fromEntries(jobOrder.map(name => [name, used.has(name)])),
    gates: file.gates.map(g => ({ position: g.position, id: g.id, uses: g.uses })),
    systemId: file.file.system.id
  }
}
