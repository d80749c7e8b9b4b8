/**
 * The preupload of the files a deploy knows to publish before it hashes anything: those the remote
 * tree lacks, and those it holds with another size (most edits change a file's size). It needs only
 * their paths, sizes and first bytes, so it is sent as soon as the tree is read and the token check
 * has passed, while the other files are still being hashed; the preupload after the plan then asks
 * only about the rest (files changed at the same size), and usually about nothing. An edited file
 * is committed one round trip sooner.
 *
 * Its answers are the ones the later preupload would get: the same `.gitignore`, and the same
 * `.gitattributes` decisions (a file whose decision the completed `.gitattributes` could change
 * waits for the later one: root-attributes.ts).
 */
import { readFile } from 'node:fs/promises'
import type { HubClient } from '../hub/client.js'
import { preupload, type PreuploadAnswer, type PreuploadFile } from '../hub/preupload.js'
import type { CommitTarget } from './commit-target.js'
import { readSample, type HashedFile } from './hash-file.js'
import type { RemoteFiles } from './local-hashes.js'
import type { RootAttributes } from './root-attributes.js'

export interface PreuploadAhead {
  /** Repo paths asked about. */
  paths: ReadonlySet<string>
  /** The Hub's answers, by path; a failure is the deploy's, once the answers are needed. */
  answers: Promise<ReadonlyMap<string, PreuploadAnswer>>
}

export interface AheadOptions {
  pathInRepo: string
  /** The root `.gitattributes` being published, if any. */
  attributes?: RootAttributes
}

/** Sends the preupload of the files known new or changed, or returns undefined when there is none. */
export function preuploadAhead(
  client: HubClient,
  target: CommitTarget,
  local: readonly HashedFile[],
  remote: RemoteFiles,
  options: AheadOptions
): PreuploadAhead | undefined {
  const prefix = options.pathInRepo ? `${options.pathInRepo}/` : ''
  const attributes = options.attributes?.beforePlan([...remote.values()])
  const known = local
    .map((file) => ({ file, path: prefix + file.relativePath }))
    .filter(({ file, path }) => {
      const item = remote.get(path)
      const changed = !item || (item.type === 'file' && item.size !== file.size)
      return changed && (!attributes || attributes.decidesAlike(path))
    })
  if (known.length === 0) return undefined
  // As the later preupload: the root .gitignore counts only when the deploy publishes it.
  const gitIgnore = prefix ? undefined : local.find((f) => f.relativePath === '.gitignore')
  const answers = readText(gitIgnore).then((ignoreText) =>
    preupload(
      client,
      target.type,
      target.id,
      target.revision,
      known.map(({ file, path }) => preuploadFile(file, path)),
      { createPr: target.createPr, gitAttributes: attributes?.text, gitIgnore: ignoreText }
    )
  )
  // Awaited by the commit's preparation; a deploy that fails sooner leaves it unheard.
  answers.catch(() => undefined)
  return { paths: new Set(known.map(({ path }) => path)), answers }
}

/** What a preupload asks about a file: its path in the repo, size and first bytes (read once). */
export function preuploadFile(file: HashedFile, path: string): PreuploadFile {
  return { path, size: file.size, sample: (file.sample ??= readSample(file.absolutePath)) }
}

async function readText(file: HashedFile | undefined): Promise<string | undefined> {
  return file ? readFile(file.absolutePath, 'utf8') : undefined
}
