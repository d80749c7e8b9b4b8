export const id = 404;
export const ids = [404,847];
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

/***/ 1404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  duplicate: () => (/* binding */ duplicate),
  ensureDuplicate: () => (/* binding */ ensureDuplicate)
});

// EXTERNAL MODULE: ./src/runner/index.ts + 2 modules
var runner = __webpack_require__(6753);
// EXTERNAL MODULE: ./src/auth/hub-access.ts + 2 modules
var hub_access = __webpack_require__(4192);
// EXTERNAL MODULE: ./src/hub/types.ts
var types = __webpack_require__(4970);
;// CONCATENATED MODULE: ./src/hub/duplicate-space.ts

/** Duplicates the Space; false when the target already exists (409). */
async function duplicateSpace(client, fromId, request) {
    const res = await client.send({
        method: 'POST',
        path: `${(0,types/* repoApiPath */.aK)('space', fromId)}/duplicate`,
        json: request,
        // A repeat finds the copy made by the first attempt: 409, taken as "exists".
        idempotent: true,
        acceptStatuses: [409]
    });
    return res.status !== 409;
}

// EXTERNAL MODULE: ./src/hub/error.ts
var hub_error = __webpack_require__(597);
// EXTERNAL MODULE: ./src/hub/repo-info.ts
var repo_info = __webpack_require__(3360);
// EXTERNAL MODULE: ./src/space-settings/sync.ts + 8 modules
var sync = __webpack_require__(6160);
// EXTERNAL MODULE: ./src/space/index.ts + 8 modules
var space = __webpack_require__(4222);
// EXTERNAL MODULE: ./src/modes/settings.ts
var settings = __webpack_require__(3847);
;// CONCATENATED MODULE: ./src/modes/duplicate.ts
/**
 * `duplicate`: copies `from_repo_id` to `repo_id` (files and public variables; the Hub never
 * copies secrets) with `private` and the declared settings, then waits for RUNNING. When the copy
 * already exists nothing is copied: a notice, then the settings are applied — so the mode can run
 * on every push.
 */








async function duplicate(ctx, result) {
    const from = ctx.settings.fromRepoId;
    const created = await ensureDuplicate(ctx, result, from);
    if (created === undefined)
        return;
    const outcome = await (0,sync/* syncSpaceSettings */.te)(ctx, result, { intent: 'apply' });
    if (created) {
        if (ctx.settings.wait)
            await (0,space/* waitForStage */.Jf)(ctx, result);
        return;
    }
    if (outcome?.wrote)
        await (0,settings.waitForSettings)(ctx, result, outcome.restarts);
    else if (!outcome)
        await (0,settings.waitForSettings)(ctx, result, false);
}
/**
 * Makes sure `repo_id` exists as a copy of `from`: true when it was created now, false when it
 * existed, undefined on a dry run that would create it.
 */
async function ensureDuplicate(ctx, result, from, options = {}) {
    const { client, settings } = ctx;
    const target = result.repoId;
    if (from === target) {
        throw new Error(`Input 'from_repo_id' names the Space itself (${target}): give the Space to copy.`);
    }
    if (await (0,repo_info/* findRepo */.O7)(client, 'space', target, 'main')) {
        if (!options.quiet)
            runner/* notice */.lm(`${target} already exists: not copying ${from} again; applying the settings.`);
        result.notes.push(`${target} already exists: no copy made.`);
        return false;
    }
    const label = `${settings.private ? 'private ' : ''}copy of ${from}`;
    (0,hub_access/* assertCanCreateRepos */.Sy)(ctx, `create ${target} as a ${label}`);
    if (settings.dryRun) {
        result.notes.push(`Dry run: would create ${target} as a ${label}.`);
        return undefined;
    }
    let created;
    try {
        created = await duplicateSpace(client, from, {
            repository: target,
            private: settings.private,
            ...(await (0,sync/* creationSettings */.D9)(settings.space))
        });
    }
    catch (error) {
        throw explainDuplicateError(error, from, target);
    }
    if (!created) {
        runner/* notice */.lm(`${target} appeared while the action was copying ${from}: applying the settings.`);
        return false;
    }
    runner/* info */.pq(`Created ${target} as a ${label}.`);
    result.changed = true;
    result.notes.push(`Created as a ${label}.`);
    return true;
}
function explainDuplicateError(error, from, target) {
    if (!(error instanceof hub_error/* HubApiError */.yL))
        return error;
    const hub = error.hubMessage ? ` The Hub says: "${error.hubMessage}".` : '';
    if (error.status === 402) {
        return new Error(`Copying ${from} to ${target} needs a paid plan: the Hub hosts new Gradio and Docker Spaces only for PRO users and paid organizations (static Spaces are free). Subscribe at https://huggingface.co/pro, or use an organization with a paid plan.${hub}`, { cause: error });
    }
    if (error.status === 404) {
        return new Error(`Cannot copy ${from}: it does not exist, or the token cannot see it (check from_repo_id).${hub}`, { cause: error });
    }
    return error;
}


/***/ }),

/***/ 3847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   settings: () => (/* binding */ settings),
/* harmony export */   waitForSettings: () => (/* binding */ waitForSettings)
/* harmony export */ });
/* harmony import */ var _space_settings_sync_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6160);
/* harmony import */ var _space_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4222);


async function settings(ctx, result) {
    const outcome = await (0,_space_settings_sync_js__WEBPACK_IMPORTED_MODULE_0__/* .syncSpaceSettings */ .te)(ctx, result, { intent: 'apply' });
    if (!outcome?.wrote)
        return;
    await waitForSettings(ctx, result, outcome.restarts);
}
/** After settings were written: wait for the restart, or read the runtime once to report it. */
async function waitForSettings(ctx, result, restarts) {
    if (restarts && ctx.settings.wait)
        await (0,_space_index_js__WEBPACK_IMPORTED_MODULE_1__/* .waitForStage */ .Jf)(ctx, result);
    else
        await (0,_space_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readRuntime */ .Ft)(ctx, result);
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
