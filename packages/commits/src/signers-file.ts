/**
 * git's own `allowed_signers` format (gpg.ssh.allowedSignersFile), read line by line:
 * `principals [options] keytype base64 [comment]`. Each line becomes an SSH key of
 * the signer its principals name; every problem names the file, line and field.
 */
import { GateError } from '@ai-act-gates/core'
import { decodeSshPublicKey, SSH_KEY_TYPES } from './ssh.js'

/** One key line of an allowed_signers file. */
export interface SignersFileLine {
  /** 1-based line number. */
  line: number
  /** The principals as written (comma-separated, patterns allowed). */
  principals: string
  /** Options that pass through to git: `namespaces`, `valid-after`, `valid-before`. */
  options: Record<string, string>
  /** Key type, such as ssh-ed25519. */
  keyType: string
  /** Base64 key blob. */
  base64: string
  /** Decoded key blob. */
  blob: Buffer
}

const PASSED_OPTIONS = ['namespaces', 'valid-after', 'valid-before']

/** Splits a line into whitespace-separated tokens; double quotes protect spaces and commas. */
export function tokenize(line: string): string[] {
  const tokens: string[] = []
  let current = ''
  let quoted = false
  let started = false
  for (const ch of line) {
    if (ch === '"') {
      quoted = !quoted
      current += ch
      started = true
    } else if (!quoted && (ch === ' ' || ch === '\t')) {
      if (started) tokens.push(current)
      current = ''
      started = false
    } else {
      current += ch
      started = true
    }
  }
  if (quoted) throw new Error('unbalanced double quote')
  if (started) tokens.push(current)
  return tokens
}

/** Splits `a,b="x,y",c` on the commas outside quotes. */
function splitOptions(text: string): string[] {
  const out: string[] = []
  let current = ''
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    if (ch === ',' && !quoted) {
      out.push(current)
      current = ''
    } else current += ch
  }
  out.push(current)
  return out
}

function unquote(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text
}

function parseOptions(text: string, file: string, line: number): Record<string, string> {
  const options: Record<string, string> = {}
  for (const option of splitOptions(text)) {
    const eq = option.indexOf('=')
    const name = (eq === -1 ? option : option.slice(0, eq)).toLowerCase()
    const value = eq === -1 ? '' : unquote(option.slice(eq + 1))
    if (name === 'cert-authority') {
      throw new GateError('UNSUPPORTED', 'cert-authority lines are not supported: list each signer’s own key', {
        file,
        line,
        field: 'options'
      })
    }
    if (!PASSED_OPTIONS.includes(name)) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `unknown option '${name}'; allowed_signers options are ${PASSED_OPTIONS.join(', ')}`,
        { file, line, field: 'options' }
      )
    }
    if ((name === 'valid-after' || name === 'valid-before') && !/^\d{8}(\d{4}(\d{2})?)?Z?$/.test(value)) {
      throw new GateError('SCHEMA_VIOLATION', `${name} must be YYYYMMDD[HHMM[SS]][Z], not '${value}'`, {
        file,
        line,
        field: name
      })
    }
    options[name] = value
  }
  return options
}

/** Parses the text of an allowed_signers file. */
export function parseSignersFile(text: string, file: string): SignersFileLine[] {
  const lines: SignersFileLine[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1
    const trimmed = raw.trim()
    if (trimmed === '' || trimmed.startsWith('#')) return
    let tokens: string[]
    try {
      tokens = tokenize(trimmed)
    } catch (error) {
      throw new GateError('PARSE_ERROR', (error as Error).message, { file, line })
    }
    const typeAt = tokens.findIndex(t => (SSH_KEY_TYPES as readonly string[]).includes(t))
    if (typeAt === -1 || typeAt > 2) {
      throw new GateError(
        'PARSE_ERROR',
        'expected "principals [options] keytype base64 [comment]" with a key type such as ssh-ed25519',
        { file, line, field: 'key' }
      )
    }
    if (typeAt === 0)
      throw new GateError('PARSE_ERROR', 'the line names no principal', { file, line, field: 'principals' })
    const keyType = tokens[typeAt]!
    const base64 = tokens[typeAt + 1]
    if (base64 === undefined)
      throw new GateError('PARSE_ERROR', 'the key data is missing', { file, line, field: 'key' })
    const decoded = decodeSshPublicKey(keyType, base64)
    if ('problem' in decoded) throw new GateError('SCHEMA_VIOLATION', decoded.problem, { file, line, field: 'key' })
    lines.push({
      line,
      principals: unquote(tokens[0]!),
      options: typeAt === 2 ? parseOptions(tokens[1]!, file, line) : {},
      keyType,
      base64,
      blob: decoded.blob
    })
  })
  if (lines.length === 0) throw new GateError('EMPTY_INPUT', 'the allowed_signers file lists no key', { file })
  return lines
}
