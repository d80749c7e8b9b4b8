/**
 * Pre-flight through dist/: one `whoami-v2` before the first write; a read-only token, or a
 * fine-grained token without write on the repo, fails before any preupload, LFS or commit request
 * (or restart), with the fix; a dry run says what the real run would hit. Also: the emulator's
 * whoami answers like the Hub, and `create` warns about an existing Space of another SDK.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { whoAmI } from '@huggingface/hub'
import { EMULATOR_TOKENS, type FineGrainedScope } from '../emulator/index.js'
import {
  deployInputs,
  requestsTo as deployRequestsTo,
  useFolders,
  writeRequests
} from './helpers/deploy.js'
import { annotations, requestsTo, runAgainst, useEmulator } from './helpers/emulator.js'
import { runAction } from './helpers/run-action.js'
import { APP_PY, seedSpace } from './helpers/spaces.js'

const hub = useEmulator()
const { folder } = useFolders()
const README = '---\ntitle: Demo\nsdk: gradio\napp_file: app.py\n---\n'
const FINE_OTHER = 'hf_fineGrainedForAnotherSpace000000'
const FINE_THIS = 'hf_fineGrainedForThisSpace000000000'
const FINE_OWNER = 'hf_fineGrainedForAllOfUser000000000'
const ALL_TOKENS = [...Object.values(EMULATOR_TOKENS), FINE_OTHER, FINE_THIS, FINE_OWNER]

function grantFineGrained(token: string, scopes: FineGrainedScope[]): void {
  const user = hub().users.get('user')
  if (!user) throw new Error('no user')
  hub().tokens.add(token, {
    user,
    role: 'fineGrained',
    displayName: 'ci',
    type: 'access_token',
    fineGrained: scopes
  })
}

const writes = ['preupload', 'lfs', 'commit'] as const
function noUploadOrCommit(): void {
  for (const kind of writes) expect(deployRequestsTo(hub(), kind)).toEqual([])
  expect(writeRequests(hub())).toEqual([])
}

beforeAll(async () => {
  await seedSpace(hub(), 'user/guarded')
  await seedSpace(hub(), 'user/guarded-2')
  grantFineGrained(FINE_OTHER, [
    { entity: { type: 'space', name: 'user/elsewhere' }, permissions: ['repo.write'] },
    { entity: { type: 'space', name: 'user/guarded' }, permissions: ['repo.content.read'] }
  ])
  grantFineGrained(FINE_THIS, [
    {
      entity: { type: 'space', name: 'user/guarded' },
      permissions: ['repo.content.read', 'repo.write']
    }
  ])
  grantFineGrained(FINE_OWNER, [
    { entity: { type: 'user', name: 'user' }, permissions: ['repo.content.read', 'repo.write'] }
  ])
})

async function deployWith(token: string, extra: Record<string, string> = {}) {
  const dir = await folder({ 'app.py': `${APP_PY}# ${token}\n`, 'README.md': README })
  hub().clearRequests()
  return runAction(deployInputs(hub(), 'user/guarded', dir, { token, ...extra }), {
    secrets: ALL_TOKENS
  })
}

describe('pre-flight before the first write', () => {
  it('stops a read-only token before any preupload, LFS or commit request, with the fix', async () => {
    const run = await deployWith(EMULATOR_TOKENS.read)
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('is read-only: it cannot change the space user/guarded')
    expect(run.errors[0]).toContain('https://huggingface.co/settings/tokens')
    expect(requestsTo(hub(), '/api/whoami-v2')).toHaveLength(1)
    noUploadOrCommit()
  })

  it('stops a fine-grained token without write on this Space', async () => {
    const run = await deployWith(FINE_OTHER)
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('has no write access to the space user/guarded')
    expect(run.errors[0]).toContain('Write access to contents/settings')
    noUploadOrCommit()
  })

  it('lets a fine-grained token with write on the Space, or on its owner, deploy', async () => {
    for (const token of [FINE_THIS, FINE_OWNER]) {
      const run = await deployWith(token)
      expect(run.exitCode).toBe(0)
      expect(run.outputs.changed).toBe('true')
      expect(deployRequestsTo(hub(), 'commit')).toHaveLength(1)
    }
  })

  it('dry run: says what the real run would hit, shows the plan, and sends nothing', async () => {
    const run = await deployWith(EMULATOR_TOKENS.read, { dry_run: 'true' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(
      /^::error::Dry run: the real run would fail before any write\. The token "read-token" of user is read-only/
    )
    expect(run.stdout).toContain('Dry run — plan for space user/guarded')
    noUploadOrCommit()
  })

  it('asks once for several Spaces, and restarts none with a read-only token', async () => {
    const run = await runAgainst(
      hub(),
      { repo_id: 'user/guarded\nuser/guarded-2', mode: 'restart', token: EMULATOR_TOKENS.read },
      { secrets: ALL_TOKENS }
    )
    expect(run.exitCode).toBe(1)
    expect(requestsTo(hub(), '/api/whoami-v2')).toHaveLength(1)
    expect(requestsTo(hub(), '/restart')).toEqual([])
    expect(run.errors.filter((e) => e.includes('is read-only'))).toHaveLength(2)
  })

  it('fails early on a token the Hub does not know', async () => {
    const run = await deployWith('hf_notAKnownTokenAtAll0000000000000')
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('401')
    noUploadOrCommit()
  })
})

describe('create with another space_sdk', () => {
  it('warns that an existing Space keeps its SDK', async () => {
    const run = await deployWith(EMULATOR_TOKENS.write, { create: 'true', space_sdk: 'docker' })
    expect(run.exitCode).toBe(0)
    expect(annotations(run, 'warning')).toEqual([
      expect.stringContaining('user/guarded exists as a gradio Space, not docker (space_sdk)')
    ])
    expect(requestsTo(hub(), '/api/repos/create')).toEqual([])
  })
})

describe("the emulator's whoami-v2", () => {
  it('answers like the Hub, fine-grained scopes included, to the official client', async () => {
    const info = (await whoAmI({
      credentials: { accessToken: FINE_THIS },
      hubUrl: hub().url
    })) as unknown as {
      name: string
      auth: { type: string; accessToken: { role: string; fineGrained: unknown } }
    }
    expect(info.name).toBe('user')
    expect(info.auth.type).toBe('access_token')
    expect(info.auth.accessToken.role).toBe('fineGrained')
    expect(info.auth.accessToken.fineGrained).toEqual({
      scoped: [
        {
          entity: {
            _id: expect.stringMatching(/^[0-9a-f]{24}$/),
            type: 'space',
            name: 'user/guarded'
          },
          permissions: ['repo.content.read', 'repo.write']
        }
      ],
      global: [],
      canReadGatedRepos: false
    })
  })
})
