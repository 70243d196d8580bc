/**
 * Real signing material for tests: GnuPG keys made in a temporary GNUPGHOME (fast
 * ed25519 keys, with faked system time for keys that have already expired), SSH keys
 * from ssh-keygen, and git repositories whose commits are signed with them.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'

/** Runs a program and returns stdout; throws with stderr on failure. */
export function sh(
  program: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string | Buffer } = {}
): string {
  try {
    return execFileSync(program, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      input: options.input ?? '',
      stdio: ['pipe', 'pipe', 'pipe']
    }).toString('utf8')
  } catch (error) {
    const e = error as { stderr?: Buffer; message: string }
    throw new Error(`${program} ${args.join(' ')} failed: ${e.stderr?.toString() ?? e.message}`)
  }
}

/** A GnuPG home with keys made in it. */
export class GpgHome {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    chmodSync(dir, 0o700)
  }

  private gpg(args: string[], input?: string): string {
    return sh('gpg', ['--homedir', this.dir, '--batch', '--no-tty', ...args], input === undefined ? {} : { input })
  }

  /** Makes an ed25519 signing key; `at` fakes the creation time, `expire` is gpg's expiry (such as 1y). */
  generate(uid: string, options: { at?: string; expire?: string } = {}): string {
    const fake = options.at ? ['--faked-system-time', options.at] : []
    this.gpg([...fake, '--passphrase', '', '--quick-gen-key', uid, 'ed25519', 'sign', options.expire ?? 'never'])
    const colons = this.gpg(['--with-colons', '--list-keys', uid])
    return colons
      .split('\n')
      .find(l => l.startsWith('fpr:'))!
      .split(':')[9]!
  }

  /** Stops the gpg-agent that key generation started for this home (and only that one). */
  close(): void {
    try {
      sh('gpgconf', ['--homedir', this.dir, '--kill', 'gpg-agent'])
    } catch {
      // no agent was running
    }
  }

  /** The armored public key. */
  export(fpr: string): string {
    return this.gpg(['--armor', '--export', fpr])
  }

  /** Revokes a key with the revocation certificate gpg made for it. */
  revoke(fpr: string): void {
    const cert = readFileSync(path.join(this.dir, 'openpgp-revocs.d', `${fpr}.rev`), 'utf8').replace(
      /^:-----BEGIN/m,
      '-----BEGIN'
    )
    this.gpg(['--import'], cert)
  }

  /** A gpg program for git that signs at a faked time (for keys that expire later). */
  programAt(time: string, scriptDir: string): string {
    const file = path.join(scriptDir, `gpg-at-${time}.sh`)
    writeFileSync(file, `#!/bin/sh\nexec gpg --faked-system-time ${time} "$@"\n`, { mode: 0o755 })
    return file
  }
}

/** An SSH key pair; returns the private key path and the public key line. */
export function sshKey(dir: string, name: string): { key: string; pub: string } {
  const key = path.join(dir, name)
  sh('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', key])
  return { key, pub: readFileSync(`${key}.pub`, 'utf8').trim() }
}

/** How a test commit is signed. */
export type Signing =
  { kind: 'openpgp'; home: GpgHome; fpr: string; program?: string } | { kind: 'ssh'; key: string } | undefined

/** A git repository for tests, committing with real signatures. */
export class TestRepo {
  constructor(readonly dir: string) {}

  static init(dir: string): TestRepo {
    mkdirSync(dir, { recursive: true })
    sh('git', ['init', '-q', '-b', 'main', dir])
    const repo = new TestRepo(dir)
    repo.git(['config', 'user.name', 'Ada Lovelace'])
    repo.git(['config', 'user.email', 'ada@example.com'])
    return repo
  }

  git(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string | Buffer } = {}): string {
    return sh('git', args, { cwd: this.dir, ...options })
  }

  private signArgs(sign: Signing): { args: string[]; env: NodeJS.ProcessEnv } {
    if (!sign) return { args: ['-c', 'commit.gpgsign=false'], env: {} }
    if (sign.kind === 'ssh')
      return {
        args: ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${sign.key}`, '-c', 'commit.gpgsign=true'],
        env: {}
      }
    return {
      args: [
        '-c',
        'gpg.format=openpgp',
        '-c',
        `gpg.program=${sign.program ?? 'gpg'}`,
        '-c',
        `user.signingkey=${sign.fpr}`,
        '-c',
        'commit.gpgsign=true'
      ],
      env: { GNUPGHOME: sign.home.dir }
    }
  }

  /** Writes a file and commits it; returns the commit id. */
  commit(
    message: string,
    sign: Signing,
    options: { committer?: [string, string]; date?: string; file?: string } = {}
  ): string {
    const file = options.file ?? `${message.replace(/\W+/g, '-').toLowerCase()}.txt`
    writeFileSync(path.join(this.dir, file), `${message}\n`)
    this.git(['add', file])
    const { args, env } = this.signArgs(sign)
    const who: NodeJS.ProcessEnv = options.committer
      ? { GIT_COMMITTER_NAME: options.committer[0], GIT_COMMITTER_EMAIL: options.committer[1] }
      : {}
    const when: NodeJS.ProcessEnv = options.date
      ? { GIT_COMMITTER_DATE: options.date, GIT_AUTHOR_DATE: options.date }
      : {}
    this.git([...args, 'commit', '-q', '-m', message], { env: { ...env, ...who, ...when } })
    return this.head()
  }

  /** Merges `branch` into the current branch with a (signed) merge commit. */
  merge(branch: string, sign: Signing): string {
    const { args, env } = this.signArgs(sign)
    this.git([...args, 'merge', '-q', '--no-ff', '-m', `Merge ${branch}`, branch], { env })
    return this.head()
  }

  head(): string {
    return this.git(['rev-parse', 'HEAD']).trim()
  }

  /**
   * Writes a copy of signed commit `sha` whose message was changed, keeping the old
   * signature, and points the branch at a new commit on top of it. Returns the id of
   * the altered commit.
   */
  tamper(sha: string): string {
    const raw = this.git(['cat-file', 'commit', sha])
    const altered = raw.replace(/\n\n([^\n]*)/, '\n\n$1 (altered)')
    const tampered = this.git(['hash-object', '-t', 'commit', '-w', '--stdin'], { input: altered }).trim()
    this.git(['reset', '-q', '--soft', tampered])
    return tampered
  }

  /** Stores a raw commit object (such as a fixture) and returns its id. */
  store(raw: Buffer): string {
    return this.git(['hash-object', '-t', 'commit', '-w', '--stdin'], { input: raw }).trim()
  }
}
