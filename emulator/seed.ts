/**
 * A runnable app for a seeded Space, as a user would push it: the README with the Space's front
 * matter (https://huggingface.co/docs/hub/spaces-config-reference), the app file its SDK runs
 * and its requirements. The standalone emulator (`cli.ts --space owner/name:sdk`) seeds Spaces
 * with it, so that they build and reach RUNNING instead of waiting in NO_APP_FILE.
 */
import type { EmulatedRepo, SpaceSdk } from './repos.js'
import type { HubEmulator } from './server.js'

const GRADIO_APP = `import gradio as gr


def greet(name: str) -> str:
    return f"Hello {name}!"


gr.Interface(fn=greet, inputs="text", outputs="text").launch()
`

const STREAMLIT_APP = `import streamlit as st

name = st.text_input("Your name")
st.write(f"Hello {name}!")
`

const DOCKERFILE = `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app.py .
CMD ["python", "app.py"]
`

const STATIC_PAGE = `<!doctype html>
<html>
  <head><meta charset="utf-8"><title>Hello</title></head>
  <body><h1>Hello!</h1></body>
</html>
`

function readme(name: string, config: string[]): string {
  return [
    '---',
    `title: ${name}`,
    'emoji: 🚀',
    'colorFrom: blue',
    'colorTo: green',
    ...config,
    'pinned: false',
    '---',
    '',
    `# ${name}`,
    '',
    'Seeded by the Hub emulator.',
    ''
  ].join('\n')
}

/** The files of a runnable app of `sdk`, by path. */
export function appFiles(name: string, sdk: SpaceSdk): Record<string, string> {
  switch (sdk) {
    case 'gradio':
      return {
        'README.md': readme(name, ['sdk: gradio', 'sdk_version: 5.49.1', 'app_file: app.py']),
        'app.py': GRADIO_APP,
        'requirements.txt': 'gradio\n'
      }
    case 'streamlit':
      return {
        'README.md': readme(name, ['sdk: streamlit', 'sdk_version: 1.50.0', 'app_file: app.py']),
        'app.py': STREAMLIT_APP,
        'requirements.txt': 'streamlit\n'
      }
    case 'docker':
      return {
        'README.md': readme(name, ['sdk: docker', 'app_port: 7860']),
        Dockerfile: DOCKERFILE,
        'app.py': GRADIO_APP,
        'requirements.txt': 'gradio\n'
      }
    case 'static':
      return { 'README.md': readme(name, ['sdk: static']), 'index.html': STATIC_PAGE }
  }
}

/** Commits a runnable app to a Space's main, by its owner, and starts the build it triggers. */
export async function seedApp(hub: HubEmulator, repo: EmulatedRepo): Promise<string> {
  const parent = (await repo.git.resolve('main')) as string
  const changes = await Promise.all(
    Object.entries(appFiles(repo.name, repo.sdk ?? 'gradio')).map(async ([path, content]) => ({
      path,
      oid: await repo.git.writeBlob(content)
    }))
  )
  const sha = await repo.git.commit({
    parent,
    changes,
    message: `Add a ${repo.sdk ?? 'gradio'} app`,
    author: { name: repo.namespace, email: `${repo.namespace}@users.noreply.huggingface.co` }
  })
  await repo.git.updateRef('refs/heads/main', sha, parent)
  await hub.repos.startSpaceBuild(repo, sha)
  return sha
}
