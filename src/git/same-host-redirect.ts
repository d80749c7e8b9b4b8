/**
 * Where a redirected git remote went, when it stayed on the Hub's host. git itself follows no
 * redirect here (its auth header would go along to any host), so a renamed repo — which the Hub
 * redirects, `307` to the same path under the new id — is looked up once, by one request of the
 * service's discovery URL, and git is pointed at the new address. A redirect to another origin is
 * not followed: the caller reports it.
 */
import { createTransport, drain } from '../hub/transport/index.js'

const REDIRECTS = new Set([301, 302, 303, 307, 308])
/** A renamed repo redirects once; more than this is a loop. */
const MAX_HOPS = 3

/**
 * The remote's new URL, if its discovery URL (`info/refs?service=…`) redirects within the same
 * origin; undefined when it does not redirect, or redirects elsewhere.
 */
export async function sameHostRedirect(
  remoteUrl: string,
  service: 'git-upload-pack' | 'git-receive-pack',
  authorization: string | undefined,
  timeoutMs: number
): Promise<string | undefined> {
  const origin = new URL(remoteUrl).origin
  const suffix = `/info/refs?service=${service}`
  let base = remoteUrl.replace(/\/+$/, '')
  // A lookup of its own, rare (a renamed repo): its connections go when it is done.
  const transport = createTransport()
  try {
    for (let hop = 0; hop < MAX_HOPS; hop++) {
      const res = await transport.request(new URL(`${base}${suffix}`), {
        method: 'GET',
        headers: authorization ? { authorization } : {},
        headersTimeoutMs: timeoutMs,
        bodyTimeoutMs: timeoutMs
      })
      await drain(res.body).catch(() => undefined)
      const location = res.headers.location
      if (!REDIRECTS.has(res.statusCode) || typeof location !== 'string') {
        return base === remoteUrl.replace(/\/+$/, '') ? undefined : base
      }
      const target = new URL(location, `${base}${suffix}`)
      // git's own rule for a redirected discovery: the new URL ends the way the old one did.
      if (target.origin !== origin || !target.href.endsWith(suffix)) return undefined
      base = target.href.slice(0, -suffix.length)
    }
    return undefined
  } finally {
    await transport.close()
  }
}
