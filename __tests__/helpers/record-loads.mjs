// Preloaded into an action run (NODE_OPTIONS=--import …): every file:// module Node loads is
// appended to $RECORD_LOADS_FILE, one URL a line, so a test can tell which dist/ chunks ran.
import { register } from 'node:module'

register('./record-loads-hooks.mjs', import.meta.url)
