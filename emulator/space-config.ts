/**
 * A Space's configuration as the Hub keeps it beside the repo: hardware, sleep time, secrets and
 * variables, set at creation (`POST /api/repos/create`, `/duplicate`) or later, and the rule that
 * any change to it restarts the Space ("Any change in your Space configuration (secrets or
 * hardware) will trigger a restart", huggingface_hub's manage-spaces guide).
 */
import { copyFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { TokenGrant } from './auth.js'
import { HubHttpError, badRequest } from './http.js'
import type { EmulatedRepo, RepoRegistry, SecretEntry } from './repos.js'

/** The Hub's key rule for secrets and variables. */
export const SETTING_KEY_PATTERN = /^[a-zA-Z][_a-zA-Z0-9]*$/

/** `GET /api/spaces/hardware`: the public flavors, with what they cost (OAS shape). */
export const HARDWARE_CATALOG: {
  name: string
  prettyName: string
  cpu: string
  ram: string
  accelerator: null | {
    type: 'gpu'
    model: string
    quantity: string
    vram: string
    manufacturer: string
  }
  unitCostMicroUSD: number
  unitCostUSD: number
  unitLabel: 'hour'
}[] = [
  cpu('cpu-basic', 'CPU basic', '2 vCPU', '16 GB', 0),
  cpu('cpu-upgrade', 'CPU upgrade', '8 vCPU', '32 GB', 30000),
  cpu('cpu-performance', 'CPU performance', '32 vCPU', '64 GB', 500000),
  cpu('cpu-xl', 'CPU XL', '16 vCPU', '124 GB', 1000000),
  gpu('zero-a10g', 'ZeroGPU', 'A100', '1', '40 GB', 0),
  gpu('t4-small', 'Nvidia T4 - small', 'T4', '1', '16 GB', 400000),
  gpu('t4-medium', 'Nvidia T4 - medium', 'T4', '1', '16 GB', 600000),
  gpu('l4x1', '1x Nvidia L4', 'L4', '1', '24 GB', 800000),
  gpu('l4x4', '4x Nvidia L4', 'L4', '4', '96 GB', 3800000),
  gpu('l40sx1', '1x Nvidia L40S', 'L40S', '1', '48 GB', 1800000),
  gpu('a10g-small', 'Nvidia A10G - small', 'A10G', '1', '24 GB', 1000000),
  gpu('a10g-large', 'Nvidia A10G - large', 'A10G', '1', '24 GB', 1500000),
  gpu('a10g-largex2', '2x Nvidia A10G - large', 'A10G', '2', '48 GB', 3000000),
  gpu('a100-large', 'Nvidia A100 - large', 'A100', '1', '80 GB', 2500000),
  gpu('h200', '1x Nvidia H200', 'H200', '1', '141 GB', 5000000)
]

function cpu(name: string, prettyName: string, vcpu: string, ram: string, micro: number) {
  return {
    name,
    prettyName,
    cpu: vcpu,
    ram,
    accelerator: null,
    unitCostMicroUSD: micro,
    unitCostUSD: micro / 1e6,
    unitLabel: 'hour' as const
  }
}

function gpu(
  name: string,
  prettyName: string,
  model: string,
  quantity: string,
  vram: string,
  micro: number
) {
  return {
    ...cpu(name, prettyName, '8 vCPU', '30 GB', micro),
    accelerator: { type: 'gpu' as const, model, quantity, vram, manufacturer: 'Nvidia' }
  }
}

/** What `create` and `duplicate` accept for a Space's configuration. */
export interface SpaceCreationSettings {
  hardware?: string
  sleepTimeSeconds?: number
  secrets?: { key?: string; value?: string; description?: string }[]
  variables?: { key?: string; value?: string; description?: string }[]
}

/** Checks a creation body's Space fields before anything is created (400 as the Hub). */
export function checkCreationSettings(body: SpaceCreationSettings, flavors: string[]): void {
  if (body.hardware !== undefined && !flavors.includes(body.hardware))
    throw badRequest(`Invalid hardware flavor: ${String(body.hardware)}`)
  if (body.sleepTimeSeconds !== undefined) checkSleepSeconds(body.sleepTimeSeconds)
  for (const entry of [...(body.secrets ?? []), ...(body.variables ?? [])]) checkKey(entry.key)
}

export function checkSleepSeconds(seconds: unknown): asserts seconds is number {
  if (
    typeof seconds !== 'number' ||
    !Number.isInteger(seconds) ||
    (seconds < 1 && seconds !== -1)
  ) {
    throw badRequest('seconds must be a positive integer or -1')
  }
}

export function checkKey(key: unknown): asserts key is string {
  if (typeof key !== 'string' || !SETTING_KEY_PATTERN.test(key))
    throw badRequest(`Invalid key: ${String(key)}. Keys must match ${SETTING_KEY_PATTERN}`)
}

/** Applies a creation body's Space fields to a Space just created (no restart: it is building). */
export function applyCreationSettings(repo: EmulatedRepo, body: SpaceCreationSettings): void {
  const runtime = repo.runtime
  if (!runtime || runtime.isStatic) return
  if (body.hardware) runtime.requestedHardware = body.hardware
  if (body.sleepTimeSeconds !== undefined && runtime.requestedHardware !== 'cpu-basic')
    runtime.gcTimeout = body.sleepTimeSeconds === -1 ? null : body.sleepTimeSeconds
  for (const entry of body.secrets ?? []) upsert(repo.secrets, entry)
  for (const entry of body.variables ?? []) upsert(repo.variables, entry)
}

export function upsert(
  map: Map<string, SecretEntry>,
  entry: { key?: string; value?: string; description?: string }
): void {
  const key = entry.key as string
  const previous = map.get(key)
  const next: SecretEntry = { value: entry.value ?? '', updatedAt: new Date().toISOString() }
  const description = entry.description ?? previous?.description
  if (description !== undefined) next.description = description
  map.set(key, next)
}

/**
 * A configuration change restarts the Space: it stops and rebuilds from its head, as after
 * `POST /restart`. A paused Space stays paused (the owner paused it); static Spaces have nothing
 * to restart. Counted in `configRestarts` so tests can tell a write that cost a restart.
 */
export async function restartForConfigChange(
  registry: RepoRegistry,
  repo: EmulatedRepo
): Promise<void> {
  const runtime = repo.runtime
  if (!runtime || runtime.isStatic || runtime.stage === 'PAUSED') return
  configRestarts.set(repo, (configRestarts.get(repo) ?? 0) + 1)
  const head = await repo.git.resolve('main')
  if (head) await registry.startSpaceBuild(repo, head, { restart: true })
}

const configRestarts = new WeakMap<EmulatedRepo, number>()

/** How many times a configuration change restarted this Space (tests). */
export function configRestartCount(repo: EmulatedRepo): number {
  return configRestarts.get(repo) ?? 0
}

/**
 * Copies a Space into a new one, as `POST /duplicate` does: every file of `main` (LFS objects
 * included) in one commit, the public variables, the hardware and sleep time — not the secrets.
 */
export async function copySpaceInto(source: EmulatedRepo, target: EmulatedRepo): Promise<string> {
  const head = (await source.git.resolve('main')) as string
  const entries = await source.git.listTree(head)
  const changes = await Promise.all(
    entries.map(async (entry) => ({
      path: entry.path,
      mode: entry.mode,
      oid: await target.git.writeBlob(await source.git.readBlob(entry.oid))
    }))
  )
  for (const entry of await readdir(source.lfsDir, { withFileTypes: true })) {
    if (entry.isFile())
      await copyFile(join(source.lfsDir, entry.name), join(target.lfsDir, entry.name))
  }
  const parent = await target.git.resolve('main')
  const sha = await target.git.commit({
    parent,
    changes,
    message: `Duplicate from ${source.id}`,
    author: { name: target.namespace, email: `${target.namespace}@users.noreply.huggingface.co` }
  })
  await target.git.updateRef('refs/heads/main', sha, parent)
  for (const [key, entry] of source.variables) target.variables.set(key, { ...entry })
  if (source.runtime && target.runtime) {
    target.runtime.requestedHardware = source.runtime.requestedHardware
    target.runtime.gcTimeout = source.runtime.gcTimeout
  }
  return sha
}

export const PAYWALL_MESSAGE =
  'Static Spaces are free for everyone, but hosting Gradio and Docker Spaces on free cpu-basic requires a PRO subscription. Subscribe at https://huggingface.co/pro'

/** Since July 2026 a personal account needs PRO to create (or duplicate) a Gradio or Docker Space. */
export function checkPaywall(grant: TokenGrant, namespace: string, sdk: string | undefined): void {
  if (sdk !== 'static' && !grant.user.isPro && namespace === grant.user.name)
    throw new HubHttpError(402, PAYWALL_MESSAGE)
}
