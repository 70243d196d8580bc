/**
 * A real OCI registry for tests: Debian's docker-registry on 127.0.0.1 with a
 * temporary config and storage directory on a free port, and images built by hand
 * (OCI layout: config, layer, manifest) pushed to it with skopeo.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import * as path from 'node:path'
import { makeTempDir, removeDir } from './tmp.js'

const REGISTRY_BIN = process.env.AI_ACT_GATES_REGISTRY_BIN ?? '/usr/bin/docker-registry'

/** A running registry. */
export interface TestRegistry {
  /** `127.0.0.1:<port>`. */
  host: string
  stop(): Promise<void>
}

function requireTool(bin: string, pkg: string): void {
  const found = bin.includes('/') ? existsSync(bin) : spawnSync('which', [bin]).status === 0
  if (!found) throw new Error(`${bin} is not installed: run 'apt-get install ${pkg}' (or .ci/run) to run these tests`)
}

/** A port that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port
      server.close(() => resolve(port))
    })
  })
}

/** Starts docker-registry on a free loopback port and waits until it answers /v2/. */
export async function startRegistry(): Promise<TestRegistry> {
  requireTool(REGISTRY_BIN, 'docker-registry')
  const dir = await makeTempDir('aag-registry-')
  const port = await freePort()
  const config = [
    'version: 0.1',
    'log:',
    '  level: error',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${dir}/data`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`
  ].join('\n')
  await writeFile(path.join(dir, 'config.yml'), config)
  const child: ChildProcess = spawn(REGISTRY_BIN, ['serve', path.join(dir, 'config.yml')], {
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
  const host = `127.0.0.1:${port}`
  const deadline = Date.now() + 15_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${stderr}`)
    try {
      if ((await fetch(`http://${host}/v2/`)).status === 200) break
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      child.kill()
      throw new Error(`docker-registry did not start on ${host}: ${stderr}`)
    }
    await new Promise(r => setTimeout(r, 50))
  }
  return {
    host,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise(r => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      await removeDir(dir)
    }
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** An image as pushed. */
export interface PushedImage {
  /** `host/repo:tag`. */
  reference: string
  /** Digest of its manifest. */
  digest: string
  /** The manifest bytes. */
  manifest: Buffer
}

/**
 * Builds a one-layer OCI image by hand (uncompressed tar layer holding one file,
 * config, manifest, index) in an OCI layout and pushes it with skopeo.
 */
export async function pushImage(host: string, repository: string, tag: string, content = tag): Promise<PushedImage> {
  requireTool('skopeo', 'skopeo')
  const dir = await makeTempDir('aag-image-')
  try {
    const blobs = path.join(dir, 'blobs/sha256')
    await mkdir(blobs, { recursive: true })
    const put = async (bytes: Buffer): Promise<string> => {
      const hex = sha256(bytes)
      await writeFile(path.join(blobs, hex), bytes)
      return hex
    }
    const layer = tarOneFile('app/model-version.txt', Buffer.from(`${content}\n`))
    const layerHex = await put(layer)
    const config = Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        config: { Cmd: ['/app/serve'] },
        rootfs: { type: 'layers', diff_ids: [`sha256:${layerHex}`] }
      })
    )
    const configHex = await put(config)
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: {
          mediaType: 'application/vnd.oci.image.config.v1+json',
          digest: `sha256:${configHex}`,
          size: config.length
        },
        layers: [
          { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: `sha256:${layerHex}`, size: layer.length }
        ]
      })
    )
    const manifestHex = await put(manifest)
    await writeFile(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
    await writeFile(
      path.join(dir, 'index.json'),
      JSON.stringify({
        schemaVersion: 2,
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: `sha256:${manifestHex}`,
            size: manifest.length,
            annotations: { 'org.opencontainers.image.ref.name': tag }
          }
        ]
      })
    )
    const reference = `${host}/${repository}:${tag}`
    // Asynchronous, so a registry served from this very process keeps answering.
    const r = await runTool('skopeo', [
      'copy',
      '--quiet',
      '--preserve-digests',
      '--dest-tls-verify=false',
      `oci:${dir}:${tag}`,
      `docker://${reference}`
    ])
    if (r.code !== 0) throw new Error(`skopeo copy failed: ${r.stderr}`)
    return { reference, digest: `sha256:${manifestHex}`, manifest }
  } finally {
    await removeDir(dir)
  }
}

/** Reads a raw manifest with skopeo, independently of the project's client. */
export function skopeoRawManifest(reference: string): Buffer {
  requireTool('skopeo', 'skopeo')
  const r = spawnSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${reference}`])
  if (r.status !== 0) throw new Error(`skopeo inspect failed: ${r.stderr.toString()}`)
  return r.stdout
}

/** Runs a tool without blocking the event loop. */
function runTool(bin: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', code => resolve({ code, stderr }))
  })
}

/** A ustar archive holding one regular file. */
function tarOneFile(name: string, data: Buffer): Buffer {
  const header = Buffer.alloc(512)
  header.write(name, 0, 100, 'utf8')
  header.write('0000644\0', 100)
  header.write('0000000\0', 108)
  header.write('0000000\0', 116)
  header.write(data.length.toString(8).padStart(11, '0') + '\0', 124)
  header.write('00000000000\0', 136)
  header.write('        ', 148)
  header.write('0', 156)
  header.write('ustar\0', 257)
  header.write('00', 263)
  let sum = 0
  for (const b of header) sum += b
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148)
  const pad = Buffer.alloc((512 - (data.length % 512)) % 512)
  return Buffer.concat([header, data, pad, Buffer.alloc(1024)])
}
