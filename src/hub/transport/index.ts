/**
 * Which transport the clients send through: node:http/https, or — when a proxy variable is set —
 * undici's proxy agent, imported on the first request so that a run without a proxy never loads
 * undici (about 60–90 ms of start-up, and on Node 20 a wait at exit while V8 finishes compiling
 * its WebAssembly HTTP parser).
 */
import { NodeHttpTransport } from './node-http.js'
import type { Transport, TransportRequest, TransportResponse } from './types.js'

export * from './types.js'

/** Any of these set (to a non-empty value) sends requests through undici's proxy agent. */
export const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']

export function createTransport(env: NodeJS.ProcessEnv = process.env): Transport {
  const proxied = PROXY_VARIABLES.some((name) => env[name])
  return proxied ? new LazyProxyTransport(env) : new NodeHttpTransport()
}

class LazyProxyTransport implements Transport {
  private loaded?: Promise<Transport>

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  async request(url: URL, req: TransportRequest): Promise<TransportResponse> {
    return (await this.load()).request(url, req)
  }

  async close(): Promise<void> {
    if (this.loaded) await (await this.loaded).close()
  }

  private load(): Promise<Transport> {
    this.loaded ??= import('./undici-proxy.js').then((m) => new m.UndiciProxyTransport(this.env))
    return this.loaded
  }
}
