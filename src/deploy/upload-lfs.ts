/**
 * Sends the LFS files of a deploy to the Hub's storage before the commit that names them: one
 * batch request for the upload URLs, then the uploads, a few files at a time (each streamed from
 * disk; big ones in parts). Objects the Hub already has are not sent again.
 */
import * as runner from '../runner/index.js'
import { mapWithLimit } from '../concurrency.js'
import type { HubClient } from '../hub/client.js'
import { requestLfsUploads, type LfsUploadAnswer } from '../hub/lfs-batch.js'
import { isMultipart, uploadLfsObject, verifyLfsObject } from '../hub/lfs-upload.js'
import type { CommitTarget } from './commit-target.js'
import { formatBytes } from './plan-report.js'
import { startProgress, TransferMeter } from '../progress.js'
import type { PlannedFile } from './plan.js'

/** Files uploaded at once (each may send several parts at once, see lfs-upload.ts). */
const FILE_CONCURRENCY = 4

/**
 * `known`: batch answers already at hand (asked for beside the preupload); the objects they cover
 * are not asked for again.
 * @returns the bytes actually sent
 */
export async function uploadLfsFiles(
  client: HubClient,
  target: CommitTarget,
  files: readonly (PlannedFile & { sha256: string })[],
  known: readonly LfsUploadAnswer[] = []
): Promise<number> {
  if (files.length === 0) return 0
  // Two files with the same content are one object.
  const byOid = new Map(files.map((file) => [file.sha256, file]))
  // One answer an object (two changed files may have the same content).
  const usable = [
    ...new Map(
      known.filter((a) => byOid.has(a.object.oid) && !a.object.error).map((a) => [a.object.oid, a])
    ).values()
  ]
  const answered = new Set(usable.map((a) => a.object.oid))
  const rest = [...byOid.values()].filter((file) => !answered.has(file.sha256))
  const answers = [
    ...usable,
    ...(rest.length === 0
      ? []
      : await requestLfsUploads(
          client,
          target.type,
          target.id,
          // A pull request has no branch yet: the official clients leave `ref` out.
          target.createPr ? undefined : target.revision,
          rest.map((file) => ({ oid: file.sha256, size: file.size }))
        ))
  ]
  // One meter and one progress line for all the files in flight: no flood of lines.
  const toSend = answers.filter((a) => a.object.actions?.upload && !a.object.error)
  const meter = new TransferMeter(toSend.reduce((n, a) => n + a.object.size, 0))
  const label = `Uploading ${toSend.length} file(s) by LFS`
  // Bytes are counted as they are read for sending: all read is not yet all stored.
  const progress = startProgress(
    () =>
      meter.describe(label) +
      (meter.done >= meter.totalBytes ? ', waiting for the storage to confirm' : '')
  )
  const sent = await mapWithLimit(answers, FILE_CONCURRENCY, async ({ transfer, object }) => {
    const file = byOid.get(object.oid)
    if (!file) throw new Error(`The Hub's LFS answer names an object not asked for: ${object.oid}.`)
    if (object.error) {
      throw new Error(
        `The Hub refused to store ${file.pathInRepo} by LFS (${object.error.code}): ${object.error.message}`
      )
    }
    const upload = object.actions?.upload
    if (!upload) return 0
    const how = isMultipart(transfer, upload) ? ', in parts' : ''
    runner.info(`Uploading ${file.pathInRepo} (${formatBytes(file.size)}${how})`)
    const lfsFile = { absolutePath: file.absolutePath, oid: file.sha256, size: file.size }
    await uploadLfsObject(client, lfsFile, transfer, upload, (n) => meter.add(n))
    if (object.actions?.verify) await verifyLfsObject(client, lfsFile, object.actions.verify)
    return file.size
  }).finally(() => progress.stop())
  if (toSend.length > 0) runner.info(meter.describe(`Uploaded ${toSend.length} file(s) by LFS`))
  return sent.reduce((total, bytes) => total + bytes, 0)
}
