/**
 * Where the Space card meets a deploy: the published README.md is built from the card and the
 * local README (in the deploy's work folder, so the local checkout is never changed), and a
 * README that would reach the Space without front matter is warned about before the commit.
 */
import * as runner from '../runner/index.js'
import { readFile, writeFile } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { hashFile, type HashedFile } from '../deploy/hash-file.js'
import type { DeployPlan } from '../deploy/plan.js'
import type { HubClient } from '../hub/client.js'
import { InputError } from '../inputs.js'
import { checkCardOnHub, hasFrontMatter, parseCard, publishedReadme } from './space-card.js'

const README = 'README.md'

export interface PreparedCard {
  /** The README as it will be published. */
  readme: string
  /** The card file, as the user named it. */
  shownPath: string
}

/**
 * Reads and checks the card (no request), writes the README to publish into `workDir` and puts
 * it in `local` in place of the local README.
 */
export async function prepareCard(
  cardPath: string,
  local: HashedFile[],
  pathInRepo: string,
  workDir: string
): Promise<PreparedCard> {
  const inside = relative(process.cwd(), cardPath)
  const shownPath = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : cardPath
  if (pathInRepo) {
    throw new InputError(
      `Input 'space_card' needs the deploy to target the repo root (path_in_repo is '${pathInRepo}'): the Space reads its card from the root README.md.`
    )
  }
  const card = await parseCard(await readFile(cardPath, 'utf8'), shownPath)
  const index = local.findIndex((f) => f.relativePath === README)
  const localReadme = index === -1 ? undefined : await readFile(local[index].absolutePath, 'utf8')
  const readme = publishedReadme(card, localReadme)
  const copy = join(workDir, README)
  await writeFile(copy, readme)
  const file: HashedFile = { relativePath: README, absolutePath: copy, ...(await hashFile(copy)) }
  if (index === -1) local.push(file)
  else local.splice(index, 1, file)
  return { readme, shownPath }
}

/** The Hub's check of the README to publish, before anything is created or uploaded. */
export async function validateCardOnHub(client: HubClient, card: PreparedCard): Promise<void> {
  const warnings = await checkCardOnHub(client, card.readme, card.shownPath)
  for (const warning of warnings) runner.warning(`Space card ${card.shownPath}: ${warning}`)
  runner.info(`Space card ${card.shownPath}: the Hub accepts it.`)
}

/**
 * A Space reads its configuration (sdk, app_file, …) from the README's front matter: publishing
 * a README without one leaves the Space without it. Said before the commit.
 */
export async function warnIfReadmeLosesCard(plan: DeployPlan): Promise<void> {
  const readme = [...plan.added, ...plan.changed].find((f) => f.pathInRepo === README)
  if (!readme) return
  if (hasFrontMatter(await readFile(readme.absolutePath, 'utf8'))) return
  runner.warning(
    'The published README.md would have no YAML front matter, so the Space would lose its configuration (sdk, app_file, title): set the space_card input to a YAML file with the card, or add the front matter to README.md.'
  )
}
