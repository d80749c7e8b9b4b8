/**
 * How the action knows a secret is unchanged although the Hub never returns secret values: the
 * secret's description carries a slow, salted digest of the value (scrypt, a fresh random salt on
 * every write). The next run recomputes the digest of the declared value with the stored salt;
 * equal means unchanged, so nothing is written and the Space does not restart.
 *
 * What a reader of the description learns: nothing that identifies the value without guessing,
 * and each guess costs one scrypt evaluation for that one secret (the salt is per secret and per
 * write: no precomputed tables, no telling that two Spaces share a value). A weak, guessable
 * value (a short password, a dictionary word) can still be found by someone who can read the
 * description and spend the compute — the README says so. High-entropy tokens (API keys) cannot.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

const PREFIX = 'hf-space-action:scrypt'
/** Work factor: about 0.1 s and 32 MiB per evaluation on a GitHub-hosted runner. */
const DEFAULT_PARAMS = { N: 2 ** 15, r: 8, p: 1 }
/** Refuse descriptions that would make us spend more than this (a crafted description). */
const MAX_N = 2 ** 17
const SALT_BYTES = 16
const KEY_BYTES = 32
const DIGEST =
  /^hf-space-action:scrypt:N=(\d+),r=(\d+),p=(\d+):([A-Za-z0-9_-]{16,}):([A-Za-z0-9_-]{32,})$/

function derive(value: string, salt: Buffer, params: typeof DEFAULT_PARAMS): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 }
  return new Promise((resolve, reject) =>
    scrypt(value, salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)))
  )
}

/** The description to store with a secret: the salted digest of its value. */
export async function secretDescription(value: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await derive(value, salt, DEFAULT_PARAMS)
  const { N, r, p } = DEFAULT_PARAMS
  return `${PREFIX}:N=${N},r=${r},p=${p}:${salt.toString('base64url')}:${key.toString('base64url')}`
}

/** Whether a description is one of ours (so the value can be checked against it). */
export function isDigestDescription(description: string | undefined): boolean {
  return description !== undefined && DIGEST.test(description)
}

/** True when `description` is our digest of exactly `value`. */
export async function matchesDescription(
  value: string,
  description: string | undefined
): Promise<boolean> {
  const match = description === undefined ? null : DIGEST.exec(description)
  if (!match) return false
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (N > MAX_N || N < 2 || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 4) return false
  const expected = Buffer.from(match[5], 'base64url')
  const key = await derive(value, Buffer.from(match[4], 'base64url'), { N, r, p })
  return key.length === expected.length && timingSafeEqual(key, expected)
}
