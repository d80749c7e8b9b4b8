export const id = 772;
export const ids = [772];
export const modules = {

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

/***/ 6685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ explainFailure),
  i: () => (/* binding */ settleSpace)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(3360);
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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/hub/space-runtime.ts
var space_runtime = __webpack_require__(860);
;// CONCATENATED MODULE: ./src/wait.ts


/**
 * After a commit, a stage seen before any build may still be the previous commit's: trust it only
 * once this many polls in a row show it (or once a build was seen).
 */
const STALE_POLLS = 3;
const MAX_INTERVAL_MS = 15_000;
/** First poll interval: `HF_SPACE_ACTION_POLL_MS` (tests and impatient users), else 2 s. */
function firstPollIntervalMs() {
    const fromEnv = Number(process.env.HF_SPACE_ACTION_POLL_MS);
    return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 2000;
}
async function waitForSpace(client, spaceId, options) {
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
        if (verdict)
            return { outcome: verdict, runtime, polls };
        const remaining = deadline - now();
        if (remaining <= 0)
            return { outcome: 'timeout', runtime, polls };
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

;// CONCATENATED MODULE: ./src/modes/settle.ts
/**
 * After a mode changed a Space: wait (unless `wait: false`) until it settles, and when it failed,
 * say why and fetch the tail of the log that shows it.
 */




const LOG_TAIL_LINES = 30;
async function settleSpace(ctx, result, options = {}) {
    const { settings, client } = ctx;
    if (!settings.wait) {
        result.notes.push('Not waiting for the Space to settle (wait: false).');
        return;
    }
    const waited = await waitForSpace(client, result.repoId, {
        timeoutSeconds: settings.waitTimeoutSeconds,
        expectSha: options.expectSha,
        expectStage: options.expectStage,
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
        case 'timeout':
            result.error = `Gave up waiting for ${result.repoId} after ${settings.waitTimeoutSeconds} s (wait_timeout): its last stage was ${stage}${options.expectSha && waited.runtime.sha !== options.expectSha
                ? `, serving ${waited.runtime.sha?.slice(0, 12) ?? 'an older commit'}`
                : ''}.`;
    }
}
/** Sets `error` for a Space in an error stage, with the log tail that shows why. */
async function explainFailure(ctx, result) {
    const runtime = result.runtime;
    const stage = runtime?.stage ?? 'unknown';
    const message = runtime?.errorMessage ? `: ${runtime.errorMessage}` : '';
    const hint = stage === 'NO_APP_FILE'
        ? ' The repo has no app file for its SDK (e.g. app.py for Gradio, Dockerfile for Docker).'
        : '';
    result.error = `${result.repoId} is in ${stage}${message}.${hint}`;
    if (stage === 'NO_APP_FILE')
        return;
    const kind = stage === 'RUNTIME_ERROR' ? 'run' : 'build';
    try {
        const lines = await fetchSpaceLogTail(ctx.client, result.repoId, kind, LOG_TAIL_LINES);
        result.logTail = { kind, lines };
    }
    catch (error) {
        result.notes.push(`Could not read the ${kind} log: ${(0,errors/* getErrorMessage */.u)(error)}`);
    }
}


/***/ }),

/***/ 9772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   status: () => (/* binding */ status)
/* harmony export */ });
/* harmony import */ var _hub_space_runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(860);
/* harmony import */ var _hub_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4970);
/* harmony import */ var _settle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6685);
/** `status`: reads the runtime and changes nothing. An error stage fails the step, with its log. */



async function status(ctx, result) {
    const spaceId = result.repoId;
    result.runtime = await (0,_hub_space_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .getSpaceRuntime */ .J)(ctx.client, spaceId);
    if (_hub_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ERROR_STAGES */ .L3.includes(result.runtime.stage))
        await (0,_settle_js__WEBPACK_IMPORTED_MODULE_0__/* .explainFailure */ .S)(ctx, result);
}


/***/ })

};
