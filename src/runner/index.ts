/** The runner's interface: inputs, outputs, the log and its workflow commands, the job summary. */
export * from './commands.js'
export * from './files.js'
