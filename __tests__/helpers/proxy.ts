/**
 * A forward proxy on loopback, as a self-hosted runner's would be: it opens the tunnels clients
 * ask for (`CONNECT host:port`, how undici goes through a proxy for http and https alike) and
 * records each, so a test can tell which requests went through it.
 */
import { afterAll, beforeAll } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export interface ForwardProxy {
  /** `http://127.0.0.1:<port>` */
  url: string
  /** The `host:port` of every tunnel asked for, in order. */
  tunnels: string[]
  close(): Promise<void>
}

export async function startProxy(): Promise<ForwardProxy> {
  const tunnels: string[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((req, res) => {
    // Only tunnels: a plain request to the proxy is not how the action's client uses it.
    req.resume()
    res.writeHead(405, { 'Content-Type': 'text/plain' }).end('CONNECT only')
  })
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = req.url ?? ''
    tunnels.push(target)
    const [host, port] = [target.slice(0, target.lastIndexOf(':')), target.split(':').pop()]
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
    }
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

/** One proxy for a test file; call the result to get it. */
export function useProxy(): () => ForwardProxy {
  let proxy: ForwardProxy | undefined
  beforeAll(async () => {
    proxy = await startProxy()
  })
  afterAll(async () => proxy?.close())
  return () => {
    if (!proxy) throw new Error('the proxy is not started yet (use it inside a test)')
    return proxy
  }
}
