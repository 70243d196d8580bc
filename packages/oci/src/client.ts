/**
 * A small OCI distribution client: resolve a reference to a digest, read and write
 * manifests and blobs (every byte checked against its digest), and the OCI 1.1
 * referrers API with the referrers-tag fallback for registries without it. Every
 * request is reported through `onRequest`, so gates can record what they touched.
 */
import { createHash } from 'node:crypto'
import { GateError } from '@ai-act-gates/core'
import { MANIFEST_TYPES, OCI_INDEX, type Descriptor, type ImageIndex } from './media.js'
import { formatReference, isDigest, referrersTag, type ImageReference } from './reference.js'

/** Largest manifest read (the distribution spec allows registries to refuse above 4 MiB). */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024
/** Largest blob read into memory (Sigstore bundles of large SBOMs, signature payloads). */
export const MAX_BLOB_BYTES = 512 * 1024 * 1024
/** How long one request may take before it is abandoned. */
export const REQUEST_TIMEOUT_MS = 60_000

/** One request the client made. */
export interface RegistryRequest {
  method: string
  url: string
  status: number
  digest?: string
}

/** Credentials for one registry. */
export interface RegistryCredentials {
  username: string
  password: string
}

/** Options for {@link OciClient}. */
export interface OciClientOptions {
  /** Credentials by registry host. */
  credentials?: Record<string, RegistryCredentials>
  /** Hosts reached over plain HTTP. Loopback hosts always are. */
  plainHttp?: string[]
  /** Called after every request. */
  onRequest?: (request: RegistryRequest) => void
  /** Cancellation. */
  signal?: AbortSignal
}

/** A manifest as fetched: its bytes, media type and verified digest. */
export interface FetchedManifest {
  bytes: Buffer
  mediaType: string
  digest: string
  /** The parsed JSON. */
  json: Record<string, unknown>
}

/** Where the referrers of a digest were found. */
/** Error codes the OCI client adds to the core ones. */
export type OciErrorCode = 'REGISTRY_DENIED' | 'REGISTRY_ERROR' | 'DIGEST_MISMATCH' | 'IMAGE_NOT_FOUND'

export type ReferrersSource = 'referrers-api' | 'referrers-tag' | 'none'

/** SHA-256 digest of bytes, as `sha256:<hex>`. */
export function digestOf(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

function isLoopback(host: string): boolean {
  const name = host.replace(/:\d+$/, '')
  return name === 'localhost' || name === '127.0.0.1' || name === '[::1]' || name.startsWith('127.')
}

/** The OCI distribution client. */
export class OciClient {
  private readonly tokens = new Map<string, string>()

  constructor(private readonly options: OciClientOptions = {}) {}

  private base(registry: string): string {
    const plain = isLoopback(registry) || (this.options.plainHttp ?? []).includes(registry)
    return `${plain ? 'http' : 'https'}://${registry}/v2`
  }

  /** Sends a request with auth, following one token challenge; never throws on HTTP status. */
  private async request(
    ref: ImageReference,
    method: string,
    path: string,
    init: { headers?: Record<string, string>; body?: Uint8Array; scope?: 'pull' | 'push'; url?: string } = {}
  ): Promise<Response> {
    const url = init.url ?? `${this.base(ref.registry)}/${ref.repository}/${path}`
    const key = `${ref.registry}/${ref.repository}/${init.scope ?? 'pull'}`
    const send = async (): Promise<Response> => {
      const headers: Record<string, string> = { ...init.headers }
      const token = this.tokens.get(key)
      if (token) headers.authorization = token
      const signal = AbortSignal.any([
        AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        ...(this.options.signal ? [this.options.signal] : [])
      ])
      let response: Response
      try {
        response = await fetch(url, { method, headers, body: init.body, signal, redirect: 'follow' })
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause
        throw new GateError(
          'NETWORK',
          `registry ${ref.registry} cannot be reached (${method} ${url}): ${cause?.code ?? cause?.message ?? (error as Error).message}`,
          { field: 'image', cause: error, hint: 'Check the registry address and that the runner can reach it' }
        )
      }
      this.options.onRequest?.({
        method,
        url,
        status: response.status,
        ...(response.headers.get('docker-content-digest')
          ? { digest: response.headers.get('docker-content-digest')! }
          : {})
      })
      return response
    }
    let response = await send()
    if (response.status === 401 && !this.tokens.has(key)) {
      const challenge = response.headers.get('www-authenticate') ?? ''
      await response.arrayBuffer()
      this.tokens.set(key, await this.authenticate(ref, challenge, init.scope ?? 'pull'))
      response = await send()
    }
    return response
  }

  /** Answers a Basic or Bearer challenge with the configured credentials (or anonymously). */
  private async authenticate(ref: ImageReference, challenge: string, scope: 'pull' | 'push'): Promise<string> {
    const creds = this.options.credentials?.[ref.registry]
    const basic = creds ? `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}` : undefined
    if (/^basic/i.test(challenge)) {
      if (!basic) throw this.denied(ref, 'the registry asks for a user name and password and none was given')
      return basic
    }
    const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map(m => [m[1]!, m[2]!]))
    if (!/^bearer/i.test(challenge) || !params.realm) {
      throw this.denied(ref, `unsupported authentication challenge '${challenge}'`)
    }
    const url = new URL(params.realm)
    if (params.service) url.searchParams.set('service', params.service)
    url.searchParams.set('scope', `repository:${ref.repository}:${scope === 'push' ? 'pull,push' : 'pull'}`)
    let response: Response
    try {
      response = await fetch(url, { headers: basic ? { authorization: basic } : {}, signal: this.options.signal })
    } catch (error) {
      throw new GateError('NETWORK', `token service ${url.host} cannot be reached: ${(error as Error).message}`, {
        field: 'image',
        cause: error
      })
    }
    this.options.onRequest?.({ method: 'GET', url: `${url.origin}${url.pathname}`, status: response.status })
    if (!response.ok) throw this.denied(ref, `the token service answered ${response.status}`)
    const body = (await response.json()) as { token?: string; access_token?: string }
    const token = body.token ?? body.access_token
    if (!token) throw this.denied(ref, 'the token service returned no token')
    return `Bearer ${token}`
  }

  private denied(ref: ImageReference, why: string): GateError<string> {
    return new GateError('REGISTRY_DENIED', `${formatReference(ref)}: ${why}`, {
      field: 'image',
      hint: 'Give the job credentials for the registry (for ghcr.io: permissions packages: read or write)'
    })
  }

  private async failure(ref: ImageReference, response: Response, what: string): Promise<GateError<string>> {
    let detail = ''
    try {
      const body = (await response.json()) as { errors?: Array<{ code?: string; message?: string }> }
      detail = (body.errors ?? []).map(e => `${e.code ?? ''} ${e.message ?? ''}`.trim()).join('; ')
    } catch {
      detail = ''
    }
    if (response.status === 401 || response.status === 403) {
      return this.denied(ref, `${what} was refused (${response.status}${detail ? `: ${detail}` : ''})`)
    }
    return new GateError(
      'REGISTRY_ERROR',
      `${formatReference(ref)}: ${what} failed with HTTP ${response.status}${detail ? `: ${detail}` : ''}`,
      { field: 'image' }
    )
  }

  private async readLimited(response: Response, limit: number, ref: ImageReference, what: string): Promise<Buffer> {
    const declared = Number(response.headers.get('content-length') ?? '0')
    if (declared > limit) {
      await response.body?.cancel()
      throw new GateError('REGISTRY_ERROR', `${formatReference(ref)}: ${what} is ${declared} bytes, over ${limit}`)
    }
    const bytes = Buffer.from(await response.arrayBuffer())
    if (bytes.length > limit) {
      throw new GateError('REGISTRY_ERROR', `${formatReference(ref)}: ${what} is ${bytes.length} bytes, over ${limit}`)
    }
    return bytes
  }

  /** Fetches a manifest by tag or digest; undefined when the registry has none. The digest is computed, never trusted. */
  async getManifest(ref: ImageReference, reference: string): Promise<FetchedManifest | undefined> {
    const response = await this.request(ref, 'GET', `manifests/${reference}`, {
      headers: { accept: MANIFEST_TYPES.join(', ') }
    })
    if (response.status === 404) {
      await response.arrayBuffer()
      return undefined
    }
    if (!response.ok) throw await this.failure(ref, response, `reading manifest ${reference}`)
    const bytes = await this.readLimited(response, MAX_MANIFEST_BYTES, ref, `manifest ${reference}`)
    const digest = digestOf(bytes)
    if (isDigest(reference) && digest !== reference) {
      throw new GateError(
        'DIGEST_MISMATCH',
        `${formatReference(ref)}: the registry returned a manifest whose digest is ${digest}, not ${reference}`,
        { field: 'image' }
      )
    }
    let json: Record<string, unknown>
    try {
      json = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>
    } catch (error) {
      throw new GateError('PARSE_ERROR', `${formatReference(ref)}: manifest ${reference} is not JSON`, { cause: error })
    }
    const mediaType =
      (typeof json.mediaType === 'string' ? json.mediaType : undefined) ??
      response.headers.get('content-type') ??
      'application/octet-stream'
    return { bytes, mediaType, digest, json }
  }

  /**
   * Resolves a reference to the digest of its manifest. A digest reference must
   * exist; a tag is read and hashed (the registry's header is not taken on trust).
   */
  async resolve(ref: ImageReference): Promise<string> {
    const reference = ref.digest ?? ref.tag ?? 'latest'
    const manifest = await this.getManifest(ref, reference)
    if (!manifest) {
      throw new GateError('IMAGE_NOT_FOUND', `${formatReference(ref)}: the registry has no manifest for ${reference}`, {
        field: 'image'
      })
    }
    return manifest.digest
  }

  /** Fetches a blob and checks its digest. */
  async getBlob(ref: ImageReference, digest: string, limit = MAX_BLOB_BYTES): Promise<Buffer> {
    const response = await this.request(ref, 'GET', `blobs/${digest}`)
    if (!response.ok) throw await this.failure(ref, response, `reading blob ${digest}`)
    const bytes = await this.readLimited(response, limit, ref, `blob ${digest}`)
    const actual = digestOf(bytes)
    if (actual !== digest) {
      throw new GateError('DIGEST_MISMATCH', `${formatReference(ref)}: blob ${digest} has digest ${actual}`, {
        field: 'image'
      })
    }
    return bytes
  }

  /** Uploads a blob unless the registry has it; returns its descriptor. */
  async putBlob(ref: ImageReference, bytes: Uint8Array, mediaType: string): Promise<Descriptor> {
    const digest = digestOf(bytes)
    const head = await this.request(ref, 'HEAD', `blobs/${digest}`, { scope: 'push' })
    if (head.status !== 200) {
      const start = await this.request(ref, 'POST', 'blobs/uploads/', { scope: 'push' })
      await start.arrayBuffer()
      if (start.status !== 202) throw await this.failure(ref, start, 'starting a blob upload')
      const location = start.headers.get('location')
      if (!location) throw new GateError('REGISTRY_ERROR', `${formatReference(ref)}: upload has no Location`)
      const url = new URL(location, this.base(ref.registry))
      url.searchParams.set('digest', digest)
      const put = await this.request(ref, 'PUT', '', {
        url: url.toString(),
        scope: 'push',
        body: bytes,
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) }
      })
      if (put.status !== 201) throw await this.failure(ref, put, `uploading blob ${digest}`)
      await put.arrayBuffer()
    } else await head.arrayBuffer()
    return { mediaType, digest, size: bytes.length }
  }

  /** Uploads a manifest under a tag or its digest; returns its digest and whether the registry took its subject. */
  async putManifest(
    ref: ImageReference,
    bytes: Uint8Array,
    mediaType: string,
    reference?: string
  ): Promise<{ digest: string; subjectAccepted: boolean }> {
    const digest = digestOf(bytes)
    const response = await this.request(ref, 'PUT', `manifests/${reference ?? digest}`, {
      scope: 'push',
      body: bytes,
      headers: { 'content-type': mediaType }
    })
    if (response.status !== 201) throw await this.failure(ref, response, `uploading manifest ${reference ?? digest}`)
    await response.arrayBuffer()
    const returned = response.headers.get('docker-content-digest')
    if (returned && returned !== digest) {
      throw new GateError('DIGEST_MISMATCH', `${formatReference(ref)}: stored manifest as ${returned}, sent ${digest}`)
    }
    return { digest, subjectAccepted: response.headers.get('oci-subject') !== null }
  }

  /**
   * The referrers of a manifest: from the OCI 1.1 referrers API, or, where the
   * registry answers 404 (no API), from the `sha256-<hex>` fallback tag.
   */
  async referrers(
    ref: ImageReference,
    digest: string,
    artifactType?: string
  ): Promise<{ descriptors: Descriptor[]; source: ReferrersSource }> {
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : ''
    const response = await this.request(ref, 'GET', `referrers/${digest}${query}`, {
      headers: { accept: OCI_INDEX }
    })
    if (response.ok) {
      const index = JSON.parse(
        (await this.readLimited(response, MAX_MANIFEST_BYTES, ref, 'referrers index')).toString()
      ) as ImageIndex
      const all = index.manifests ?? []
      return { descriptors: filterType(all, artifactType), source: 'referrers-api' }
    }
    await response.arrayBuffer()
    if (response.status !== 404) throw await this.failure(ref, response, `listing referrers of ${digest}`)
    const fallback = await this.getManifest(ref, referrersTag(digest))
    if (!fallback) return { descriptors: [], source: 'none' }
    const manifests = ((fallback.json as unknown as ImageIndex).manifests ?? []) as Descriptor[]
    return { descriptors: filterType(manifests, artifactType), source: 'referrers-tag' }
  }

  /**
   * Pushes an artifact manifest whose `subject` is another manifest. When the
   * registry does not confirm the subject (no `OCI-Subject` header), the
   * referrers-tag index is updated as the OCI 1.1 specification describes.
   */
  async attachReferrer(
    ref: ImageReference,
    manifest: Uint8Array,
    mediaType: string,
    descriptor: Omit<Descriptor, 'digest' | 'size' | 'mediaType'>,
    subjectDigest: string
  ): Promise<{ digest: string; via: 'referrers-api' | 'referrers-tag' }> {
    const put = await this.putManifest(ref, manifest, mediaType)
    if (put.subjectAccepted) return { digest: put.digest, via: 'referrers-api' }
    const tag = referrersTag(subjectDigest)
    const current = await this.getManifest(ref, tag)
    const index: ImageIndex = current
      ? (current.json as unknown as ImageIndex)
      : { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] }
    const entry: Descriptor = { mediaType, digest: put.digest, size: manifest.length, ...descriptor }
    if (!index.manifests.some(m => m.digest === put.digest)) index.manifests.push(entry)
    await this.putManifest(ref, Buffer.from(JSON.stringify(index)), OCI_INDEX, tag)
    return { digest: put.digest, via: 'referrers-tag' }
  }
}

function filterType(descriptors: Descriptor[], artifactType?: string): Descriptor[] {
  return artifactType ? descriptors.filter(d => d.artifactType === artifactType) : descriptors
}
