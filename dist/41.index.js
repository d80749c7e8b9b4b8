export const id = 41;
export const ids = [41];
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

/***/ 6160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D9: () => (/* binding */ creationSettings),
  Ur: () => (/* binding */ syncBeforeCommit),
  te: () => (/* binding */ syncSpaceSettings)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
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
    core/* info */.pq(`${label} for ${result.repoId}: ${description.headline}.`);
    for (const line of description.logLines)
        core/* info */.pq(`  ${line}`);
    if (plan.sleepTime?.change === 'skipped') {
        core/* warning */.$e(`${result.repoId}: sleep_time not applied: ${plan.sleepTime.reason}.`);
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
