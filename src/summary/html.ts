/** The few HTML pieces a job summary is made of, escaped so no log line can break the page. */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function link(url: string, text: string = url): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`
}

/** A block of log lines, escaped. */
export function pre(lines: readonly string[]): string {
  return `<pre>${escapeHtml(lines.join('\n'))}</pre>`
}

/** A collapsed block: only `title` shows until it is opened. */
export function details(title: string, body: string): string {
  return `<details><summary>${escapeHtml(title)}</summary>\n\n${body}\n\n</details>\n`
}

/** A table with a header row; cells are HTML already. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const row = (cells: readonly string[], tag: 'th' | 'td') =>
    `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`
  return `<table>${row(header, 'th')}${rows.map((cells) => row(cells, 'td')).join('')}</table>\n`
}
