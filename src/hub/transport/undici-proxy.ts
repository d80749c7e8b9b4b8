/**
 * The transport behind a proxy: undici's `EnvHttpProxyAgent`, which sends `http:` URLs through
 * `HTTP_PROXY`, `https:` ones through `HTTPS_PROXY` (else `HTTP_PROXY`), and straight to the
 * hosts `NO_PROXY` names. Loaded only when a proxy variable is set (see `createTransport`).
 */
import { EnvHttpProxyAgent, request, type Dispatcher } from 'undici'
import type { Transport, TransportRequest, TransportResponse } from './types.js'

/**
 * undici keeps an idle connection for the server's `Keep-Alive: timeout` minus a threshold, 2 s
 * by default — so a server that says 2 s would never see one reused. 500 ms still closes well
 * before the server.
 */
const KEEP_ALIVE = { keepAliveTimeout: 4000, keepAliveTimeoutThreshold: 500 }

export class UndiciProxyTransport implements Transport {
  private readonly dispatcher: EnvHttpProxyAgent

  constructor(env: NodeJS.ProcessEnv) {
    // The variables undici reads, taken from `env` (lower case first, as undici and curl do).
    this.dispatcher = new EnvHttpProxyAgent({
      ...KEEP_ALIVE,
      httpProxy: env.http_proxy ?? env.HTTP_PROXY,
      httpsProxy: env.https_proxy ?? env.HTTPS_PROXY,
      noProxy: env.no_proxy ?? env.NO_PROXY
    })
  }

  async request(url: URL, req: TransportRequest): Promise<TransportResponse> {
    const res = await request(url, {
      method: req.method as Dispatcher.HttpMethod,
      headers: req.headers,
      body: req.body as Dispatcher.RequestOptions['body'],
      signal: req.signal,
      maxRedirections: 0,
      dispatcher: this.dispatcher,
      headersTimeout: req.headersTimeoutMs,
      bodyTimeout: req.bodyTimeoutMs
    })
    return { statusCode: res.statusCode, headers: res.headers, body: res.body }
  }

  close(): Promise<void> {
    return this.dispatcher.close()
  }
}
