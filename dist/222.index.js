export const id = 222;
export const ids = [222];
export const modules = {

/***/ 5791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ describePlan),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(665);
/**
 * The plan in words: one headline, a line per file for the step log, and a table for the job
 * summary. Long lists are cut: a deploy of 50,000 files must not print 50,000 lines.
 */

/** Files listed, in the log and in the summary. */
const LISTED = 200;
function describePlan(plan) {
    const bytes = (files) => formatBytes(files.reduce((n, f) => n + f.size, 0));
    const parts = [
        `${plan.added.length} to add (${bytes(plan.added)})`,
        `${plan.changed.length} to change (${bytes(plan.changed)})`,
        `${plan.deleted.length} to delete`,
        `${plan.unchanged.length} unchanged`
    ];
    if (plan.kept.length > 0)
        parts.push(`${plan.kept.length} remote file(s) kept`);
    const rows = [
        ...plan.added.map((f) => ['+', f.pathInRepo, f.size]),
        ...plan.changed.map((f) => ['~', f.pathInRepo, f.size]),
        ...plan.deleted.map((f) => ['-', f.pathInRepo, undefined])
    ];
    return {
        headline: parts.join(', '),
        logLines: listed(rows, ([sign, path, size]) => size === undefined ? `${sign} ${path}` : `${sign} ${path} (${formatBytes(size)})`),
        markdown: markdownTable(rows)
    };
}
/** `1.2 MB`, in SI units as the Hub shows sizes. */
function formatBytes(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = -1;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
const CHANGE_NAMES = { '+': 'add', '~': 'change', '-': 'delete' };
function markdownTable(rows) {
    if (rows.length === 0)
        return 'Nothing to change.';
    const cell = (text) => (0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(text).replace(/\|/g, '&#124;');
    const lines = listed(rows, ([sign, path, size]) => `| ${CHANGE_NAMES[sign]} | <code>${cell(path)}</code> | ${size === undefined ? '' : formatBytes(size)} |`, (more) => `| … | ${more} more | |`);
    return ['| Change | File | Size |', '| --- | --- | --- |', ...lines].join('\n');
}
function listed(rows, format, formatMore = (more) => `… and ${more} more`) {
    const lines = rows.slice(0, LISTED).map(format);
    if (rows.length > LISTED)
        lines.push(formatMore(rows.length - LISTED));
    return lines;
}


/***/ }),

/***/ 7424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ listCommits)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4970);

/** The `limit` newest commits of `revision`, newest first (one page; no need for more here). */
function listCommits(client, type, id, revision, limit) {
    return client.json({
        method: 'GET',
        path: `${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .repoApiPath */ .aK)(type, id)}/commits/${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeRevision */ .c4)(revision)}`,
        query: { limit }
    });
}


/***/ }),

/***/ 860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ getSpaceRuntime)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4970);

function getSpaceRuntime(client, spaceId) {
    return client.json({
        method: 'GET',
        path: `${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .repoApiPath */ .aK)('space', spaceId)}/runtime`
    });
}


/***/ }),

/***/ 4660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ withProgress),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   bY: () => (/* binding */ TransferMeter),
/* harmony export */   ot: () => (/* binding */ startProgress)
/* harmony export */ });
/* unused harmony export progressIntervalMs */
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6753);
/* harmony import */ var _deploy_plan_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5791);
/**
 * Progress lines for long work (hashing, LFS uploads, the commit, waiting for a Space): a line on
 * a timer, so the log speaks at least once per interval even while nothing moves, and never more
 * often than that, however many bytes or files go by. One reporter per piece of work: concurrent
 * transfers share one meter and one line.
 */


/** The Actions log should never go quiet for longer than this while work goes on. */
const DEFAULT_INTERVAL_MS = 10_000;
/** Interval between progress lines: `HF_SPACE_ACTION_PROGRESS_MS` (tests), else 10 s. */
function progressIntervalMs() {
    const fromEnv = Number(process.env.HF_SPACE_ACTION_PROGRESS_MS);
    return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_INTERVAL_MS;
}
/**
 * Prints `describe()` once per interval until stopped; an `undefined` answer skips a beat (e.g.
 * nothing to say yet). The timer does not keep the process alive.
 */
function startProgress(describe, options = {}) {
    const print = options.print ?? ((line) => _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line));
    const timer = setInterval(() => {
        const line = describe();
        if (line !== undefined)
            print(line);
    }, options.intervalMs ?? progressIntervalMs());
    timer.unref();
    return { stop: () => clearInterval(timer) };
}
/** Runs `work` with a progress line on a timer, stopping it however `work` ends. */
async function withProgress(describe, work, options = {}) {
    const progress = startProgress(describe, options);
    try {
        return await work();
    }
    finally {
        progress.stop();
    }
}
/**
 * Counts the bytes of a transfer (or of several at once) and words where it stands: done of
 * total, the average rate since the start, and how long the rest should take at that rate.
 */
class TransferMeter {
    totalBytes;
    now;
    doneBytes = 0;
    startedAt;
    constructor(totalBytes, now = Date.now) {
        this.totalBytes = totalBytes;
        this.now = now;
        this.startedAt = now();
    }
    /** Adds bytes sent; a negative count takes back an attempt that will be sent again. */
    add(bytes) {
        this.doneBytes = Math.max(0, this.doneBytes + bytes);
    }
    get done() {
        return Math.min(this.doneBytes, this.totalBytes);
    }
    /** `Uploading by LFS: 45.0 MB of 100.0 MB (45 %), 4.5 MB/s, about 12 s left` */
    describe(label) {
        const elapsedMs = Math.max(1, this.now() - this.startedAt);
        const done = this.done;
        const percent = this.totalBytes > 0 ? Math.floor((done / this.totalBytes) * 100) : 100;
        const rate = (done / elapsedMs) * 1000;
        const parts = [`${(0,_deploy_plan_report_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(done)} of ${(0,_deploy_plan_report_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(this.totalBytes)} (${percent} %)`];
        if (done > 0) {
            parts.push(`${(0,_deploy_plan_report_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(Math.round(rate))}/s`);
            const leftMs = ((this.totalBytes - done) / rate) * 1000;
            if (done < this.totalBytes)
                parts.push(`about ${formatDuration(leftMs)} left`);
        }
        else {
            parts.push('waiting for the first bytes');
        }
        return `${label}: ${parts.join(', ')}`;
    }
}
/** `8 s`, `2 min 05 s`, `1 h 02 min`. */
function formatDuration(ms) {
    const seconds = Math.max(0, Math.round(ms / 1000));
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
    return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}


/***/ }),

/***/ 4222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sn: () => (/* reexport */ SPACE_BRANCH),
  Wl: () => (/* reexport */ checkServesCommit),
  SP: () => (/* reexport */ explainFailure),
  Ft: () => (/* reexport */ readRuntime),
  CP: () => (/* reexport */ waitForCommit),
  Jf: () => (/* reexport */ waitForStage)
});

;// CONCATENATED MODULE: ./src/space/context.ts
/** The branch a Space builds and serves. */
const SPACE_BRANCH = 'main';

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/hub/types.ts
var types = __webpack_require__(4970);
;// CONCATENATED MODULE: ./src/hub/space-logs.ts

/** Reads at most this long: the Hub keeps a log stream open while the Space runs. */
const READ_WINDOW_MS = 5000;
async function fetchSpaceLogTail(client, spaceId, kind, tail) {
    return client.stream({
        method: 'GET',
        path: `${(0,types/* repoApiPath */.aK)('space', spaceId)}/logs/${kind}`,
        query: { tail },
        headers: { accept: 'text/event-stream' }
    }, async (res) => {
        const lines = [];
        let buffered = '';
        const timer = setTimeout(() => res.body.destroy(), READ_WINDOW_MS);
        try {
            for await (const chunk of res.body) {
                buffered += chunk.toString();
                const events = buffered.split('\n');
                buffered = events.pop() ?? '';
                for (const event of events)
                    lines.push(...parseEvent(event));
            }
        }
        catch {
            // The window closed the stream: what was read is the tail.
        }
        finally {
            clearTimeout(timer);
        }
        lines.push(...parseEvent(buffered));
        return lines.slice(-tail);
    });
}
/**
 * Reads a log stream as the Hub sends it (no `tail`: from the start), handing over each event's
 * lines as they arrive, until the Hub closes the stream or `signal` aborts it.
 * @returns how many events were read
 */
async function followSpaceLog(client, spaceId, kind, onEvent, signal) {
    return client.stream({
        method: 'GET',
        path: `${(0,types/* repoApiPath */.aK)('space', spaceId)}/logs/${kind}`,
        headers: { accept: 'text/event-stream' },
        signal
    }, async (res) => {
        let events = 0;
        let buffered = '';
        for await (const chunk of res.body) {
            buffered += chunk.toString();
            const lines = buffered.split('\n');
            buffered = lines.pop() ?? '';
            for (const line of lines) {
                const parsed = parseEvent(line);
                // Keep-alives (a bare `data:`) are not events of the log.
                if (parsed.length === 0)
                    continue;
                events++;
                onEvent(parsed);
            }
        }
        return events;
    });
}
function parseEvent(line) {
    if (!line.startsWith('data:'))
        return [];
    const payload = line.slice(5).trim();
    if (!payload)
        return [];
    try {
        const event = JSON.parse(payload);
        return (event.data ?? '').replace(/\n$/, '').split('\n');
    }
    catch {
        return [payload];
    }
}

;// CONCATENATED MODULE: ./src/space/explain-failure.ts
/** Why a Space in an error stage failed: the stage, the Hub's message, and the log that shows it. */


const LOG_TAIL_LINES = 30;
/** Sets `error` for a Space in an error stage (`result.runtime`), with the log tail that shows why. */
async function explainFailure(ctx, result) {
    const runtime = result.runtime;
    const stage = runtime?.stage ?? 'unknown';
    const message = runtime?.errorMessage ? `: ${runtime.errorMessage}` : '';
    const hint = stage === 'NO_APP_FILE'
        ? ' The repo has no app file for its SDK (e.g. app.py for Gradio, Dockerfile for Docker).'
        : '';
    result.error = `${(0,errors/* sentence */.em)(`${result.repoId} is in ${stage}${message}`)}${hint}`;
    if (stage === 'NO_APP_FILE')
        return;
    const kind = stage === 'RUNTIME_ERROR' ? 'run' : 'build';
    try {
        const lines = await fetchSpaceLogTail(ctx.client, result.repoId, kind, LOG_TAIL_LINES);
        result.logTail = { kind, lines };
    }
    catch (error) {
        result.notes.push(`Could not read the ${kind} log: ${(0,errors/* getErrorMessage */.u1)(error)}`);
    }
}

// EXTERNAL MODULE: ./src/runner/index.ts + 2 modules
var runner = __webpack_require__(6753);
// EXTERNAL MODULE: ./src/hub/space-runtime.ts
var space_runtime = __webpack_require__(860);
// EXTERNAL MODULE: ./src/hub/list-commits.ts
var list_commits = __webpack_require__(7424);
;// CONCATENATED MODULE: ./src/space/branch-head.ts
/**
 * The newest commit on the branch a Space builds: when it is no longer the commit being waited
 * for, someone committed after it (another deploy) and the Space will build theirs instead.
 */




/**
 * The branch head when it is not `sha`, else undefined. A failed read is not a verdict: waiting
 * goes on and asks again later.
 */
async function newerBranchHead(client, spaceId, sha) {
    try {
        const [head] = await (0,list_commits/* listCommits */.V)(client, 'space', spaceId, SPACE_BRANCH, 1);
        return head && head.id !== sha ? { sha: head.id, title: head.title } : undefined;
    }
    catch (error) {
        runner/* debug */.Yz(`Could not read the head of ${SPACE_BRANCH} of ${spaceId}: ${(0,errors/* getErrorMessage */.u1)(error)}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/space/poll-runtime.ts


/**
 * After a commit, a stage seen before any build may still be the previous commit's: trust it only
 * once this many polls in a row show it (or once a build was seen).
 */
const STALE_POLLS = 3;
const MAX_INTERVAL_MS = 15_000;
/** Polls between two reads of the branch head: cheap, and a superseded wait ends soon enough. */
const HEAD_CHECK_POLLS = 3;
/** First poll interval: `HF_SPACE_ACTION_POLL_MS` (tests and impatient users), else 2 s. */
function firstPollIntervalMs() {
    const fromEnv = Number(process.env.HF_SPACE_ACTION_POLL_MS);
    return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 2000;
}
async function pollRuntime(client, spaceId, options) {
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const now = options.now ?? Date.now;
    const deadline = now() + options.timeoutSeconds * 1000;
    let interval = firstPollIntervalMs();
    let lastStage = '';
    let sawBuild = false;
    let samePolls = 0;
    for (let polls = 1;; polls++) {
        const runtime = await (0,space_runtime/* getSpaceRuntime */.J)(client, spaceId);
        samePolls = runtime.stage === lastStage ? samePolls + 1 : 1;
        if (runtime.stage !== lastStage) {
            lastStage = runtime.stage;
            options.onStage?.(runtime.stage, runtime);
        }
        if (types/* TRANSITIONAL_STAGES */.N1.includes(runtime.stage))
            sawBuild = true;
        const verdict = judge(runtime, options, sawBuild || samePolls >= STALE_POLLS);
        if (verdict === 'running' || verdict === 'settled')
            return { outcome: verdict, runtime, polls };
        const remaining = deadline - now();
        const outcome = verdict ?? (remaining <= 0 ? 'timeout' : undefined);
        // Another commit served, and ours about to be reported failed or late, or every few polls:
        // has the branch moved past ours? Then the Space builds the newer commit, never ours.
        const servesOther = options.expectSha !== undefined && runtime.sha !== options.expectSha;
        if (options.newerCommit && servesOther && (outcome || polls % HEAD_CHECK_POLLS === 0)) {
            const newer = await options.newerCommit();
            if (newer)
                return { outcome: 'superseded', runtime, polls, newer };
        }
        if (outcome)
            return { outcome, runtime, polls };
        await sleep(Math.min(interval, remaining));
        interval = Math.min(Math.round(interval * 1.5), MAX_INTERVAL_MS);
    }
}
/**
 * @param current whether a stage other than the expected one can be trusted to be about the
 *   expected commit: a build was seen since, or the stage has not moved for `STALE_POLLS` polls.
 */
function judge(runtime, options, current) {
    const { stage } = runtime;
    if (types/* TRANSITIONAL_STAGES */.N1.includes(stage))
        return undefined;
    const trusted = !options.expectSha || runtime.sha === options.expectSha || current;
    if (types/* ERROR_STAGES */.L3.includes(stage))
        return trusted ? 'failed' : undefined;
    if (options.expectStage)
        return stage === options.expectStage ? 'settled' : undefined;
    if (stage === 'RUNNING') {
        if (!options.expectSha || runtime.sha === options.expectSha)
            return 'running';
        // A Hub that does not report `sha` is trusted once it has been seen building.
        return runtime.sha === undefined && current ? 'running' : undefined;
    }
    // PAUSED, STOPPED, SLEEPING, DELETING: settled somewhere other than RUNNING.
    return trusted ? 'settled' : undefined;
}

// EXTERNAL MODULE: ./src/progress.ts
var progress = __webpack_require__(4660);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/hub/error.ts
var hub_error = __webpack_require__(597);
;// CONCATENATED MODULE: ./src/space/build-log.ts
/**
 * Follows a Space's build log while the action waits for the build: the Hub's server-sent event
 * stream, read as it grows and resumed after a drop without printing a line twice (the Hub
 * replays the log from its start, so events already seen are skipped by their index, as the
 * official client does). Lines wait in a queue until the caller takes them. A build of another
 * commit than the one awaited (someone pushed after us) is not shown as ours: the Hub's build log
 * opens with the commit it builds.
 */





/** Reconnections in a row that found nothing new before the follower gives up. */
const MAX_FRUITLESS = 5;
const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 10_000;
/** The first line of a build log: `===== Build Queued at … / Commit SHA: 1a2b3c4 =====`. */
const BUILD_HEADER = /^=+ Build Queued at .* Commit SHA: ([0-9a-f]{7,40}) =+$/;
class BuildLogFollower {
    client;
    spaceId;
    expectSha;
    seen = 0;
    queue = [];
    abort = new AbortController();
    running;
    /** The log being read is of another commit's build: its lines are not queued. */
    foreign = false;
    /** @param expectSha the commit awaited, when there is one (its build is the one shown) */
    constructor(client, spaceId, expectSha) {
        this.client = client;
        this.spaceId = spaceId;
        this.expectSha = expectSha;
    }
    /** Starts following (once; later calls do nothing). */
    start() {
        this.running ??= this.follow();
    }
    /** The lines that arrived since the last call. */
    take() {
        const lines = this.queue;
        this.queue = [];
        return lines;
    }
    /** Stops following; lines already queued stay there for a last `take()`. */
    async stop() {
        this.abort.abort();
        await this.running;
    }
    accept(lines) {
        const header = BUILD_HEADER.exec(lines[0] ?? '');
        if (header && this.expectSha) {
            const foreign = !this.expectSha.startsWith(header[1]);
            if (foreign && !this.foreign) {
                runner/* info */.pq(`${this.spaceId} builds ${header[1]}, not ${this.expectSha.slice(0, 7)}: its build log is not shown.`);
            }
            this.foreign = foreign;
        }
        if (!this.foreign)
            this.queue.push(...lines);
    }
    async follow() {
        const { signal } = this.abort;
        let fruitless = 0;
        let backoff = FIRST_BACKOFF_MS;
        while (!signal.aborted) {
            let index = 0;
            let fresh = 0;
            try {
                await followSpaceLog(this.client, this.spaceId, 'build', (lines) => {
                    if (index++ < this.seen)
                        return;
                    this.seen++;
                    fresh++;
                    this.accept(lines);
                }, signal);
                // The Hub closed the stream (the build is over, or the stream was cut): look again later.
            }
            catch (error) {
                if (signal.aborted)
                    return;
                // A 4xx does not get better by asking again (the official client does not retry it).
                if (error instanceof hub_error/* HubApiError */.yL && error.status < 500 && error.status !== 429) {
                    runner/* debug */.Yz(`Not following the build log of ${this.spaceId}: ${(0,errors/* getErrorMessage */.u1)(error)}`);
                    return;
                }
                runner/* debug */.Yz(`The build log stream of ${this.spaceId} broke: ${(0,errors/* getErrorMessage */.u1)(error)}`);
            }
            fruitless = fresh > 0 ? 0 : fruitless + 1;
            if (fresh > 0)
                backoff = FIRST_BACKOFF_MS;
            if (fruitless >= MAX_FRUITLESS)
                return;
            try {
                await (0,promises_.setTimeout)(backoff, undefined, { signal });
            }
            catch {
                return;
            }
            backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        }
    }
}

;// CONCATENATED MODULE: ./src/space/wait-progress.ts
/**
 * What the log shows while the action waits for a Space: each stage as it is seen, a progress
 * line per interval (the stage, for how long, the time left before `wait_timeout`), and while it
 * builds or starts, its build log as the Hub streams it — in a collapsed group per beat, so the
 * progress lines stay in the open and several Spaces' logs never mix within a group.
 */




class WaitReporter {
    spaceId;
    timeoutSeconds;
    stage = '';
    stageSince = Date.now();
    startedAt = Date.now();
    follower;
    progress;
    constructor(client, spaceId, timeoutSeconds, expectSha) {
        this.spaceId = spaceId;
        this.timeoutSeconds = timeoutSeconds;
        this.follower = new BuildLogFollower(client, spaceId, expectSha);
    }
    start() {
        this.progress = (0,progress/* startProgress */.ot)(() => {
            this.flushLog();
            return this.describe();
        });
        return this;
    }
    /** A new stage was seen: say so, and follow the build log once it builds or starts. */
    onStage(stage) {
        this.flushLog();
        this.stage = stage;
        this.stageSince = Date.now();
        runner/* info */.pq(`${this.spaceId}: ${stage}`);
        if (types/* TRANSITIONAL_STAGES */.N1.includes(stage))
            this.follower.start();
    }
    /** Waiting is over: stop following, and print the log lines still queued. */
    async stop() {
        this.progress?.stop();
        await this.follower.stop();
        this.flushLog();
    }
    describe() {
        const now = Date.now();
        const left = this.timeoutSeconds * 1000 - (now - this.startedAt);
        return `Waiting for ${this.spaceId}: ${this.stage || 'no stage yet'} for ${(0,progress/* formatDuration */.a3)(now - this.stageSince)} (gives up in ${(0,progress/* formatDuration */.a3)(left)}, wait_timeout)`;
    }
    flushLog() {
        const lines = this.follower.take();
        if (lines.length === 0)
            return;
        runner/* startGroup */.Oh(`Build log of ${this.spaceId} (${lines.length} new line${lines.length === 1 ? '' : 's'})`);
        for (const line of lines)
            runner/* info */.pq(line);
        runner/* endGroup */.N4();
    }
}

;// CONCATENATED MODULE: ./src/space/wait.ts
/**
 * After a mode changed a Space: wait (unless `wait: false`) until it settles, and when it failed,
 * say why with the tail of the log that shows it. Everything lands in the repo's result.
 */








/** Waits until the Space is RUNNING (after a restart or a wake), or PAUSED (after a pause). */
async function waitForStage(ctx, result, stage = 'RUNNING') {
    await settle(ctx, result, stage === 'RUNNING' ? {} : { expectStage: stage });
}
/** Waits until the Space serves `sha`, a commit just made on the branch it builds. */
async function waitForCommit(ctx, result, sha) {
    if (!ctx.settings.wait)
        result.runtime = await (0,space_runtime/* getSpaceRuntime */.J)(ctx.client, result.repoId);
    await settle(ctx, result, { expectSha: sha });
}
/**
 * Nothing was committed and the Space should serve `sha` already: a build still under way is
 * waited for, and an error stage fails the step — the deployed files do not run.
 */
async function checkServesCommit(ctx, result, sha, known) {
    result.runtime = known ?? (await (0,space_runtime/* getSpaceRuntime */.J)(ctx.client, result.repoId));
    const stage = result.runtime.stage;
    if (types/* TRANSITIONAL_STAGES */.N1.includes(stage))
        await settle(ctx, result, { expectSha: sha });
    else if (types/* ERROR_STAGES */.L3.includes(stage))
        await explainFailure(ctx, result);
}
/** Records the Space's runtime as it is, for a change it does not build (another branch, a PR). */
async function readRuntime(ctx, result, known) {
    result.runtime = known ?? (await (0,space_runtime/* getSpaceRuntime */.J)(ctx.client, result.repoId));
}
async function settle(ctx, result, options) {
    const { settings, client } = ctx;
    const { expectSha } = options;
    if (!settings.wait) {
        result.notes.push('Not waiting for the Space to settle (wait: false).');
        return;
    }
    const reporter = new WaitReporter(client, result.repoId, settings.waitTimeoutSeconds, expectSha).start();
    const waited = await pollRuntime(client, result.repoId, {
        timeoutSeconds: settings.waitTimeoutSeconds,
        expectSha,
        expectStage: options.expectStage,
        newerCommit: expectSha ? () => newerBranchHead(client, result.repoId, expectSha) : undefined,
        onStage: (stage) => reporter.onStage(stage)
    }).finally(() => reporter.stop());
    result.runtime = waited.runtime;
    const stage = waited.runtime.stage;
    switch (waited.outcome) {
        case 'running':
        case 'settled':
            if (!options.expectStage && stage !== 'RUNNING') {
                result.error = `${result.repoId} settled in ${stage}, not RUNNING.`;
            }
            return;
        case 'failed':
            await explainFailure(ctx, result);
            return;
        case 'superseded':
            reportSuperseded(result, expectSha ?? '', waited.newer);
            return;
        case 'timeout':
            result.error = `Gave up waiting for ${result.repoId} after ${settings.waitTimeoutSeconds} s (wait_timeout): its last stage was ${stage}${expectSha && waited.runtime.sha !== expectSha
                ? `, serving ${waited.runtime.sha?.slice(0, 12) ?? 'an older commit'}`
                : ''}.`;
    }
}
/**
 * A newer commit on the branch: the Space builds it, never ours, and that is no failure of ours
 * (the newer commit's own deploy reports on its build).
 */
function reportSuperseded(result, ours, newer) {
    const by = `${newer.sha.slice(0, 12)} ("${newer.title}")`;
    const note = `Superseded by ${by}, committed to ${SPACE_BRANCH} after ${ours.slice(0, 12)}: the Space builds that one instead (now ${result.runtime?.stage ?? 'unknown'}), so this run stops waiting.`;
    result.notes.push(note);
    runner/* notice */.lm(`${result.repoId}: ${note}`);
}

;// CONCATENATED MODULE: ./src/space/index.ts
/**
 * Waiting for and explaining a Space's state, for the modes and the commit pipeline above:
 * - `waitForStage`: after a restart, wake or pause, until RUNNING (or PAUSED);
 * - `waitForCommit`: after a commit to the Space's branch, until it serves that commit;
 * - `checkServesCommit`: nothing committed, but a build under way or an error stage still counts;
 * - `readRuntime`: the runtime as it is;
 * - `explainFailure`: an error stage as the step's error, with the log tail that shows it.
 * Each fills the repo's result (runtime, notes, error, log tail) and honours `wait`/`wait_timeout`.
 */





/***/ })

};
