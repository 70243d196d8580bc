/** Default report folders of the commands that write one (`run`, `health`). */
import { randomBytes } from 'node:crypto'

/** A fresh report folder name: the start time and a random suffix. */
export function freshReportDir(now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  return `ai-act-gates-reports/run-${stamp}-${randomBytes(3).toString('hex')}`
}
