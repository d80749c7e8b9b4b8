/**
 * A small path router: patterns like `/api/:types/:ns/:name/runtime`, with `*rest` for a tail.
 * The Hub's repo ids travel as two raw segments, revisions percent-encoded as one segment.
 */
import type { RequestContext } from './http.js'

export type Handler = (ctx: RequestContext) => Promise<void> | void

interface Route {
  method: string
  segments: string[]
  handler: Handler
}

export class Router {
  private readonly routes: Route[] = []

  on(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, segments: pattern.split('/').filter(Boolean), handler })
    return this
  }

  /** Finds the handler for a request and fills `params`; undefined when nothing matches. */
  match(
    method: string,
    pathname: string
  ): { handler: Handler; params: Record<string, string> } | undefined {
    const parts = pathname.split('/').filter(Boolean)
    for (const route of this.routes) {
      if (route.method !== method && !(route.method === 'GET' && method === 'HEAD')) continue
      const params = matchSegments(route.segments, parts)
      if (params) return { handler: route.handler, params }
    }
    return undefined
  }
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {}
  for (let i = 0; i < pattern.length; i++) {
    const seg = pattern[i]
    if (seg.startsWith('*')) {
      params[seg.slice(1)] = parts.slice(i).map(safeDecode).join('/')
      return params
    }
    const part = parts[i]
    if (part === undefined) return undefined
    if (seg.startsWith(':')) params[seg.slice(1)] = safeDecode(part)
    else if (seg !== part) return undefined
  }
  return parts.length === pattern.length ? params : undefined
}

/** A percent-decoded path segment; a malformed one is kept as it is. */
export function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}
