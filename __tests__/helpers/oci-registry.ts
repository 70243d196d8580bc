/**
 * An OCI 1.1 registry with the referrers API, in memory on 127.0.0.1, built from the
 * OCI distribution specification v1.1 (the endpoints end-1 to end-13 that image
 * clients use, and end-12a/12b, the referrers API). Debian's docker-registry 2.8 has
 * no referrers API, so without this stand-in the API path of the OCI client would
 * never run; the real registry stays the reference for everything else.
 *
 * What it implements: `GET /v2/`; blobs `HEAD`/`GET`; monolithic uploads (`POST`
 * then `PUT ?digest=`); manifests `HEAD`/`GET`/`PUT` by tag or digest, answering a
 * `PUT` of a manifest with a `subject` with the `OCI-Subject` header; and
 * `GET /v2/<name>/referrers/<digest>[?artifactType=]`, an image index of every
 * manifest whose subject is that digest, with `OCI-Filters-Applied` when filtered.
 */
import { createHash, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A running stand-in registry. */
export interface ReferrersRegistry {
  /** `127.0.0.1:<port>`. */
  host: string
  /** Requests served, as `METHOD path`. */
  requests: string[]
  /** Tags of a repository. */
  tags(repository: string): string[]
  stop(): Promise<void>
}

interface Stored {
  bytes: Buffer
  mediaType: string
}

const digestOf = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`

/** Starts the registry on a free loopback port. */
export async function startReferrersRegistry(): Promise<ReferrersRegistry> {
  const blobs = new Map<string, Buffer>()
  const manifests = new Map<string, Map<string, Stored>>() // repository -> digest -> manifest
  const tags = new Map<string, Map<string, string>>() // repository -> tag -> digest
  const uploads = new Map<string, Buffer[]>()
  const requests: string[] = []

  const repoOf = (m: Map<string, Map<string, Stored>> | Map<string, Map<string, string>>, name: string) => {
    if (!m.has(name)) (m as Map<string, Map<string, unknown>>).set(name, new Map())
    return m.get(name)!
  }

  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer): void => {
    const url = new URL(req.url ?? '/', 'http://registry')
    const method = req.method ?? 'GET'
    requests.push(`${method} ${url.pathname}`)
    const send = (status: number, headers: Record<string, string> = {}, payload?: Buffer) => {
      res.writeHead(status, { 'docker-distribution-api-version': 'registry/2.0', ...headers })
      res.end(method === 'HEAD' ? undefined : payload)
    }
    if (url.pathname === '/v2/' || url.pathname === '/v2')
      return send(200, { 'content-type': 'application/json' }, Buffer.from('{}'))
    const m = /^\/v2\/(.+)\/(blobs\/uploads\/?([^/]*)|blobs\/([^/]+)|manifests\/([^/]+)|referrers\/([^/]+))$/.exec(
      url.pathname
    )
    if (!m) return send(404)
    const [, name, , uploadId, blobDigest, manifestRef, referrersOf] = m as unknown as (string | undefined)[]
    const repository = name!
    if (manifestRef !== undefined) {
      const byDigest = repoOf(manifests, repository) as Map<string, Stored>
      const byTag = repoOf(tags, repository) as Map<string, string>
      if (method === 'PUT') {
        const digest = digestOf(body)
        const mediaType = (req.headers['content-type'] as string) ?? JSON.parse(body.toString()).mediaType
        byDigest.set(digest, { bytes: body, mediaType })
        if (!manifestRef.startsWith('sha256:')) byTag.set(manifestRef, digest)
        else if (manifestRef !== digest) return send(400, {}, Buffer.from('{"errors":[{"code":"DIGEST_INVALID"}]}'))
        const subject = (JSON.parse(body.toString()) as { subject?: { digest?: string } }).subject?.digest
        return send(201, {
          location: `/v2/${repository}/manifests/${digest}`,
          'docker-content-digest': digest,
          ...(subject ? { 'oci-subject': subject } : {})
        })
      }
      const digest = manifestRef.startsWith('sha256:') ? manifestRef : byTag.get(manifestRef)
      const stored = digest === undefined ? undefined : byDigest.get(digest)
      if (!stored)
        return send(
          404,
          { 'content-type': 'application/json' },
          Buffer.from('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}')
        )
      return send(
        200,
        {
          'content-type': stored.mediaType,
          'docker-content-digest': digest!,
          'content-length': String(stored.bytes.length)
        },
        stored.bytes
      )
    }
    if (referrersOf !== undefined && method === 'GET') {
      const byDigest = repoOf(manifests, repository) as Map<string, Stored>
      const wanted = url.searchParams.get('artifactType')
      const descriptors = []
      for (const [digest, stored] of byDigest) {
        const json = JSON.parse(stored.bytes.toString()) as {
          subject?: { digest?: string }
          artifactType?: string
          config?: { mediaType?: string }
          annotations?: Record<string, string>
        }
        if (json.subject?.digest !== referrersOf) continue
        const artifactType = json.artifactType ?? json.config?.mediaType
        if (wanted && artifactType !== wanted) continue
        descriptors.push({
          mediaType: stored.mediaType,
          digest,
          size: stored.bytes.length,
          ...(artifactType ? { artifactType } : {}),
          ...(json.annotations ? { annotations: json.annotations } : {})
        })
      }
      const index = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.index.v1+json',
          manifests: descriptors
        })
      )
      return send(
        200,
        {
          'content-type': 'application/vnd.oci.image.index.v1+json',
          ...(wanted ? { 'oci-filters-applied': 'artifactType' } : {})
        },
        index
      )
    }
    if (blobDigest !== undefined) {
      const blob = blobs.get(blobDigest)
      if (!blob)
        return send(404, { 'content-type': 'application/json' }, Buffer.from('{"errors":[{"code":"BLOB_UNKNOWN"}]}'))
      return send(200, { 'content-length': String(blob.length), 'docker-content-digest': blobDigest }, blob)
    }
    if (method === 'POST' && !uploadId) {
      const id = randomUUID()
      uploads.set(id, [])
      return send(202, { location: `/v2/${repository}/blobs/uploads/${id}`, range: '0-0' })
    }
    if (uploadId && uploads.has(uploadId)) {
      const parts = uploads.get(uploadId)!
      parts.push(body)
      if (method === 'PATCH') return send(202, { location: `/v2/${repository}/blobs/uploads/${uploadId}` })
      if (method === 'PUT') {
        const data = Buffer.concat(parts)
        const digest = url.searchParams.get('digest')
        uploads.delete(uploadId)
        if (digest !== digestOf(data)) return send(400, {}, Buffer.from('{"errors":[{"code":"DIGEST_INVALID"}]}'))
        blobs.set(digest, data)
        return send(201, { location: `/v2/${repository}/blobs/${digest}`, 'docker-content-digest': digest })
      }
    }
    return send(404)
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => handle(req, res, Buffer.concat(chunks)))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    host: `127.0.0.1:${port}`,
    requests,
    tags: repository => [...(tags.get(repository)?.keys() ?? [])],
    stop: () => new Promise(resolve => server.close(() => resolve()))
  }
}
