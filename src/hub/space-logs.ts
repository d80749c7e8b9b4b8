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

/**
 * Reads a log stream as the Hub sends it (no `tail`: from the start), handing over each event's
 * lines as they arrive, until the Hub closes the stream or `signal` aborts it.
 * @returns how many events were read
 */
export async function followSpaceLog(
  client: HubClient,
  spaceId: string,
  kind: LogKind,
  onEvent: (lines: string[]) => void,
  signal: AbortSignal
): Promise<number> {
  return client.stream(
    {
      method: 'GET',
      path: `${repoApiPath('space', spaceId)}/logs/${kind}`,
      headers: { accept: 'text/event-stream' },
      signal
    },
    async (res) => {
      let events = 0
      let buffered = ''
      for await (const chunk of res.body) {
        buffered += chunk.toString()
        const lines = buffered.split('\n')
        buffered = lines.pop() ?? ''
        for (const line of lines) {
          const parsed = parseEvent(line)
          // Keep-alives (a bare `data:`) are not events of the log.
          if (parsed.length === 0) continue
          events++
          onEvent(parsed)
        }
      }
      return events
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
