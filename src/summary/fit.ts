/**
 * Keeps a job summary under GitHub's limit: the runner refuses a step summary over 1 MiB (1024k)
 * and shows none of it. What a person needs first (headings, the overview, reasons, error lines)
 * is kept whole; collapsed extras (log tails, plans) are left out, in order, once they no longer
 * fit; and the summary says so.
 */

/** GitHub's limit on one step's summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024
/** Room kept for the notice and the runner's own counting. */
const MARGIN_BYTES = 8 * 1024

export interface SummaryPart {
  html: string
  /** Collapsed extras that may be left out when the summary would be too big. */
  optional?: boolean
}

const LEFT_OUT = '<p><em>(Left out: the summary would pass GitHub’s 1 MiB limit.)</em></p>\n'
export const CUT_NOTICE =
  '<p>✂️ <strong>This summary was cut</strong> to stay under GitHub’s 1 MiB limit for a step summary; the step’s log has everything.</p>\n'

export function fitSummary(parts: readonly SummaryPart[], limit = SUMMARY_LIMIT_BYTES): string {
  const size = (html: string) => Buffer.byteLength(html)
  const budget = limit - MARGIN_BYTES
  const total = parts.reduce((n, part) => n + size(part.html), 0)
  if (total <= budget) return parts.map((part) => part.html).join('')

  let left = budget - parts.filter((p) => !p.optional).reduce((n, p) => n + size(p.html), 0)
  const kept: string[] = []
  for (const part of parts) {
    if (!part.optional) kept.push(part.html)
    else if (size(part.html) <= left - size(LEFT_OUT)) {
      kept.push(part.html)
      left -= size(part.html)
    } else {
      kept.push(LEFT_OUT)
      left -= size(LEFT_OUT)
    }
  }
  const html = kept.join('')
  // Even the essentials are too many (hundreds of repos): a hard cut, on a character boundary.
  return (size(html) <= budget ? html : cutBytes(html, budget)) + CUT_NOTICE
}

function cutBytes(text: string, bytes: number): string {
  const cut = Buffer.from(text).subarray(0, bytes).toString('utf8')
  // A cut inside a multi-byte character leaves a replacement character: drop it.
  return cut.replace(/\uFFFD$/, '')
}
