/**
 * The allow-list turned into what git's verification reads: a temporary GnuPG home
 * holding only the listed OpenPGP keys, and a temporary allowed_signers (and
 * revocation) file for SSH. The user's own keyring and git configuration are never
 * read or touched; everything lives in one temporary directory removed afterwards.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { GateError } from '@ai-act-gates/core'
import type { AllowList, OpenPgpEntry } from './allowlist.js'
import { firstLines, runProcess } from './git.js'

/** The temporary trust material. */
export interface TrustStore {
  /** GNUPGHOME for gpg. */
  gnupgHome: string
  /** gpg.ssh.allowedSignersFile. */
  allowedSignersFile: string
  /** gpg.ssh.revocationFile, when some SSH key is revoked. */
  revocationFile?: string
  /** Removes the directory. */
  dispose(): Promise<void>
}

/** The fingerprints in an armored key block, read without importing it. */
async function fingerprintsOf(gnupgHome: string, armored: string): Promise<{ fprs: string[]; primaries: string[] }> {
  const r = await runProcess(
    'gpg',
    ['--homedir', gnupgHome, '--batch', '--no-tty', '--with-colons', '--import-options', 'show-only', '--import'],
    { input: armored }
  )
  const fprs: string[] = []
  const primaries: string[] = []
  let last = ''
  for (const line of r.stdout.toString('utf8').split('\n')) {
    const f = line.split(':')
    if (f[0] === 'pub' || f[0] === 'sub') last = f[0]
    if (f[0] === 'fpr' && f[9]) {
      fprs.push(f[9])
      if (last === 'pub') primaries.push(f[9])
    }
  }
  return { fprs, primaries }
}

async function importKey(gnupgHome: string, entry: OpenPgpEntry): Promise<void> {
  const where = {
    file: entry.source.file,
    ...(entry.source.line ? { line: entry.source.line } : {}),
    field: `${entry.source.field}.fingerprint`
  }
  const { fprs } = await fingerprintsOf(gnupgHome, entry.armored)
  if (fprs.length === 0) {
    throw new GateError('SCHEMA_VIOLATION', 'gpg finds no OpenPGP public key in the key given for this entry', where)
  }
  if (!fprs.includes(entry.fingerprint)) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      `fingerprint ${entry.fingerprint} is not a key of the public key given (it holds ${fprs.join(', ')})`,
      where
    )
  }
  const r = await runProcess('gpg', ['--homedir', gnupgHome, '--batch', '--no-tty', '--import'], {
    input: entry.armored
  })
  if (r.code !== 0 && r.code !== 2) {
    throw new GateError('TOOL_FAILED', `gpg could not import the key: ${firstLines(r.stderr)}`, where)
  }
}

/** A principal name ssh-keygen accepts, derived from the signer's id. */
function principalOf(id: string): string {
  return id.replace(/[^A-Za-z0-9._@+-]/g, '_') || 'signer'
}

function optionsText(options: Record<string, string>): string {
  const parts = Object.entries(options).map(([k, v]) => `${k}="${v}"`)
  return parts.length === 0 ? '' : `${parts.join(',')} `
}

/** Builds the trust material for `list` in a new temporary directory. */
export async function createTrustStore(list: AllowList): Promise<TrustStore> {
  const dir = await mkdtemp(path.join(tmpdir(), 'aag-signers-'))
  const dispose = (): Promise<void> => rm(dir, { recursive: true, force: true })
  try {
    const gnupgHome = path.join(dir, 'gnupg')
    await mkdir(gnupgHome, { mode: 0o700 })
    for (const entry of list.openpgp) await importKey(gnupgHome, entry)
    const allowed = list.ssh
      .filter(e => !e.revoked)
      .map(e => `${principalOf(e.signer.id)} ${optionsText(e.options)}${e.keyType} ${e.base64}\n`)
    const allowedSignersFile = path.join(dir, 'allowed_signers')
    await writeFile(allowedSignersFile, allowed.join(''), { mode: 0o600 })
    const store: TrustStore = { gnupgHome, allowedSignersFile, dispose }
    const revoked = list.ssh.filter(e => e.revoked).map(e => `${e.keyType} ${e.base64}\n`)
    if (revoked.length > 0) {
      store.revocationFile = path.join(dir, 'revoked_keys')
      await writeFile(store.revocationFile, revoked.join(''), { mode: 0o600 })
    }
    return store
  } catch (error) {
    await dispose()
    throw error
  }
}
