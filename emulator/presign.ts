/**
 * Presigned URLs, like the S3 URLs the Hub hands out for LFS uploads: the signature in the query
 * string is the only credential, so a request to one needs no token — and must not carry one.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export type SignatureCheck = 'ok' | 'expired' | 'invalid'

export class UrlSigner {
  private readonly secret = randomBytes(32)

  constructor(
    /** How long a URL stays valid (the Hub's are valid for about an hour). */
    readonly ttlSeconds = 3600
  ) {}

  /** `base` + `path` + the params, an expiry and a signature over all of them. */
  sign(base: string, path: string, params: Record<string, string | number> = {}): string {
    const url = new URL(path, base)
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value))
    url.searchParams.set('expires', String(Math.floor(Date.now() / 1000) + this.ttlSeconds))
    url.searchParams.set('sig', this.mac(url))
    return url.toString()
  }

  /** Whether a request's URL is one this signer made (unchanged) and still valid. */
  check(url: URL): SignatureCheck {
    const given = Buffer.from(url.searchParams.get('sig') ?? '')
    const expected = Buffer.from(this.mac(url))
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid'
    const expires = Number(url.searchParams.get('expires'))
    return expires * 1000 >= Date.now() ? 'ok' : 'expired'
  }

  /** The signature covers the path and every query parameter but itself, in order. */
  private mac(url: URL): string {
    const params = new URLSearchParams(url.search)
    params.delete('sig')
    return createHmac('sha256', this.secret)
      .update(`${url.pathname}?${params.toString()}`)
      .digest('base64url')
  }
}
