export const id = 739;
export const ids = [739];
export const modules = {

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

/***/ 2759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ restartSpace)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4970);

/**
 * Sent once, never retried: a second restart would interrupt the build the first one started.
 * @returns the runtime right after the request (usually BUILDING)
 */
function restartSpace(client, spaceId, options) {
    return client.json({
        method: 'POST',
        path: `${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .repoApiPath */ .aK)('space', spaceId)}/restart`,
        query: options.factory ? { factory: 'true' } : undefined,
        idempotent: false
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

/***/ 8739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   restart: () => (/* binding */ restart)
/* harmony export */ });
/* harmony import */ var _hub_restart_space_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2759);
/* harmony import */ var _hub_space_runtime_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(860);
/* harmony import */ var _preflight_write_access_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1933);
/* harmony import */ var _space_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6118);
/** `restart`: restarts the Space (a factory rebuild with `factory_reboot`), then waits for RUNNING. */




async function restart(ctx, result) {
    const spaceId = result.repoId;
    const factory = ctx.settings.factoryReboot;
    const what = factory ? 'a factory rebuild (no build cache)' : 'a restart';
    if (ctx.settings.dryRun) {
        result.runtime = await (0,_hub_space_runtime_js__WEBPACK_IMPORTED_MODULE_2__/* .getSpaceRuntime */ .J)(ctx.client, spaceId);
        await (0,_preflight_write_access_js__WEBPACK_IMPORTED_MODULE_0__/* .checkBeforeWrite */ .N5)(ctx, result);
        result.notes.push(`Dry run: would request ${what} (now ${result.runtime.stage}).`);
        return;
    }
    await (0,_preflight_write_access_js__WEBPACK_IMPORTED_MODULE_0__/* .checkBeforeWrite */ .N5)(ctx, result);
    result.runtime = await (0,_hub_restart_space_js__WEBPACK_IMPORTED_MODULE_3__/* .restartSpace */ .o)(ctx.client, spaceId, { factory });
    result.changed = true;
    result.notes.push(`Requested ${what}.`);
    await (0,_space_index_js__WEBPACK_IMPORTED_MODULE_1__/* .waitForStage */ .Jf)(ctx, result);
}


/***/ }),

/***/ 1933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N5: () => (/* binding */ checkBeforeWrite),
  os: () => (/* binding */ startPreflight)
});

// UNUSED EXPORTS: writeProblem

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/hub/error.ts
var hub_error = __webpack_require__(597);
;// CONCATENATED MODULE: ./src/hub/whoami.ts
function whoAmI(client) {
    return client.json({ method: 'GET', path: '/api/whoami-v2' });
}

;// CONCATENATED MODULE: ./src/preflight/write-access.ts
/**
 * Pre-flight: before the first write, is the token allowed to make it? One `whoami-v2` per run
 * (started early, so it overlaps local work such as hashing), then a verdict per repo: a read-only
 * token, or a fine-grained token without write on the repo, fails before any preupload, LFS
 * upload, commit or restart — with the fix, not a 403 halfway through.
 */




/** The permission a fine-grained token needs to write a repo's content and settings. */
const WRITE_PERMISSION = 'repo.write';
const TOKENS_PAGE = 'https://huggingface.co/settings/tokens';
/** The token's identity, asked once per client (several repos share one answer). */
const identities = new WeakMap();
/**
 * Starts the identity check in the background and returns immediately; the answer is awaited by
 * `checkBeforeWrite`. Without a token there is nothing to ask (the first call will say so).
 */
function startPreflight(ctx) {
    if (!ctx.client.hasToken || identities.has(ctx.client))
        return;
    const asked = whoAmI(ctx.client).catch((error) => {
        // An invalid token is an answer; the rest (rate limit, outage) must not block a deploy.
        if (error instanceof hub_error/* HubApiError */.yL && error.status === 401)
            throw error;
        core/* warning */.$e(`Could not check the token before writing (whoami-v2): ${(0,errors/* getErrorMessage */.u1)(error)}`);
        return undefined;
    });
    // Awaited later; until then a rejection must not count as unhandled.
    asked.catch(() => undefined);
    identities.set(ctx.client, asked);
}
/**
 * Before a repo's first write: throws when the token cannot make it. A dry run does not throw: it
 * records what the real run would hit as the repo's error (so the step fails as the real one
 * would) and goes on to say what else it would do.
 */
async function checkBeforeWrite(ctx, result) {
    startPreflight(ctx);
    const identity = await identities.get(ctx.client);
    if (!identity)
        return;
    const problem = writeProblem(identity, result.repoType, result.repoId);
    if (problem && ctx.settings.dryRun) {
        result.error = `Dry run: the real run would fail before any write. ${problem}`;
        return;
    }
    if (problem)
        throw new Error(problem);
    for (const doubt of writeDoubts(identity, result.repoId, ctx.settings.mode))
        core/* warning */.$e(doubt);
}
/** Signs that a write may still be refused, for a warning (the Hub has the last word). */
function writeDoubts(identity, repoId, mode) {
    const doubts = [];
    const namespace = repoId.split('/')[0];
    const role = identity.auth?.accessToken?.role;
    const member = identity.name === namespace || identity.orgs?.some((o) => o.name === namespace);
    if (identity.type === 'user' && role !== 'fineGrained' && !member) {
        doubts.push(`The token belongs to ${identity.name}, who is not a member of ${namespace}: the Hub will likely refuse to change ${repoId}.`);
    }
    if (identity.auth?.type === 'oauth' && ['restart', 'wake'].includes(mode)) {
        doubts.push(`${repoId}: the token is an OAuth token (from hf auth login), which the Hub refuses for restarts since 2026: use an access token from ${TOKENS_PAGE}.`);
    }
    return doubts;
}
/** Why this identity cannot write the repo, in a sentence with the fix; undefined if it can. */
function writeProblem(identity, repoType, repoId) {
    const token = identity.auth?.accessToken;
    if (!token || identity.type !== 'user')
        return undefined;
    const named = token.displayName ? ` "${token.displayName}"` : '';
    const what = `the ${repoType} ${repoId}`;
    if (token.role === 'read') {
        return `The token${named} of ${identity.name} is read-only: it cannot change ${what}. Create a token with the write role (or a fine-grained one with write access to ${repoId}) at ${TOKENS_PAGE} and store it as the secret the workflow passes in \`token\` (e.g. HF_TOKEN).`;
    }
    if (token.role === 'fineGrained') {
        const scopes = token.fineGrained?.scoped ?? [];
        // Entities named only by id cannot be matched: leave the verdict to the Hub.
        if (scopes.some((s) => s.entity.name === undefined))
            return undefined;
        if (scopes.some((s) => covers(s.entity, repoType, repoId) && canWrite(s.permissions))) {
            return undefined;
        }
        const namespace = repoId.split('/')[0];
        return `The fine-grained token${named} of ${identity.name} has no write access to ${what}. Edit it at ${TOKENS_PAGE}: under "Repositories permissions", add ${repoId} (or, under its owner ${namespace}, all its repos) with "Write access to contents/settings".`;
    }
    return undefined;
}
function covers(entity, repoType, repoId) {
    if (entity.type === repoType)
        return entity.name === repoId;
    return (entity.type === 'user' || entity.type === 'org') && entity.name === repoId.split('/')[0];
}
function canWrite(permissions) {
    return permissions.includes(WRITE_PERMISSION);
}


/***/ }),

/***/ 6118:
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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
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
        core/* debug */.Yz(`Could not read the head of ${SPACE_BRANCH} of ${spaceId}: ${(0,errors/* getErrorMessage */.u1)(error)}`);
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
    const waited = await pollRuntime(client, result.repoId, {
        timeoutSeconds: settings.waitTimeoutSeconds,
        expectSha,
        expectStage: options.expectStage,
        newerCommit: expectSha ? () => newerBranchHead(client, result.repoId, expectSha) : undefined,
        onStage: (stage) => core/* info */.pq(`${result.repoId}: ${stage}`)
    });
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
    core/* notice */.lm(`${result.repoId}: ${note}`);
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
