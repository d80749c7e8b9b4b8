/**
 * `GET /api/spaces/{id}/logs/{build|run}?tail=N`: the last lines of a Space's build or run log,
 * served as server-sent events (`data: {"data": "<line>\n", "timestamp": …}`).
 */
import type { HubClient } from './client.js'
import { repoApiPath } from './types.js'

export type LogKind = 'build' | 'run'

/** Reads at most this long: the Hub keeps a log stream open while the Space runs. */
const READ_WINDOW_MS = 5000

export async function fetchSpaceLogTail(
  client: HubClient,
  spaceId: string,
  kind: LogKind,
  tail: number
): Promise<string[]> {
  return client.stream(
    {
      method: 'GET',
      path: `${repoApiPath('space', spaceId)}/logs/${kind}`,
      query: { tail },
      headers: { accept: 'text/event-stream' }
    },
    async (res) => {
      const lines: string[] = []
      let buffered = ''
      const timer = setTimeout(() => res.body.destroy(), READ_WINDOW_MS)
      try {
        for await (const chunk of res.body) {
          buffered += chunk.toString()
          const events = buffered.split('\n')
          buffered = events.pop() ?? ''
          for (const event of events) lines.push(...parseEvent(event))
        }
      } catch {
        // The window closed the stream: what was read is the tail.
      } finally {
        clearTimeout(timer)
      }
      lines.push(...parseEvent(buffered))
      return lines.slice(-tail)
    }
  )
}

function parseEvent(line: string): string[] {
  if (!line.startsWith('data:')) return []
  const payload = line.slice(5).trim()
  if (!payload) return []
  try {
    const event = JSON.parse(payload) as { data?: string }
    return (event.data ?? '').replace(/\n$/, '').split('\n')
  } catch {
    return [payload]
  }
}
