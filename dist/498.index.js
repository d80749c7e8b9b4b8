export const id = 498;
export const ids = [498];
export const modules = {

/***/ 3360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ infoFields),
/* harmony export */   O7: () => (/* binding */ findRepo),
/* harmony export */   pt: () => (/* binding */ getRepoInfo)
/* harmony export */ });
/* harmony import */ var _error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(597);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4970);


function getRepoInfo(client, type, id, revision, options = {}) {
    const query = options.files
        ? '?blobs=true'
        : options.fields
            ? `?${options.fields.map((field) => `expand=${field}`).join('&')}`
            : '';
    return client.json({
        method: 'GET',
        path: `${(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .repoApiPath */ .aK)(type, id)}/revision/${(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeRevision */ .c4)(revision)}${query}`
    });
}
/** The fields of `RepoInfo` a repo of that type has: what a caller that reads them all asks for. */
function infoFields(type) {
    return type === 'space' ? ['sha', 'private', 'sdk', 'runtime'] : ['sha', 'private'];
}
/**
 * The repo's info, or undefined when the repo does not exist (404 without `RevisionNotFound`: a
 * missing revision of an existing repo is still an error).
 */
async function findRepo(client, type, id, revision, options = {}) {
    try {
        return await getRepoInfo(client, type, id, revision, options);
    }
    catch (error) {
        if (error instanceof _error_js__WEBPACK_IMPORTED_MODULE_0__/* .HubApiError */ .yL &&
            error.status === 404 &&
            error.errorCode !== 'RevisionNotFound')
            return undefined;
        throw error;
    }
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

/***/ 1498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wake: () => (/* binding */ wake)
/* harmony export */ });
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6753);
/* harmony import */ var _hub_repo_info_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3360);
/* harmony import */ var _hub_restart_space_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2759);
/* harmony import */ var _hub_space_runtime_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(860);
/* harmony import */ var _hub_transport_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2729);
/* harmony import */ var _hub_types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4970);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3916);
/* harmony import */ var _preflight_write_access_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1933);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1666);
/* harmony import */ var _space_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4222);
/**
 * `wake`, keep-alive done right: never restarts a healthy Space.
 * - SLEEPING / STOPPED → restart, then wait for RUNNING;
 * - RUNNING → no restart; one visit to the app (`ping_app`) restarts its sleep timer;
 * - building or starting → wait for it;
 * - PAUSED → left alone (its owner paused it), with a notice;
 * - an error stage → reported with its log, and the step fails.
 */










const ASLEEP = ['SLEEPING', 'STOPPED'];
async function wake(ctx, result) {
    const spaceId = result.repoId;
    const runtime = await (0,_hub_space_runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .getSpaceRuntime */ .J)(ctx.client, spaceId);
    result.runtime = runtime;
    const { stage } = runtime;
    if (stage === 'RUNNING') {
        result.notes.push('Running: not restarted.');
        if (!ctx.settings.pingApp)
            return;
        // A visit resets the sleep timer: a change a dry run does not make.
        if (ctx.settings.dryRun)
            result.notes.push('Dry run: would visit the app.');
        else
            await pingApp(ctx, result, runtime);
    }
    else if (ASLEEP.includes(stage) && ctx.settings.dryRun) {
        await (0,_preflight_write_access_js__WEBPACK_IMPORTED_MODULE_3__/* .checkBeforeWrite */ .N5)(ctx, result);
        result.notes.push(`Dry run: was ${stage}, would restart it to wake it.`);
    }
    else if (ASLEEP.includes(stage)) {
        await (0,_preflight_write_access_js__WEBPACK_IMPORTED_MODULE_3__/* .checkBeforeWrite */ .N5)(ctx, result);
        result.runtime = await (0,_hub_restart_space_js__WEBPACK_IMPORTED_MODULE_6__/* .restartSpace */ .o)(ctx.client, spaceId, { factory: false });
        result.changed = true;
        result.notes.push(`Was ${stage}: restarted to wake it.`);
        await (0,_space_index_js__WEBPACK_IMPORTED_MODULE_4__/* .waitForStage */ .Jf)(ctx, result);
    }
    else if (_hub_types_js__WEBPACK_IMPORTED_MODULE_7__/* .TRANSITIONAL_STAGES */ .N1.includes(stage)) {
        result.notes.push(`Already ${stage}: not restarted.`);
        await (0,_space_index_js__WEBPACK_IMPORTED_MODULE_4__/* .waitForStage */ .Jf)(ctx, result);
    }
    else if (stage === 'PAUSED') {
        result.notes.push('Paused by its owner: left alone. Use mode: restart to start it.');
        _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`${spaceId} is PAUSED: wake leaves paused Spaces alone (use mode: restart to start it).`);
    }
    else if (_hub_types_js__WEBPACK_IMPORTED_MODULE_7__/* .ERROR_STAGES */ .L3.includes(stage)) {
        await (0,_space_index_js__WEBPACK_IMPORTED_MODULE_4__/* .explainFailure */ .SP)(ctx, result);
    }
    else {
        result.error = `${spaceId} is in ${stage}: wake cannot bring it up.`;
    }
}
/**
 * One GET of the app: a visit, so the sleep timer starts over. The token goes along only where a
 * visit needs it and nobody else can read it: a private Space, on the Hub's own domain (not a
 * custom one), over https or to this very machine.
 */
async function pingApp(ctx, result, runtime) {
    const url = (0,_result_js__WEBPACK_IMPORTED_MODULE_8__/* .appUrl */ .RM)(ctx.settings.endpoint, runtime);
    if (!url) {
        result.notes.push('No app URL in the runtime: nothing to ping.');
        return;
    }
    const headers = { 'user-agent': 'hf-space-action (keep-alive ping)' };
    const withheld = await tokenWithheldBecause(ctx, result.repoId, runtime, url);
    if (withheld === undefined)
        headers.authorization = `Bearer ${ctx.settings.token}`;
    else if (withheld)
        result.notes.push(`Pinged the app without the token: ${withheld}.`);
    try {
        // Not a Hub call (no retries, its own token rule), but over the client's connections.
        const res = await ctx.client.transport.request(new URL(url), {
            method: 'GET',
            headers,
            headersTimeoutMs: 30_000,
            bodyTimeoutMs: 30_000
        });
        await (0,_hub_transport_index_js__WEBPACK_IMPORTED_MODULE_2__/* .drain */ .Ze)(res.body);
        if (res.statusCode >= 400) {
            _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Pinging ${url} answered ${res.statusCode}: the visit may not have counted.`);
            result.notes.push(`App ping answered ${res.statusCode}.`);
        }
        else {
            result.notes.push(`Pinged the app (${res.statusCode}).`);
        }
    }
    catch (error) {
        _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .sentence */ .em)(`Could not ping ${url}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .getErrorMessage */ .u1)(error)}`)} The Space keeps running; its sleep timer was not reset.`);
        result.notes.push('App ping failed (warning only).');
    }
}
/**
 * Why the ping goes without the token ('' when there is none to send or a public Space needs
 * none), or undefined when it goes with it.
 */
async function tokenWithheldBecause(ctx, spaceId, runtime, url) {
    if (!ctx.settings.token)
        return '';
    const { protocol, hostname } = new URL(url);
    if (runtime.domains?.find((d) => hostname === d.domain.split(':')[0])?.isCustom === true) {
        return `${hostname} is a custom domain, not the Hub's`;
    }
    if (protocol !== 'https:' && !isLoopback(hostname)) {
        return `${new URL(url).origin} is plain http to another machine`;
    }
    try {
        const info = await (0,_hub_repo_info_js__WEBPACK_IMPORTED_MODULE_1__/* .getRepoInfo */ .pt)(ctx.client, 'space', spaceId, 'main');
        return info.private === true ? undefined : '';
    }
    catch (error) {
        return `could not tell whether the Space is private (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .getErrorMessage */ .u1)(error)})`;
    }
}
function isLoopback(hostname) {
    return (hostname === 'localhost' ||
        hostname.endsWith('.localhost') ||
        /^127\.\d+\.\d+\.\d+$/.test(hostname) ||
        hostname === '[::1]');
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

// EXTERNAL MODULE: ./src/runner/index.ts + 2 modules
var runner = __webpack_require__(6753);
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
        runner/* warning */.$e(`Could not check the token before writing (whoami-v2): ${(0,errors/* getErrorMessage */.u1)(error)}`);
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
        runner/* warning */.$e(doubt);
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


/***/ })

};
