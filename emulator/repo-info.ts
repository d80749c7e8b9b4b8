/**
 * The repo info the Hub answers at `GET /api/{type}s/{id}[/revision/{rev}]` (`model_info`,
 * `dataset_info`, `space_info`, huggingface.js `spaceInfo`): the common fields, `cardData` (the
 * README's YAML front matter), `siblings` (with `size`, `blobId` and `lfs` on `?blobs=true`) and,
 * for a Space, its host, SDK and runtime. `?expand=…` keeps only the fields it names.
 */
import { parse } from 'yaml'
import { frontMatterOf } from './card-validation.js'
import type { EmulatedRepo } from './repos.js'
import { commitDate, commitTree, fileAt } from './read-cache.js'
import { toHubItems, type HubTreeItem } from './repo-tree.js'

interface Sibling {
  rfilename: string
  size?: number
  blobId?: string
  lfs?: { size: number; sha256: string; pointerSize: number }
}

export async function repoInfo(
  repo: EmulatedRepo,
  sha: string,
  query: URLSearchParams
): Promise<Record<string, unknown>> {
  const blobs = ['true', '1'].includes((query.get('blobs') ?? '').toLowerCase())
  const files = (await commitTree(repo.git, sha)).files()
  const items = blobs ? await toHubItems(repo.git, files) : undefined
  const lastModified = await commitDate(repo.git, sha)
  const readme = await fileAt(repo.git, sha, 'README.md')
  const cardData = readme && cardDataOf(readme.toString('utf8'))
  const common: Record<string, unknown> = {
    _id: repo.objectId,
    id: repo.id,
    author: repo.namespace,
    sha,
    lastModified: lastModified ?? repo.createdAt,
    private: repo.private,
    gated: false,
    disabled: false,
    likes: 0,
    tags: Array.isArray(cardData?.tags) ? cardData.tags : [],
    ...(cardData && { cardData }),
    createdAt: repo.createdAt,
    siblings: items ? items.map(sibling) : files.map((entry) => ({ rfilename: entry.path })),
    xetEnabled: false
  }
  return selectExpanded(typeSpecific(repo, common), query)
}

function typeSpecific(
  repo: EmulatedRepo,
  common: Record<string, unknown>
): Record<string, unknown> {
  if (repo.type === 'model') return { ...common, modelId: repo.id, downloads: 0 }
  if (repo.type === 'dataset') return { ...common, downloads: 0 }
  const runtime = repo.runtime?.toJSON()
  const subdomain = repo.runtime?.domain.split('.')[0]
  return {
    ...common,
    host: `https://${repo.runtime?.domain}`,
    subdomain,
    sdk: repo.sdk,
    runtime,
    models: [],
    datasets: []
  }
}

function sibling(item: HubTreeItem): Sibling {
  return {
    rfilename: item.path,
    size: item.size,
    blobId: item.oid,
    ...(item.lfs && {
      lfs: { size: item.lfs.size, sha256: item.lfs.oid, pointerSize: item.lfs.pointerSize }
    })
  }
}

/**
 * The YAML block a README opens with (`---` lines around it), as an object; undefined when there
 * is none or it is not a YAML mapping (the Hub then shows no card data).
 */
function cardDataOf(text: string): Record<string, unknown> | undefined {
  const yamlText = frontMatterOf(text)
  if (yamlText === undefined) return undefined
  try {
    const data = parse(yamlText) as unknown
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** `?expand=a&expand=b` (or `expand[]=`) keeps only those fields, plus `_id` and `id`. */
function selectExpanded(
  info: Record<string, unknown>,
  query: URLSearchParams
): Record<string, unknown> {
  const expand = [...query.getAll('expand'), ...query.getAll('expand[]')]
  const { xetEnabled: _xet, ...rest } = info
  if (expand.length === 0) return rest
  const out: Record<string, unknown> = { _id: info._id, id: info.id }
  for (const key of expand) if (key in info) out[key] = info[key]
  return out
}
