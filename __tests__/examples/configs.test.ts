/**
 * The example configurations users copy must load as they are: an example that
 * points at a missing key file or breaks its schema teaches the wrong thing.
 */
import * as path from 'node:path'
import { loadAllowList } from '@ai-act-gates/commits'
import { ROOT } from '../helpers/paths.js'

test('examples/allowed-signers.yml loads, with every key file it names', async () => {
  const list = await loadAllowList([path.join(ROOT, 'examples/allowed-signers.yml')], ROOT)
  expect(list.signers.map(s => s.id)).toEqual(['mnovak', 'jberg', 'contractor-2025'])
  expect(list.openpgp).toHaveLength(1)
  expect(list.ssh.length).toBeGreaterThanOrEqual(2)
})
