export const id = 404;
export const ids = [404,847];
export const modules = {

/***/ 3360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ findRepo),
/* harmony export */   p: () => (/* binding */ getRepoInfo)
/* harmony export */ });
/* harmony import */ var _error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(597);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4970);


function getRepoInfo(client, type, id, revision) {
    return client.json({
        method: 'GET',
        path: `${(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .repoApiPath */ .aK)(type, id)}/revision/${(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeRevision */ .c4)(revision)}`
    });
}
/**
 * The repo's info, or undefined when the repo does not exist (404 without `RevisionNotFound`: a
 * missing revision of an existing repo is still an error).
 */
async function findRepo(client, type, id, revision) {
    try {
        return await getRepoInfo(client, type, id, revision);
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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
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
// EXTERNAL MODULE: ./src/space/index.ts + 6 modules
var space = __webpack_require__(6118);
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
    if (await (0,repo_info/* findRepo */.O)(client, 'space', target, 'main')) {
        if (!options.quiet)
            core/* notice */.lm(`${target} already exists: not copying ${from} again; applying the settings.`);
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
        core/* notice */.lm(`${target} appeared while the action was copying ${from}: applying the settings.`);
        return false;
    }
    core/* info */.pq(`Created ${target} as a ${label}.`);
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
/* harmony import */ var _space_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6118);


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


/***/ })

};
