/**
 * Fulcio, Rekor and a timestamp authority on 127.0.0.1, served over real HTTP from
 * @sigstore/mock's handlers (public Sigstore cannot be reached from the tests), with
 * a trusted root built for them, and a GitHub Actions OIDC token service that hands
 * out unsigned tokens carrying the documented claims (the mock Fulcio reads the
 * claims without checking a signature, as its README says).
 */
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
  type HandlerFn
} from '@sigstore/mock'

/** Options for {@link startSigstoreMock}. */
export interface MockOptions {
  /** Clock of the CA: certificates are valid for ten minutes from it. */
  caClock?: Date
  /** Clock of the transparency log (integrated times). */
  tlogClock?: Date
  /** Clock of the timestamp authority. */
  tsaClock?: Date
}

/** Running mock services. */
export interface SigstoreMock {
  fulcioURL: string
  rekorURL: string
  tsaURL: string
  /** A trusted root for these services (JSON form), naming their URLs. */
  trustedRoot: Record<string, unknown>
  /** Requests served, by path. */
  requests: string[]
  stop(): Promise<void>
}

function keyPair(): { publicKey: KeyObject; privateKey: KeyObject } {
  return generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
}

function serve(routes: Record<string, HandlerFn>, requests: string[]): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0]!
      requests.push(`${req.method} ${path}`)
      const handler = routes[path]
      if (!handler || req.method !== 'POST') {
        res.writeHead(404).end()
        return
      }
      handler(Buffer.concat(chunks).toString('utf8')).then(
        r => {
          res.writeHead(r.statusCode, { 'content-type': r.contentType ?? 'application/json' })
          res.end(typeof r.response === 'string' ? r.response : Buffer.from(r.response.buffer))
        },
        (e: Error) => res.writeHead(500).end(e.message)
      )
    })
  })
  // Clients keep connections alive between requests; closing an idle one after Node's
  // default 5 s races with the next request (ECONNRESET). Keep them for the test's life.
  server.keepAliveTimeout = 120_000
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })
    )
  )
}

/** The time rounded down to the second, plus `add` seconds. */
function wholeSecond(date: Date, add = 0): number {
  return (Math.floor(date.getTime() / 1000) + add) * 1000
}

const b64 = (b: ArrayBufferView): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64')
const sha256 = (b: Uint8Array | string): string => createHash('sha256').update(b).digest('hex')

/**
 * The mock Rekor logs a proposed entry as it arrives; real Rekor stores a `dsse`
 * entry in its canonical form (envelope and payload hashes, each signature with
 * its verifier), which is what verifiers compare. Turn one into the other.
 */
function canonicalDsseEntry(body: string): string {
  const entry = JSON.parse(body) as {
    kind?: string
    spec?: { proposedContent?: { envelope: string; verifiers: string[] } }
  }
  const proposed = entry.spec?.proposedContent
  if (entry.kind !== 'dsse' || !proposed) return body
  const envelope = JSON.parse(proposed.envelope) as { payload: string; signatures: Array<{ sig: string }> }
  return JSON.stringify({
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(proposed.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map(s => ({ signature: s.sig, verifier: proposed.verifiers[0] }))
    }
  })
}

/** Starts Fulcio, Rekor and a TSA mock, each on its own loopback port. */
export async function startSigstoreMock(options: MockOptions = {}): Promise<SigstoreMock> {
  const requests: string[] = []
  const ctlog = await initializeCTLog(keyPair())
  const ca = await initializeCA(keyPair(), ctlog, options.caClock)
  // @sigstore/core reads RFC 3161 times only with no or three fraction digits, and the
  // mock TSA writes DER (trailing zeros trimmed): keep its clock on whole seconds.
  const tsaClock = new Date(wholeSecond(options.tsaClock ?? new Date()))
  const tsa = await initializeTSA(keyPair(), tsaClock)
  const fulcio = await serve({ '/api/v2/signingCert': fulcioHandler(ca).fn }, requests)
  const rekorRoutes: Record<string, HandlerFn> = {}
  const rekor = await serve(rekorRoutes, requests)
  const tlog = await initializeTLog(rekor.url, keyPair(), options.tlogClock)
  const rekorFn = rekorHandler(tlog).fn
  rekorRoutes['/api/v1/log/entries'] = body => rekorFn(canonicalDsseEntry(body))
  const tsaFn = tsaHandler(tsa).fn
  const timestamp = await serve(
    {
      '/api/v1/timestamp': body => {
        if (!options.tsaClock) tsaClock.setTime(wholeSecond(new Date(), 1))
        return tsaFn(body)
      }
    },
    requests
  )
  const start = '2000-01-01T00:00:00Z'
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: rekor.url,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(tlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
        logId: { keyId: b64(createHash('sha256').update(tlog.publicKey).digest()) }
      }
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: fulcio.url,
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor: { start }
      }
    ],
    ctlogs: [
      {
        baseUrl: 'https://ctfe.sigstore.mock',
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(ctlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
        logId: { keyId: b64(ctlog.logID) }
      }
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: timestamp.url,
        certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] },
        validFor: { start }
      }
    ]
  }
  return {
    fulcioURL: fulcio.url,
    rekorURL: rekor.url,
    tsaURL: timestamp.url,
    trustedRoot,
    requests,
    stop: async () => {
      for (const s of [fulcio.server, rekor.server, timestamp.server]) {
        s.closeAllConnections()
        await new Promise(r => s.close(r))
      }
    }
  }
}

/** Claims of a GitHub Actions OIDC token, as GitHub documents them. */
export function githubClaims(overrides: Record<string, string> = {}): Record<string, string> {
  const repository = overrides.repository ?? 'acme/recruitment-screening'
  const ref = overrides.ref ?? 'refs/heads/main'
  return {
    iss: 'https://token.actions.githubusercontent.com',
    aud: 'sigstore',
    sub: `repo:${repository}:ref:${ref}`,
    repository,
    repository_owner: repository.split('/')[0]!,
    ref,
    sha: 'a'.repeat(40),
    workflow: 'release',
    event_name: 'push',
    job_workflow_ref: `${repository}/.github/workflows/release.yml@${ref}`,
    runner_environment: 'github-hosted',
    ...overrides
  }
}

/** An unsigned JWT with the given claims (the mock Fulcio decodes without verifying). */
export function unsignedJwt(claims: Record<string, unknown>): string {
  const part = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`
}

/** The identity Fulcio certifies for a GitHub Actions token: the workflow ref URL. */
export function githubIdentity(claims: Record<string, string>): string {
  return `https://github.com/${claims.job_workflow_ref}`
}

/**
 * A GitHub Actions OIDC token service on 127.0.0.1: answers
 * `GET ?audience=sigstore` with `{ "value": <token> }` when the bearer matches.
 */
export async function startTokenService(
  claims: Record<string, string>
): Promise<{ env: Record<string, string>; stop(): Promise<void> }> {
  const bearer = 'request-token'
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    if (req.headers.authorization !== `Bearer ${bearer}` || url.searchParams.get('audience') !== 'sigstore') {
      res.writeHead(401).end()
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ value: unsignedJwt({ ...claims, sub: githubIdentity(claims) }) }))
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as { port: number }).port
  return {
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: bearer
    },
    stop: () => new Promise(r => server.close(() => r()))
  }
}
