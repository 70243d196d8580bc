/**
 * OpenPGP and SSH signatures verified by git's own machinery: one `git log` over the
 * commits, with `%G?` and friends, gpg pointed at a keyring holding only the allowed
 * keys and ssh-keygen at an allowed_signers file built from the allow-list. Every
 * setting that could change the outcome is passed with `-c`, so the repository's or
 * the user's configuration cannot swap the verifier.
 */
import type { AllowList, OpenPgpEntry, SshEntry } from './allowlist.js'
import type { CommitObject } from './commit.js'
import type { Git } from './git.js'
import { firstLines } from './git.js'
import { readSshSignature } from './ssh.js'
import type { TrustStore } from './truststore.js'
import type { SignatureCheck } from './verdict.js'

/** Key ids of GitHub's web-flow OpenPGP keys, to name them when the allow-list does not list them. */
export const GITHUB_WEB_FLOW_KEY_IDS = ['4AEE18F83AFDEB23', 'B5690EEEBB952194']

/** What git printed for one commit. */
export interface GitSignatureFields {
  /** `%G?`: G, B, U, X, Y, R, E or N. */
  code: string
  /** `%GK`: key used. */
  key: string
  /** `%GF`: fingerprint of the signing key. */
  fingerprint: string
  /** `%GP`: fingerprint of the primary key. */
  primary: string
  /** `%GS`: signer (OpenPGP user id, SSH principal). */
  signer: string
  /** `%GG`: the verifier's own message. */
  message: string
}

const FORMAT = '--format=%H%x1f%G?%x1f%GK%x1f%GF%x1f%GP%x1f%GS%x1f%GG%x1e'

/** The `-c` settings that pin the verifier to the trust store. */
export function verifierConfig(store: TrustStore): Record<string, string> {
  return {
    'gpg.program': 'gpg',
    'gpg.openpgp.program': 'gpg',
    'gpg.ssh.program': 'ssh-keygen',
    'gpg.x509.program': 'false',
    'gpg.ssh.allowedSignersFile': store.allowedSignersFile,
    'gpg.ssh.revocationFile': store.revocationFile ?? '',
    'gpg.minTrustLevel': 'undefined',
    'log.showSignature': 'false'
  }
}

/** Runs git's verification over the commits (in one process) and returns its fields by sha. */
export async function gitSignatureFields(
  git: Git,
  store: TrustStore,
  shas: string[]
): Promise<Map<string, GitSignatureFields>> {
  const out = new Map<string, GitSignatureFields>()
  if (shas.length === 0) return out
  const verifier = git.with(verifierConfig(store), { GNUPGHOME: store.gnupgHome })
  const text = await verifier.text(
    ['log', '--no-walk=unsorted', '--no-color', '--stdin', FORMAT],
    shas.join('\n') + '\n'
  )
  for (const record of text.split('\x1e')) {
    const f = record.replace(/^\n/, '').split('\x1f')
    if (f.length < 7) continue
    out.set(f[0]!, {
      code: f[1]!,
      key: f[2]!,
      fingerprint: f[3]!,
      primary: f[4]!,
      signer: f[5]!,
      message: f.slice(6).join('\x1f').trim()
    })
  }
  return out
}

function at(e: { source: { file: string; line?: number } }): string {
  return `${e.source.file}${e.source.line ? `:${e.source.line}` : ''}`
}

function gitSays(fields: GitSignatureFields): string {
  return fields.message === '' ? `git reports %G? = ${fields.code}` : `git reports: ${firstLines(fields.message, 2)}`
}

/** Classifies an OpenPGP signature from git's fields. */
export function classifyOpenPgp(fields: GitSignatureFields, list: AllowList): SignatureCheck {
  // gpg names the full fingerprint even of a key it does not have ("using EDDSA key <fpr>").
  const named = /using \S+ key ([0-9A-F]{40}|[0-9A-F]{64})\b/.exec(fields.message)?.[1]
  const keyId = fields.fingerprint || named || fields.key || undefined
  const entry: OpenPgpEntry | undefined = list.openpgp.find(
    e => e.fingerprint === fields.fingerprint || (fields.primary !== '' && e.fingerprint === fields.primary)
  )
  const withKey = (c: SignatureCheck): SignatureCheck => ({
    ...c,
    ...(keyId ? { keyId } : {}),
    ...(entry ? { entry } : {})
  })
  switch (fields.code) {
    case 'G':
    case 'U':
      if (!entry) {
        return withKey({
          status: 'unknown-key',
          detail: `good OpenPGP signature by key ${keyId}, which no allow-list entry names (the key block that holds it lists other fingerprints)`
        })
      }
      if (entry.revoked) {
        return withKey({
          status: 'revoked-key',
          detail: `OpenPGP key ${keyId} is marked revoked in the allow-list (${at(entry)})`
        })
      }
      return withKey({ status: 'good', detail: `good OpenPGP signature by key ${keyId}` })
    case 'X':
      return withKey({ status: 'expired-signature', detail: `the OpenPGP signature by key ${keyId} has expired` })
    case 'Y':
      return withKey({
        status: 'expired-key',
        detail: `the OpenPGP signature was made by key ${keyId}, which has expired; ${gitSays(fields)}`
      })
    case 'R':
      return withKey({
        status: 'revoked-key',
        detail: `the OpenPGP signature was made by key ${keyId}, which has been revoked; ${gitSays(fields)}`
      })
    case 'B':
      return withKey({
        status: 'bad-signature',
        detail: `the OpenPGP signature by key ${keyId} does not match the commit: the commit was changed after it was signed, or the signature is corrupt`
      })
    case 'E': {
      const id = (keyId ?? '').toUpperCase()
      const webFlow = GITHUB_WEB_FLOW_KEY_IDS.some(k => id.endsWith(k))
      return withKey({
        status: 'unknown-key',
        detail: webFlow
          ? `signed by GitHub's web-flow key ${id}, which the allow-list does not list (add it as a signer of kind platform to verify it)`
          : `signed by OpenPGP key ${id || '(no key id)'}, which the allow-list does not list; ${gitSays(fields)}`
      })
    }
    default:
      return withKey({
        status: 'unverifiable',
        detail: `git could not verify the OpenPGP signature; ${gitSays(fields)}`
      })
  }
}

/** Classifies an SSH signature from git's fields and the key inside the signature. */
export function classifySsh(fields: GitSignatureFields, commit: CommitObject, list: AllowList): SignatureCheck {
  const info = readSshSignature(commit.signature ?? '')
  if (!info) return { status: 'unverifiable', detail: 'the SSH signature cannot be decoded' }
  const keyId = info.fingerprint
  const entry: SshEntry | undefined = list.ssh.find(e => e.fingerprint === keyId)
  const base = { keyId, ...(entry ? { entry } : {}) }
  if (entry?.revoked && fields.code !== 'G') {
    return { ...base, status: 'revoked-key', detail: `SSH key ${keyId} is revoked in the allow-list (${at(entry)})` }
  }
  if (info.namespace !== 'git' && fields.code !== 'G') {
    return {
      ...base,
      status: 'bad-signature',
      detail: `the SSH signature was made for namespace '${info.namespace}', not 'git'`
    }
  }
  switch (fields.code) {
    case 'G':
      if (!entry || fields.key !== keyId) {
        return {
          ...base,
          status: 'unverifiable',
          detail: `git accepted SSH key ${fields.key}, which is not the key in the signature (${keyId})`
        }
      }
      return { ...base, status: 'good', detail: `good SSH signature by key ${keyId}` }
    case 'U':
      if (!entry) {
        return {
          ...base,
          status: 'unknown-key',
          detail: `signed by SSH key ${keyId} (${info.keyType}), which the allow-list does not list`
        }
      }
      if (/expired|not yet valid/i.test(fields.message)) {
        return {
          ...base,
          status: 'expired-key',
          detail: `SSH key ${keyId} was not valid at the commit's committer date (${at(entry)}); ${gitSays(fields)}`
        }
      }
      return {
        ...base,
        status: 'unverifiable',
        detail: `SSH key ${keyId} is listed (${at(entry)}) but git did not accept it; ${gitSays(fields)}`
      }
    case 'B':
      return {
        ...base,
        status: 'bad-signature',
        detail: `the SSH signature by key ${keyId} does not match the commit: the commit was changed after it was signed, or the signature is corrupt`
      }
    default:
      return { ...base, status: 'unverifiable', detail: `git could not verify the SSH signature; ${gitSays(fields)}` }
  }
}
