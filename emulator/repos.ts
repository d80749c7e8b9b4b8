/**
 * The emulator's repositories: one bare git repo each, plus the Hub-side metadata (type, privacy,
 * Space SDK, runtime, secrets, variables) and the LFS object store.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { BareRepo } from './git.js'
import { installPushRules } from './push-rules.js'
import { blobContent, commitTree } from './read-cache.js'
import type { RepoType } from './http.js'
import { SpaceRuntime, type BuildOutcome } from './space-runtime.js'

export type SpaceSdk = 'gradio' | 'docker' | 'static' | 'streamlit'

export interface SecretEntry {
  value: string
  description?: string
  updatedAt: string
}

export interface EmulatedRepo {
  type: RepoType
  namespace: string
  name: string
  /** `namespace/name` */
  id: string
  /** The Hub's 24-hex object id. */
  objectId: string
  private: boolean
  sdk?: SpaceSdk
  createdAt: string
  git: BareRepo
  /** Where LFS objects live, one file per sha256 oid. */
  lfsDir: string
  runtime?: SpaceRuntime
  secrets: Map<string, SecretEntry>
  variables: Map<string, SecretEntry>
  /** Numbers of the pull requests opened so far (refs/pr/N). */
  pullRequests: number
}

/** Files matching these patterns go to LFS: the `.gitattributes` every new Hub repo starts with. */
export const DEFAULT_GITATTRIBUTES = [
  '*.7z',
  '*.arrow',
  '*.bin',
  '*.bz2',
  '*.ckpt',
  '*.ftz',
  '*.gz',
  '*.h5',
  '*.joblib',
  '*.lfs.*',
  '*.mlmodel',
  '*.model',
  '*.msgpack',
  '*.npy',
  '*.npz',
  '*.onnx',
  '*.ot',
  '*.parquet',
  '*.pb',
  '*.pickle',
  '*.pkl',
  '*.pt',
  '*.pth',
  '*.rar',
  '*.safetensors',
  'saved_model/**/*',
  '*.tar.*',
  '*.tar',
  '*.tflite',
  '*.tgz',
  '*.wasm',
  '*.xz',
  '*.zip',
  '*.zst',
  '*tfevents*'
]
  .map((pattern) => `${pattern} filter=lfs diff=lfs merge=lfs -text\n`)
  .join('')

/** A file in a Space's tree whose first line names the stage its build must end in (tests). */
export const OUTCOME_MARKER = '.emulator-outcome'

const APP_FILE: Record<SpaceSdk, string> = {
  gradio: 'app.py',
  streamlit: 'app.py',
  docker: 'Dockerfile',
  static: 'index.html'
}

export function repoKey(type: RepoType, id: string): string {
  return `${type}:${id}`
}

export function spaceSubdomain(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-')
}

export class RepoRegistry {
  private readonly repos = new Map<string, EmulatedRepo>()
  private readonly moved = new Map<string, string>()

  constructor(
    private readonly dataDir: string,
    /** The app domain of a new Space (the emulator may serve apps on loopback ports). */
    private readonly appDomain: (id: string) => Promise<string> | string,
    private readonly pollsPerStage: () => number
  ) {}

  get(type: RepoType, id: string): EmulatedRepo | undefined {
    return this.repos.get(repoKey(type, id))
  }

  /** Where a renamed repo went: the Hub keeps redirecting its old id. */
  movedTo(type: RepoType, id: string): string | undefined {
    return this.moved.get(repoKey(type, id))
  }

  /** Renames a repo (`POST /api/repos/move`); its old id redirects to the new one. */
  move(repo: EmulatedRepo, namespace: string, name: string): void {
    const oldKey = repoKey(repo.type, repo.id)
    this.repos.delete(oldKey)
    Object.assign(repo, { namespace, name, id: `${namespace}/${name}` })
    this.repos.set(repoKey(repo.type, repo.id), repo)
    this.moved.set(oldKey, repo.id)
    this.moved.delete(repoKey(repo.type, repo.id))
  }

  all(): EmulatedRepo[] {
    return [...this.repos.values()]
  }

  async create(options: {
    type: RepoType
    namespace: string
    name: string
    private?: boolean
    sdk?: SpaceSdk
  }): Promise<EmulatedRepo> {
    const id = `${options.namespace}/${options.name}`
    const dir = join(this.dataDir, `${options.type}s`, options.namespace, options.name)
    await mkdir(join(dir, 'lfs'), { recursive: true })
    const git = await BareRepo.init(join(dir, 'repo.git'))
    await installPushRules(git.dir)
    const repo: EmulatedRepo = {
      type: options.type,
      namespace: options.namespace,
      name: options.name,
      id,
      objectId: randomBytes(12).toString('hex'),
      private: options.private ?? false,
      sdk: options.type === 'space' ? options.sdk : undefined,
      createdAt: new Date().toISOString(),
      git,
      lfsDir: join(dir, 'lfs'),
      secrets: new Map(),
      variables: new Map(),
      pullRequests: 0
    }
    if (options.type === 'space') {
      repo.runtime = new SpaceRuntime(options.sdk === 'static', await this.appDomain(id))
      repo.runtime.pollsPerStage = this.pollsPerStage()
    }
    await this.writeInitialCommit(repo)
    this.repos.set(repoKey(options.type, id), repo)
    return repo
  }

  async delete(repo: EmulatedRepo): Promise<void> {
    this.repos.delete(repoKey(repo.type, repo.id))
    await rm(join(repo.git.dir, '..'), { recursive: true, force: true })
  }

  /** The Hub's first commit: by `system`, titled `initial commit`; Spaces also get a README. */
  private async writeInitialCommit(repo: EmulatedRepo): Promise<void> {
    const changes = [
      { path: '.gitattributes', oid: await repo.git.writeBlob(DEFAULT_GITATTRIBUTES) }
    ]
    if (repo.type === 'space') {
      changes.push({ path: 'README.md', oid: await repo.git.writeBlob(spaceReadme(repo)) })
    }
    const sha = await repo.git.commit({
      changes,
      message: 'initial commit',
      author: { name: 'system', email: 'system@huggingface.co' }
    })
    await repo.git.updateRef('refs/heads/main', sha)
    if (repo.runtime) await this.startSpaceBuild(repo, sha)
  }

  /** Starts the build a commit (or a restart) triggers, deciding its outcome from the tree. */
  async startSpaceBuild(
    repo: EmulatedRepo,
    sha: string,
    how: { factory?: boolean; restart?: boolean } = {}
  ): Promise<void> {
    if (!repo.runtime) return
    const { outcome, failureLog } = await decideOutcome(repo, sha)
    repo.runtime.startBuild({ sha, outcome, failureLog, ...how })
  }
}

function spaceReadme(repo: EmulatedRepo): string {
  const sdk = repo.sdk ?? 'gradio'
  return [
    '---',
    `title: ${repo.name}`,
    'emoji: 🚀',
    'colorFrom: blue',
    'colorTo: green',
    `sdk: ${sdk}`,
    ...(sdk === 'gradio' ? ['sdk_version: 5.49.1', 'app_file: app.py'] : []),
    'pinned: false',
    '---',
    '',
    'Check out the configuration reference at https://huggingface.co/docs/hub/spaces-config-reference',
    ''
  ].join('\n')
}

async function decideOutcome(
  repo: EmulatedRepo,
  sha: string
): Promise<{ outcome: BuildOutcome; failureLog?: string[] }> {
  const tree = await commitTree(repo.git, sha)
  const marker = tree.get(OUTCOME_MARKER)
  if (marker?.type === 'blob') {
    const [first, ...rest] = (await blobContent(repo.git, marker.oid)).toString('utf8').split('\n')
    const stage = first.trim() as BuildOutcome
    if (
      ['RUNNING', 'BUILD_ERROR', 'RUNTIME_ERROR', 'CONFIG_ERROR', 'NO_APP_FILE'].includes(stage)
    ) {
      return { outcome: stage, failureLog: rest.filter(Boolean) }
    }
  }
  const readme = tree.get('README.md')
  let appFile = APP_FILE[repo.sdk ?? 'gradio']
  if (readme?.type === 'blob') {
    const text = (await blobContent(repo.git, readme.oid)).toString('utf8')
    appFile = /^app_file:\s*(\S+)/m.exec(text)?.[1] ?? appFile
  }
  const app = tree.get(appFile)
  if (!app || app.type === 'tree') return { outcome: 'NO_APP_FILE' }
  return { outcome: 'RUNNING' }
}
