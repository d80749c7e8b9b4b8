/**
 * The entrypoint of the action: the runner executes this file (bundled as dist/index.js).
 */
import { run } from './main.js'

/* istanbul ignore next */
await run()
