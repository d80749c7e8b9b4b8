export const id = 359;
export const ids = [359];
export const modules = {

/***/ 8359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pause: () => (/* binding */ pause)
});

// EXTERNAL MODULE: ./src/hub/types.ts
var types = __webpack_require__(4970);
;// CONCATENATED MODULE: ./src/hub/pause-space.ts

/** Pausing twice leaves the Space paused, so the call is safe to retry. */
function pauseSpace(client, spaceId) {
    return client.json({
        method: 'POST',
        path: `${(0,types/* repoApiPath */.aK)('space', spaceId)}/pause`,
        idempotent: true
    });
}

// EXTERNAL MODULE: ./src/hub/space-runtime.ts
var space_runtime = __webpack_require__(860);
// EXTERNAL MODULE: ./src/preflight/write-access.ts + 1 modules
var write_access = __webpack_require__(1933);
// EXTERNAL MODULE: ./src/space/index.ts + 8 modules
var space = __webpack_require__(4222);
;// CONCATENATED MODULE: ./src/modes/pause.ts
/** `pause`: pauses the Space (it stays down, and unbilled, until its owner restarts it). */




async function pause(ctx, result) {
    const spaceId = result.repoId;
    const before = await (0,space_runtime/* getSpaceRuntime */.J)(ctx.client, spaceId);
    if (before.stage === 'PAUSED') {
        result.runtime = before;
        result.notes.push('Already paused: nothing to do.');
        return;
    }
    await (0,write_access/* checkBeforeWrite */.N5)(ctx, result);
    if (ctx.settings.dryRun) {
        result.runtime = before;
        result.notes.push(`Dry run: would pause it (now ${before.stage}).`);
        return;
    }
    result.runtime = await pauseSpace(ctx.client, spaceId);
    result.changed = true;
    result.notes.push(`Paused (was ${before.stage}). Restart it with mode: restart.`);
    if (result.runtime.stage !== 'PAUSED')
        await (0,space/* waitForStage */.Jf)(ctx, result, 'PAUSED');
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
