// Preloaded into a measured process (node --require): writes its peak resident set size, in
// kilobytes, to $BENCH_RSS_FILE when it exits.
const { writeFileSync } = require('node:fs')
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE)
    writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS))
})
