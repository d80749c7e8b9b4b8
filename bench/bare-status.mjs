// The baseline for the action's cold start: a bare Node script doing the same single request as
// `mode: status` (GET the runtime) and writing the stage as an output.
import { appendFileSync } from 'node:fs'

const endpoint = process.env.INPUT_ENDPOINT
const res = await fetch(`${endpoint}/api/spaces/${process.env.INPUT_REPO_ID}/runtime`, {
  headers: { authorization: `Bearer ${process.env.INPUT_TOKEN}` }
})
const runtime = await res.json()
appendFileSync(process.env.GITHUB_OUTPUT, `stage=${runtime.stage}\n`)
