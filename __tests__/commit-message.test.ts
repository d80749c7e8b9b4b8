/** Default commit titles and descriptions from the GitHub context, and the user's own. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { commitMessage } from '../src/commit/commit-message.js'
import { readGitHubContext } from '../src/github-context.js'
import { tempDirs } from './emulator-helpers.js'
import { writeFolder } from './helpers/deploy.js'

const dirs = tempDirs()
afterAll(() => dirs.cleanup())

const ENV = {
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REPOSITORY: 'octo/demo',
  GITHUB_SERVER_URL: 'https://ghe.example.com/',
  GITHUB_RUN_ID: '7',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_WORKFLOW: 'CD'
}
const none = { commitMessage: undefined, commitDescription: undefined }

describe('commitMessage', () => {
  it('names the GitHub commit and repo, and links the commit and the run', async () => {
    const dir = await dirs.make()
    await writeFolder(dir, {
      'event.json': JSON.stringify({ head_commit: { message: 'Fix the thing\n\nBody' } })
    })
    const github = readGitHubContext({ ...ENV, GITHUB_EVENT_PATH: join(dir, 'event.json') })
    const message = commitMessage(none, github, 'deploy')
    expect(message.summary).toBe('Deploy octo/demo@0123456: Fix the thing')
    expect(message.description).toBe(
      'Deployed by hf-space-action from https://ghe.example.com/octo/demo/commit/0123456789abcdef0123456789abcdef01234567.\n\n' +
        'Workflow run: https://ghe.example.com/octo/demo/actions/runs/7/attempts/2 (CD)'
    )
    expect(commitMessage(none, github, 'rebuild').summary).toBe(
      'Rebuild octo/demo@0123456: Fix the thing'
    )
  })

  it('works outside GitHub Actions, and with an unreadable event file', () => {
    const github = readGitHubContext({ GITHUB_EVENT_PATH: '/nonexistent.json' })
    expect(commitMessage(none, github, 'deploy')).toEqual({
      summary: 'Deploy with hf-space-action',
      description: 'Deployed by hf-space-action.'
    })
  })

  it("uses the user's message: its first line is the title, the rest leads the description", () => {
    const github = readGitHubContext(ENV)
    const message = commitMessage(
      { commitMessage: 'Release 2\nwith notes', commitDescription: 'More.' },
      github,
      'deploy'
    )
    expect(message).toEqual({ summary: 'Release 2', description: 'with notes\n\nMore.' })
  })

  it('keeps default titles to one short line', () => {
    const github = readGitHubContext({ ...ENV, GITHUB_EVENT_PATH: undefined })
    const long = { ...github, headCommitMessage: 'x'.repeat(300) }
    expect(commitMessage(none, long, 'deploy').summary).toHaveLength(100)
  })
})
