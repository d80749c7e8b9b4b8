/**
 * Which redirects a Hub call follows, and where. A 3xx is never an answer: it is followed when
 * the same request can be made again at the new address, and otherwise fails with a message that
 * says why. The token is the client's business: it goes only to the Hub's own origin (see
 * `HubClient`), so a redirect to another host is followed without it — as huggingface_hub's
 * httpx client does (it strips `Authorization` when a redirect leaves the origin).
 */

/** A renamed repo answers 307 once; a chain longer than this is a loop. */
export const MAX_REDIRECTS = 5

const REDIRECTS = new Set([301, 302, 303, 307, 308])

export class HubRedirectError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly url: string,
    message: string
  ) {
    super(message)
    this.name = 'HubRedirectError'
  }
}

/**
 * The address to send the same request to after a 3xx answer to `method url`, or a
 * `HubRedirectError` to throw. `resendable`: the body (if any) can be sent again (a string,
 * bytes, or a factory of a stream).
 */
export function followRedirect(
  status: number,
  location: string | undefined,
  request: { method: string; url: URL; resendable: boolean; redirects: number }
): URL {
  const { method, url } = request
  const what = `${method} ${url.pathname}`
  const fail = (why: string) =>
    new HubRedirectError(status, method, url.href, `The Hub answered ${status} to ${what}: ${why}`)
  if (!REDIRECTS.has(status)) {
    throw fail(
      'a 3xx that is neither an answer nor a redirect the action can follow. Check the `endpoint` input (it must be the Hub or a mirror of its API).'
    )
  }
  if (!location) throw fail('a redirect without a Location header.')
  let target: URL
  try {
    target = new URL(location, url)
  } catch {
    throw fail(`a redirect to an invalid address (${location}).`)
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    throw fail(`a redirect to a ${target.protocol} address, which the action does not follow.`)
  }
  if (request.redirects >= MAX_REDIRECTS) {
    throw fail(
      `more than ${MAX_REDIRECTS} redirects in a row (the last to ${target.href}): a loop.`
    )
  }
  const reads = method === 'GET' || method === 'HEAD'
  if (reads) return target
  if (status === 307 || status === 308) {
    if (!request.resendable) {
      throw fail(`a redirect to ${target.href}, and the request's body cannot be sent again.`)
    }
    return target
  }
  // 301/302/303 of a write would become a GET of the new address: the write would not happen,
  // while the GET's answer looked like its result.
  throw fail(
    `a redirect to ${target.href} that would turn the ${method} into a GET. The action does not follow it, so it cannot tell whether the ${method} took effect: check the \`endpoint\` input.`
  )
}
