/**
 * A Space's app, served on a loopback port of its own so that its URL answers like
 * `https://owner-name.hf.space`: a visit to a RUNNING app is recorded (it resets the sleep timer on
 * the real Hub); a private Space's app needs the owner's token.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { canWriteNamespace } from './auth.js'
import type { HubEmulator } from './server.js'

export interface AppServer {
  /** `127.0.0.1:<port>`: what the runtime reports as the Space's domain. */
  host: string
  close(): Promise<void>
}

export async function startAppServer(hub: HubEmulator, id: string): Promise<AppServer> {
  const server = createServer((req, res) => {
    const repo = hub.repos.get('space', id)
    const runtime = repo?.runtime
    if (!repo || !runtime) {
      res.writeHead(404).end('Not found')
      return
    }
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1]
    const authorized = isOwner(hub, token, repo.namespace)
    if (repo.private && !authorized) {
      res.writeHead(404).end('Not found')
      return
    }
    runtime.appVisits.push({ at: new Date().toISOString(), authorized })
    if (runtime.stage !== 'RUNNING') {
      res.writeHead(503, { 'Content-Type': 'text/html' }).end(`<p>Space is ${runtime.stage}</p>`)
      return
    }
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<h1>${repo.name}</h1>`)
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

function isOwner(hub: HubEmulator, token: string | undefined, namespace: string): boolean {
  try {
    const grant = hub.tokens.resolve(token)
    return grant !== undefined && canWriteNamespace(grant, namespace)
  } catch {
    return false
  }
}
