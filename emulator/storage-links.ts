/**
 * The presigned URLs of one repo's LFS objects, as the LFS batch answer and `resolve` hand them
 * out. On the Hub they point at object storage on another host (S3, a CDN); here they point at
 * the emulator's own storage routes, reached through the host name `localhost` instead of
 * `127.0.0.1`: the same server, but another host to a client, so that clients treat them as the
 * Hub's storage — huggingface_hub stops following a `resolve` redirect there and drops the token,
 * fetch drops `Authorization` on the way — and the storage can refuse a request that carries one.
 */
import type { UrlSigner } from './presign.js'
import { repoKey, type EmulatedRepo } from './repos.js'
import type { HubEmulator } from './server.js'

export interface LfsAction {
  href: string
  header?: Record<string, string>
  expires_in?: number
}

/** The storage's origin: the emulator's port under the host name `localhost`. */
export function storageOrigin(hub: HubEmulator): string {
  const url = new URL(hub.url)
  url.hostname = 'localhost'
  return url.origin
}

export class StorageLinks {
  private readonly key: string
  private readonly origin: string

  constructor(
    private readonly hub: HubEmulator,
    private readonly signer: UrlSigner,
    repo: EmulatedRepo
  ) {
    this.key = encodeURIComponent(repoKey(repo.type, repo.id))
    this.origin = storageOrigin(hub)
  }

  basic(oid: string, size: number): LfsAction {
    return this.action(`/_lfs/upload/${this.key}/${oid}`, { size })
  }

  /** `header` has `chunk_size` and one URL per part, keys `00001`, `00002`, …; href completes. */
  multipart(oid: string, size: number): LfsAction {
    const chunk = this.hub.lfsOptions.chunkSize
    const header: Record<string, string> = { chunk_size: String(chunk) }
    for (let part = 1; part <= Math.ceil(size / chunk); part++) {
      header[String(part).padStart(5, '0')] = this.action(`/_lfs/upload/${this.key}/${oid}`, {
        size,
        chunk,
        part
      }).href
    }
    return { ...this.action(`/_lfs/complete/${this.key}/${oid}`, { size, chunk }), header }
  }

  download(oid: string): LfsAction {
    return this.action(`/_lfs/download/${this.key}/${oid}`)
  }

  private action(path: string, params: Record<string, number> = {}): LfsAction {
    return {
      href: this.signer.sign(this.origin, path, params),
      expires_in: this.signer.ttlSeconds
    }
  }
}
