export const id = 51;
export const ids = [51];
export const modules = {

/***/ 6189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ reportUnchangedSpace),
/* harmony export */   M: () => (/* binding */ afterCommit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _space_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4222);
/**
 * What follows a commit, for both commit modes: the outputs, and for a Space whose build branch got
 * the commit, waiting until it serves that commit (or failed to build, with the log tail).
 */


async function afterCommit(ctx, result, commit) {
    result.changed = true;
    result.commitSha = commit.sha;
    result.commitUrl = commit.url;
    result.prUrl = commit.prUrl;
    if (result.repoType !== 'space')
        return;
    try {
        await followSpace(ctx, result, commit);
    }
    catch (error) {
        // Caught here, not in main.ts: the commit is made, and its outputs must survive the failure.
        result.error = `Committed ${commit.sha.slice(0, 12)}, but could not follow the Space: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(error)}`;
    }
}
async function followSpace(ctx, result, commit) {
    if (servesRevision(ctx)) {
        await (0,_space_index_js__WEBPACK_IMPORTED_MODULE_0__/* .waitForCommit */ .CP)(ctx, result, commit.sha);
        return;
    }
    result.notes.push(commit.prUrl
        ? `The Space builds from ${_space_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SPACE_BRANCH */ .Sn}: it changes once the pull request is merged.`
        : `The Space builds from ${_space_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SPACE_BRANCH */ .Sn}, not ${ctx.settings.revision}: not waiting for a build.`);
    await (0,_space_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readRuntime */ .Ft)(ctx, result);
}
/**
 * Nothing was committed: report the Space as it is. When it serves the revision, a build still
 * under way is waited for, and an error stage fails the step — the deployed files do not run.
 * `known`: the runtime the Space's info carried, read at the start of this deploy (when nothing
 * has restarted the Space since).
 */
async function reportUnchangedSpace(ctx, result, head, known) {
    if (result.repoType !== 'space')
        return;
    if (servesRevision(ctx))
        await (0,_space_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkServesCommit */ .Wl)(ctx, result, head, known);
    else
        await (0,_space_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readRuntime */ .Ft)(ctx, result, known);
}
function servesRevision(ctx) {
    const { revision, createPr } = ctx.settings;
    return !createPr && revision.replace(/^refs\/heads\//, '') === _space_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SPACE_BRANCH */ .Sn;
}


/***/ }),

/***/ 1550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ commitMessage)
/* harmony export */ });
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8886);
/**
 * The commit's title and description: the user's (`commit_message`, `commit_description`), or by
 * default the GitHub commit and repo it came from and a link to the workflow run, so that a Hub
 * commit leads back to its source.
 */

/** Longest default title: the Hub shows titles in one line. */
const MAX_TITLE = 100;
function commitMessage(settings, github, purpose) {
    const [first, ...rest] = (settings.commitMessage ?? defaultSummary(github, purpose)).split('\n');
    // A multi-line commit_message: its first line is the title, the rest leads the description.
    const extra = rest.join('\n').trim();
    const description = settings.commitDescription ?? defaultDescription(github, purpose);
    return {
        summary: first.trim() || defaultSummary(github, purpose),
        description: [extra, description].filter(Boolean).join('\n\n')
    };
}
function defaultSummary(github, purpose) {
    const verb = purpose === 'deploy' ? 'Deploy' : 'Rebuild';
    if (!github.repository) {
        return purpose === 'deploy' ? 'Deploy with hf-space-action' : 'Rebuild (empty commit)';
    }
    const source = `${github.repository}${github.sha ? `@${github.sha.slice(0, 7)}` : ''}`;
    const headline = github.headCommitMessage?.split('\n')[0].trim();
    const title = `${verb} ${source}${headline ? `: ${headline}` : ''}`;
    return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}
function defaultDescription(github, purpose) {
    const what = purpose === 'deploy' ? 'Deployed' : 'Empty commit (it forces a rebuild), made';
    const commit = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .commitLink */ .wn)(github);
    const run = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .runLink */ .ut)(github);
    const lines = [`${what} by hf-space-action${commit ? ` from ${commit}` : ''}.`];
    if (run)
        lines.push(`Workflow run: ${run}${github.workflow ? ` (${github.workflow})` : ''}`);
    return lines.join('\n\n');
}


/***/ }),

/***/ 9351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ ensureRepo),
  N: () => (/* binding */ ensureRepoInfo)
});

// EXTERNAL MODULE: ./src/runner/index.ts + 2 modules
var runner = __webpack_require__(6753);
// EXTERNAL MODULE: ./src/auth/hub-access.ts + 2 modules
var hub_access = __webpack_require__(4192);
;// CONCATENATED MODULE: ./src/hub/create-repo.ts
/**
 * Creates the repo; false when it already existed (409). A repeated call only gets that 409, so
 * the call is safe to retry. A 402 (a Gradio or Docker Space without a paid plan) is thrown.
 */
async function createRepo(client, options) {
    const [organization, name] = options.id.split('/');
    const res = await client.send({
        method: 'POST',
        path: '/api/repos/create',
        json: {
            name,
            organization,
            type: options.type,
            private: options.private,
            ...(options.type === 'space' && { sdk: options.sdk })
        },
        idempotent: true,
        acceptStatuses: [409]
    });
    return res.status !== 409;
}

// EXTERNAL MODULE: ./src/hub/error.ts
var hub_error = __webpack_require__(597);
// EXTERNAL MODULE: ./src/hub/repo-info.ts
var repo_info = __webpack_require__(3360);
;// CONCATENATED MODULE: ./src/commit/ensure-repo.ts
/**
 * The repo a commit mode works on, and the commit its revision points at. With `create: true` a
 * missing repo is created — only when missing: the Hub checks the paid plan before it notices
 * that a Space exists (huggingface_hub#4535), so calling create on an existing Gradio Space of a
 * free account would fail for nothing.
 */





/**
 * @returns the head commit of `revision`, or undefined when the repo is missing and this is a
 *   dry run (it would be created)
 */
async function ensureRepo(ctx, result) {
    return (await ensureRepoInfo(ctx, result))?.sha;
}
/**
 * `ensureRepo`, with the whole info (for a Space, its runtime too). `beforeCreate` is awaited
 * before the repo is created (a caller that reads before its token check passes it).
 */
async function ensureRepoInfo(ctx, result, beforeCreate, options = {}) {
    const { client, settings } = ctx;
    const { repoType: type, repoId: id } = result;
    const found = await (0,repo_info/* findRepo */.O7)(client, type, id, settings.revision, options);
    if (found) {
        warnIfOtherSdk(settings, result, found.sdk);
        return found;
    }
    const what = `${type} ${id}`;
    if (!settings.create) {
        throw new Error(`The ${what} does not exist, or the token cannot see it: check repo_id and repo_type, or set create: true${type === 'space' ? ' (with space_sdk)' : ''} to create it.`);
    }
    const kind = type === 'space' ? `${settings.spaceSdk} Space` : type;
    const label = `${settings.private ? 'private ' : ''}${kind}`;
    (0,hub_access/* assertCanCreateRepos */.Sy)(ctx, `create the ${label} ${id}`);
    if (settings.dryRun) {
        result.notes.push(`Dry run: would create the ${label} ${id}.`);
        return undefined;
    }
    await beforeCreate?.();
    let created;
    try {
        created = await createRepo(client, {
            type,
            id,
            private: settings.private,
            sdk: settings.spaceSdk
        });
    }
    catch (error) {
        if (error instanceof hub_error/* HubApiError */.yL && error.status === 402) {
            const hub = error.hubMessage ? ` (the Hub says: "${error.hubMessage}")` : '';
            throw new Error(`Creating the ${kind} ${id} needs a paid plan${hub}. Use space_sdk: static, which is free, or subscribe at https://huggingface.co/pro.`, { cause: error });
        }
        throw error;
    }
    if (created) {
        runner/* info */.pq(`Created the ${label} ${id}.`);
        result.changed = true;
        result.notes.push(`Created the ${label}.`);
    }
    else {
        // Someone created it between our look and our create: fine, it exists.
        result.notes.push(`The ${what} appeared while the action was creating it: using it.`);
    }
    return (0,repo_info/* getRepoInfo */.pt)(client, type, id, settings.revision, options);
}
/** `create` does not convert a Space: one built with another SDK keeps it (its README decides). */
function warnIfOtherSdk(settings, result, sdk) {
    if (result.repoType !== 'space' || !settings.create || !settings.spaceSdk || !sdk)
        return;
    if (sdk === settings.spaceSdk)
        return;
    const message = `${result.repoId} exists as a ${sdk} Space, not ${settings.spaceSdk} (space_sdk): create leaves an existing Space as it is. Its README.md's sdk field decides how it builds.`;
    runner/* warning */.$e(message);
    result.notes.push(message);
}


/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ readGitHubContext),
/* harmony export */   ut: () => (/* binding */ runLink),
/* harmony export */   wn: () => (/* binding */ commitLink)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * What the action knows of the workflow run that started it, read from the runner's `GITHUB_*`
 * variables and event file (no `@actions/github`: it would bring octokit into the bundle).
 */

/** Reads the context of the current run; every field is optional outside GitHub Actions. */
function readGitHubContext(env = process.env) {
    return {
        sha: env.GITHUB_SHA || undefined,
        repository: env.GITHUB_REPOSITORY || undefined,
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        runId: env.GITHUB_RUN_ID || undefined,
        runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
        workflow: env.GITHUB_WORKFLOW || undefined,
        headCommitMessage: headCommitMessage(env.GITHUB_EVENT_PATH)
    };
}
/** The link to the commit on GitHub, when the run knows it. */
function commitLink(ctx) {
    if (!ctx.sha || !ctx.repository)
        return undefined;
    return `${ctx.serverUrl}/${ctx.repository}/commit/${ctx.sha}`;
}
/** The link to this run (and attempt) on GitHub, when the run knows it. */
function runLink(ctx) {
    if (!ctx.runId || !ctx.repository)
        return undefined;
    const attempt = ctx.runAttempt && ctx.runAttempt !== '1' ? `/attempts/${ctx.runAttempt}` : '';
    return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}${attempt}`;
}
/**
 * The event file is the runner's JSON of the triggering event; only pushes carry a head commit.
 * An unreadable file is not an error: the message is a nicety.
 */
function headCommitMessage(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8'));
        const message = event.head_commit?.message;
        return typeof message === 'string' && message.trim() ? message.trim() : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

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


/***/ }),

/***/ 6160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D9: () => (/* binding */ creationSettings),
  Ur: () => (/* binding */ syncBeforeCommit),
  te: () => (/* binding */ syncSpaceSettings)
});

// EXTERNAL MODULE: ./src/runner/index.ts + 2 modules
var runner = __webpack_require__(6753);
// EXTERNAL MODULE: ./src/hub/error.ts
var hub_error = __webpack_require__(597);
// EXTERNAL MODULE: ./src/hub/types.ts
var types = __webpack_require__(4970);
;// CONCATENATED MODULE: ./src/hub/space-hardware.ts

function requestSpaceHardware(client, spaceId, request) {
    return client.json({
        method: 'POST',
        path: `${(0,types/* repoApiPath */.aK)('space', spaceId)}/hardware`,
        json: request,
        idempotent: true
    });
}
function listSpaceHardware(client) {
    return client.json({ method: 'GET', path: '/api/spaces/hardware', auth: false });
}

// EXTERNAL MODULE: ./src/hub/space-runtime.ts
var space_runtime = __webpack_require__(860);
;// CONCATENATED MODULE: ./src/hub/space-secrets.ts

function listSpaceSecrets(client, spaceId) {
    return client.json({ method: 'GET', path: `${(0,types/* repoApiPath */.aK)('space', spaceId)}/secrets` });
}
async function addSpaceSecret(client, spaceId, secret) {
    await client.send({
        method: 'POST',
        path: `${(0,types/* repoApiPath */.aK)('space', spaceId)}/secrets`,
        json: secret,
        idempotent: true
    });
}
async function deleteSpaceSecret(client, spaceId, key) {
    await client.send({
        method: 'DELETE',
        path: `${(0,types/* repoApiPath */.aK)('space', spaceId)}/secrets`,
        json: { key }
    });
}

;// CONCATENATED MODULE: ./src/hub/space-sleeptime.ts

function setSpaceSleepTime(client, spaceId, seconds) {
    return client.json({
        method: 'POST',
        path: `${(0,types/* repoApiPath */.aK)('space', spaceId)}/sleeptime`,
        json: { seconds },
        idempotent: true
    });
}

;// CONCATENATED MODULE: ./src/hub/space-variables.ts

function listSpaceVariables(client, spaceId) {
    return client.json({ method: 'GET', path: `${(0,types/* repoApiPath */.aK)('space', spaceId)}/variables` });
}
async function addSpaceVariable(client, spaceId, variable) {
    await client.send({
        method: 'POST',
        path: `${(0,types/* repoApiPath */.aK)('space', spaceId)}/variables`,
        json: variable,
        idempotent: true
    });
}
async function deleteSpaceVariable(client, spaceId, key) {
    await client.send({
        method: 'DELETE',
        path: `${(0,types/* repoApiPath */.aK)('space', spaceId)}/variables`,
        json: { key }
    });
}

// EXTERNAL MODULE: ./src/space-settings/declaration.ts
var declaration = __webpack_require__(1916);
;// CONCATENATED MODULE: ./src/space-settings/hardware.ts

/** huggingface_hub's SpaceHardware and the Hub's OpenAPI enum (2026-08). */
const KNOWN_FLAVORS = [
    'cpu-basic',
    'cpu-upgrade',
    'cpu-performance',
    'cpu-xl',
    'sprx8',
    'zero-a10g',
    't4-small',
    't4-medium',
    'l4x1',
    'l4x4',
    'l40sx1',
    'l40sx4',
    'l40sx8',
    'a10g-small',
    'a10g-large',
    'a10g-largex2',
    'a10g-largex4',
    'a100-large',
    'a100x4',
    'a100x8',
    'h200',
    'h200x2',
    'h200x4',
    'h200x8',
    'rtx-pro-6000',
    'rtx-pro-6000x2',
    'rtx-pro-6000x4',
    'rtx-pro-6000x8',
    'inf2x6'
];
/** Throws a clear error listing the flavors when `flavor` is not one of them. */
async function checkFlavor(client, flavor) {
    let flavors = KNOWN_FLAVORS;
    let source = 'the flavors the Hub documents';
    try {
        const listed = (await listSpaceHardware(client)).map((f) => f.name).filter(Boolean);
        if (listed.length > 0) {
            flavors = listed;
            source = 'the Hub lists';
        }
    }
    catch {
        // An older Hub or a mirror without the catalogue: the documented list decides.
    }
    if (!flavors.includes(flavor)) {
        throw new Error(`Input 'hardware' is '${flavor}', which is not a Space hardware flavor: use one of ${flavors.join(', ')} (${source}).`);
    }
}

;// CONCATENATED MODULE: ./src/space-settings/plan-report.ts
const VERB = {
    add: 'add',
    change: 'change',
    remove: 'remove',
    unchanged: 'unchanged'
};
function describeSettingsPlan(plan) {
    const rows = [];
    if (plan.hardware) {
        const { from, to, change } = plan.hardware;
        rows.push(['hardware', change, change === 'change' ? `${from ?? 'none'} → ${to}` : to]);
    }
    if (plan.sleepTime) {
        const { from, to, change, reason } = plan.sleepTime;
        const detail = change === 'change'
            ? `${seconds(from)} → ${seconds(to)}`
            : change === 'skipped'
                ? `${seconds(to)} not applied: ${reason}`
                : seconds(to);
        rows.push(['sleep_time', change, detail]);
    }
    for (const [kind, keys, kept] of [
        ['secret', plan.secrets, plan.keptSecrets],
        ['variable', plan.variables, plan.keptVariables]
    ]) {
        for (const k of keys)
            rows.push([`${kind} ${k.key}`, VERB[k.change], k.reason ?? '']);
        for (const key of kept)
            rows.push([`${kind} ${key}`, 'kept', 'not declared; prune is off']);
    }
    const count = (change) => rows.filter((r) => r[1] === change).length;
    const parts = ['add', 'change', 'remove', 'unchanged', 'skipped']
        .map((c) => [c, count(c)])
        .filter(([, n]) => n > 0)
        .map(([c, n]) => `${n} ${c === 'add' ? 'to add' : c === 'change' ? 'to change' : c === 'remove' ? 'to remove' : c}`);
    const headline = parts.length > 0 ? parts.join(', ') : 'nothing declared';
    const logLines = rows.map(([what, change, detail]) => `${change.padEnd(9)} ${what}${detail ? ` (${detail})` : ''}`);
    const markdown = [
        '| setting | plan | detail |',
        '|---|---|---|',
        ...rows.map(([what, change, detail]) => `| \`${what}\` | ${change} | ${escapeCell(detail)} |`)
    ].join('\n');
    return { headline, logLines, markdown };
}
function seconds(value) {
    if (value === null || value === -1)
        return 'never';
    return `${value} s`;
}
function escapeCell(text) {
    return text.replace(/[|<>&]/g, (c) => `&#${c.charCodeAt(0)};`);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/space-settings/secret-digest.ts
/**
 * How the action knows a secret is unchanged although the Hub never returns secret values: the
 * secret's description carries a slow, salted digest of the value (scrypt, a fresh random salt on
 * every write). The next run recomputes the digest of the declared value with the stored salt;
 * equal means unchanged, so nothing is written and the Space does not restart.
 *
 * What a reader of the description learns: nothing that identifies the value without guessing,
 * and each guess costs one scrypt evaluation for that one secret (the salt is per secret and per
 * write: no precomputed tables, no telling that two Spaces share a value). A weak, guessable
 * value (a short password, a dictionary word) can still be found by someone who can read the
 * description and spend the compute — the README says so. High-entropy tokens (API keys) cannot.
 */

const PREFIX = 'hf-space-action:scrypt';
/** Work factor: about 0.1 s and 32 MiB per evaluation on a GitHub-hosted runner. */
const DEFAULT_PARAMS = { N: 2 ** 15, r: 8, p: 1 };
/** Refuse descriptions that would make us spend more than this (a crafted description). */
const MAX_N = 2 ** 17;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
const DIGEST = /^hf-space-action:scrypt:N=(\d+),r=(\d+),p=(\d+):([A-Za-z0-9_-]{16,}):([A-Za-z0-9_-]{32,})$/;
function derive(value, salt, params) {
    const options = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
    return new Promise((resolve, reject) => (0,external_node_crypto_.scrypt)(value, salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))));
}
/** The description to store with a secret: the salted digest of its value. */
async function secretDescription(value) {
    const salt = (0,external_node_crypto_.randomBytes)(SALT_BYTES);
    const key = await derive(value, salt, DEFAULT_PARAMS);
    const { N, r, p } = DEFAULT_PARAMS;
    return `${PREFIX}:N=${N},r=${r},p=${p}:${salt.toString('base64url')}:${key.toString('base64url')}`;
}
/** Whether a description is one of ours (so the value can be checked against it). */
function isDigestDescription(description) {
    return description !== undefined && DIGEST.test(description);
}
/** True when `description` is our digest of exactly `value`. */
async function matchesDescription(value, description) {
    const match = description === undefined ? null : DIGEST.exec(description);
    if (!match)
        return false;
    const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (N > MAX_N || N < 2 || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 4)
        return false;
    const expected = Buffer.from(match[5], 'base64url');
    const key = await derive(value, Buffer.from(match[4], 'base64url'), { N, r, p });
    return key.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(key, expected);
}

;// CONCATENATED MODULE: ./src/space-settings/plan.ts

const FREE_HARDWARE = 'cpu-basic';
async function planSettings(declared, current) {
    const plan = {
        secrets: [],
        variables: [],
        keptSecrets: [],
        keptVariables: []
    };
    const requested = current.runtime.hardware?.requested ?? null;
    if (declared.hardware !== undefined) {
        plan.hardware = {
            from: requested,
            to: declared.hardware,
            change: requested === declared.hardware ? 'unchanged' : 'change'
        };
    }
    if (declared.sleepTime !== undefined)
        plan.sleepTime = planSleep(declared, current.runtime);
    if (declared.secrets) {
        const remote = current.secrets ?? {};
        // Digests are checked at once: scrypt runs on libuv's thread pool, not the event loop.
        const checked = await Promise.all([...declared.secrets].map(async ([key, value]) => {
            const found = remote[key];
            if (!found)
                return { key, change: 'add' };
            if (await matchesDescription(value, found.description))
                return { key, change: 'unchanged' };
            return {
                key,
                change: 'change',
                reason: isDigestDescription(found.description)
                    ? 'value differs'
                    : 'set outside the action: its value cannot be compared'
            };
        }));
        plan.secrets.push(...checked);
        const extra = Object.keys(remote).filter((key) => !declared.secrets?.has(key));
        if (declared.prune)
            plan.secrets.push(...extra.map((key) => removal(key)));
        else
            plan.keptSecrets = extra;
    }
    if (declared.variables) {
        const remote = current.variables ?? {};
        for (const [key, value] of declared.variables) {
            const found = remote[key];
            if (!found)
                plan.variables.push({ key, change: 'add' });
            else
                plan.variables.push({ key, change: found.value === value ? 'unchanged' : 'change' });
        }
        const extra = Object.keys(remote).filter((key) => !declared.variables?.has(key));
        if (declared.prune)
            plan.variables.push(...extra.map((key) => removal(key)));
        else
            plan.keptVariables = extra;
    }
    return plan;
}
function removal(key) {
    return { key, change: 'remove', reason: 'not declared (prune)' };
}
function planSleep(declared, runtime) {
    const to = declared.sleepTime;
    const from = runtime.gcTimeout ?? null;
    const hardware = declared.hardware ?? runtime.hardware?.requested;
    if (hardware === FREE_HARDWARE) {
        return {
            from,
            to,
            change: 'skipped',
            reason: 'free cpu-basic hardware always sleeps after 48 h of inactivity; upgrade the hardware to choose the sleep time'
        };
    }
    // The Hub reports "never" as no timeout.
    const same = to === -1 ? from === null || from === -1 : from === to;
    return { from, to, change: same ? 'unchanged' : 'change' };
}
/** Whether applying the plan writes anything. */
function planWrites(plan) {
    return (plan.hardware?.change === 'change' ||
        plan.sleepTime?.change === 'change' ||
        [...plan.secrets, ...plan.variables].some((k) => k.change !== 'unchanged'));
}

;// CONCATENATED MODULE: ./src/space-settings/sync.ts
/**
 * Brings a Space's configuration to what the workflow declares: read (runtime, secret keys,
 * variables), plan by key, report the plan in the log and the summary, then write only the
 * differences. `report` only compares (status: drift); a dry run stops after the plan.
 * Waiting for the restart the writes cause is the caller's, since a deploy waits for its commit.
 */












async function syncSpaceSettings(ctx, result, options) {
    const declared = ctx.settings.space;
    if (!(0,declaration/* declaresSettings */.v)(declared))
        return undefined;
    const { client } = ctx;
    const spaceId = result.repoId;
    const [runtime, secrets, variables] = await Promise.all([
        options.runtime ?? (0,space_runtime/* getSpaceRuntime */.J)(client, spaceId),
        declared.secrets ? listSpaceSecrets(client, spaceId) : undefined,
        declared.variables ? listSpaceVariables(client, spaceId) : undefined
    ]);
    result.runtime = runtime;
    const plan = await planSettings(declared, { runtime, secrets, variables });
    const report = options.intent === 'report';
    if (plan.hardware?.change === 'change' && !report)
        await checkFlavor(client, plan.hardware.to);
    reportPlan(ctx, result, plan, report);
    const writes = planWrites(plan);
    const outcome = { plan, wrote: false, restarts: false };
    if (report) {
        if (writes)
            result.notes.push('Settings drift: the Space differs from the declared settings (see the plan).');
        else
            result.notes.push('Settings: the Space matches the declared settings.');
        return outcome;
    }
    if (!writes) {
        result.notes.push('Settings already hold: nothing written.');
        return outcome;
    }
    if (ctx.settings.dryRun) {
        result.notes.push('Dry run: no setting was written.');
        return outcome;
    }
    const latest = await applyPlan(ctx, spaceId, declared, plan);
    if (latest)
        result.runtime = latest;
    result.changed = true;
    outcome.wrote = true;
    outcome.restarts = runtime.stage !== 'PAUSED' && runtime.hardware?.requested !== null;
    result.notes.push(outcome.restarts
        ? 'Settings applied: the Space restarts to take them.'
        : `Settings applied; the Space is ${runtime.stage}: they take effect when it next starts.`);
    return outcome;
}
function reportPlan(ctx, result, plan, report) {
    const description = describeSettingsPlan(plan);
    const label = report
        ? 'Settings drift'
        : ctx.settings.dryRun
            ? 'Dry run — settings plan'
            : 'Settings plan';
    runner/* info */.pq(`${label} for ${result.repoId}: ${description.headline}.`);
    for (const line of description.logLines)
        runner/* info */.pq(`  ${line}`);
    if (plan.sleepTime?.change === 'skipped') {
        runner/* warning */.$e(`${result.repoId}: sleep_time not applied: ${plan.sleepTime.reason}.`);
    }
    result.notes.push(`Settings plan: ${description.headline}.`);
    result.details = [
        ...(result.details ?? []),
        {
            title: `${report ? 'Settings drift' : 'Settings plan'}: ${description.headline}`,
            markdown: description.markdown
        }
    ];
}
/** Writes the differences, one request each; returns the last runtime the Hub answered. */
async function applyPlan(ctx, spaceId, declared, plan) {
    const { client } = ctx;
    for (const { key, change } of plan.variables) {
        if (change === 'add' || change === 'change')
            await addSpaceVariable(client, spaceId, { key, value: declared.variables?.get(key) ?? '' });
        else if (change === 'remove')
            await deleteSpaceVariable(client, spaceId, key);
    }
    // The digests first, all at once (scrypt runs on the thread pool), then one write per key.
    const descriptions = new Map(await Promise.all(plan.secrets
        .filter((k) => k.change === 'add' || k.change === 'change')
        .map(async ({ key }) => {
        const value = declared.secrets?.get(key) ?? '';
        return [key, { value, description: await secretDescription(value) }];
    })));
    for (const { key, change } of plan.secrets) {
        const write = descriptions.get(key);
        if (write)
            await addSpaceSecret(client, spaceId, { key, ...write });
        else if (change === 'remove')
            await deleteSpaceSecret(client, spaceId, key);
    }
    const sleep = plan.sleepTime?.change === 'change' ? plan.sleepTime.to : undefined;
    try {
        if (plan.hardware?.change === 'change') {
            // One request, one restart, for both the flavor and its sleep time.
            return await requestSpaceHardware(client, spaceId, {
                flavor: plan.hardware.to,
                ...(sleep !== undefined && { sleepTimeSeconds: sleep })
            });
        }
        if (sleep !== undefined)
            return await setSpaceSleepTime(client, spaceId, sleep);
    }
    catch (error) {
        throw explainPaidHardware(error, plan.hardware?.to);
    }
    return undefined;
}
/** 402/403 on hardware or sleep time: a paid plan or a payment method is what is missing. */
function explainPaidHardware(error, flavor) {
    if (!(error instanceof hub_error/* HubApiError */.yL) || (error.status !== 402 && error.status !== 403))
        return error;
    const hub = error.hubMessage ? ` The Hub says: "${error.hubMessage}".` : '';
    const billing = /payment|billing|pro subscription|subscribe/i.test(error.hubMessage ?? '');
    if (error.status === 402 || billing) {
        return new Error(`Requesting ${flavor ? `hardware '${flavor}'` : 'a sleep time'} needs a paid plan or a payment method on the Space owner's account: add one at https://huggingface.co/settings/billing.${hub}`, { cause: error });
    }
    return error;
}
/** The declared settings as `create`/`duplicate` take them (secrets with their digests). */
async function creationSettings(declared) {
    const secrets = declared.secrets
        ? await Promise.all([...declared.secrets].map(async ([key, value]) => ({
            key,
            value,
            description: await secretDescription(value)
        })))
        : undefined;
    const variables = declared.variables
        ? [...declared.variables].map(([key, value]) => ({ key, value }))
        : undefined;
    return {
        ...(declared.hardware !== undefined && { hardware: declared.hardware }),
        ...(declared.sleepTime !== undefined &&
            declared.hardware !== 'cpu-basic' && { sleepTimeSeconds: declared.sleepTime }),
        ...(secrets && { secrets }),
        ...(variables && { variables })
    };
}
/**
 * Commit modes apply the settings before they commit, so the build the commit starts already
 * sees them (and a change costs no extra restart beyond that build's). Nothing to do for a repo
 * a dry run would create, or for models and datasets.
 */
async function syncBeforeCommit(ctx, result, head) {
    if (head === undefined || result.repoType !== 'space')
        return;
    await syncSpaceSettings(ctx, result, { intent: 'apply' });
}


/***/ })

};
