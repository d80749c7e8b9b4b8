/**
 * The runner's workflow commands, written to stdout: log lines, annotations, groups, masks and
 * the step's failure. The format is GitHub's (`::name key=value,…::message`, with `%`, CR and LF
 * escaped, and `:` and `,` too in property values), the one `@actions/core` writes. The action
 * writes them itself: `@actions/core` bundles all of undici for its OIDC helper, which doubled a
 * `status` step's start-up.
 */
import { EOL } from 'node:os'

/** Where an annotation points, as the runner's `file`, `line`, … properties. */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

/** Shown only when the run is re-run with debug logging. */
export function debug(message: string): void {
  issue('debug', {}, message)
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issue('notice', annotation(properties), message)
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issue('warning', annotation(properties), message)
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issue('error', annotation(properties), message)
}

/** The runner replaces `secret` with `***` in every later line of the log. */
export function setSecret(secret: string): void {
  issue('add-mask', {}, secret)
}

export function startGroup(name: string): void {
  issue('group', {}, name)
}

export function endGroup(): void {
  issue('endgroup', {}, '')
}

/** Fails the step (exit code 1) with `message` as its error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

function annotation(p: AnnotationProperties): Record<string, string | number | undefined> {
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn
  }
}

function issue(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string
): void {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`)
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
