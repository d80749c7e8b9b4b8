/**
 * Waiting for and explaining a Space's state, for the modes and the commit pipeline above:
 * - `waitForStage`: after a restart, wake or pause, until RUNNING (or PAUSED);
 * - `waitForCommit`: after a commit to the Space's branch, until it serves that commit;
 * - `checkServesCommit`: nothing committed, but a build under way or an error stage still counts;
 * - `readRuntime`: the runtime as it is;
 * - `explainFailure`: an error stage as the step's error, with the log tail that shows it.
 * Each fills the repo's result (runtime, notes, error, log tail) and honours `wait`/`wait_timeout`.
 */
export { SPACE_BRANCH, type SpaceContext } from './context.js'
export { explainFailure } from './explain-failure.js'
export { checkServesCommit, readRuntime, waitForCommit, waitForStage } from './wait.js'
