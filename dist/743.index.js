export const id = 743;
export const ids = [743];
export const modules = {

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

/***/ 4743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preview: () => (/* binding */ preview)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/hub/delete-repo.ts
async function deleteRepo(client, type, id) {
    const [organization, name] = id.split('/');
    const res = await client.send({
        method: 'DELETE',
        path: '/api/repos/delete',
        json: { name, organization, type },
        acceptStatuses: [404]
    });
    return res.status !== 404;
}

;// CONCATENATED MODULE: ./src/preview/comment-body.ts
const ERROR_LINE = /error|exception|traceback|failed|fatal/i;
const FIRST_ERROR_LINES = 12;
function deployedBody(facts) {
    const { result } = facts;
    const stage = result.runtime?.stage;
    const rows = [
        ['Space', `[${facts.previewId}](${facts.spaceUrl})`],
        ['App', facts.appUrl && !result.error ? facts.appUrl : ''],
        ['Commit', commitCell(facts)],
        ['Stage', stage ? `\`${stage}\`` : '']
    ];
    const table = [
        '| | |',
        '|---|---|',
        ...rows.filter(([, v]) => v).map(([k, v]) => `| ${k} | ${v} |`)
    ];
    if (!result.error) {
        return ['### 🤗 Preview Space is up', '', ...table].join('\n');
    }
    const lines = firstErrorLines(result.logTail?.lines ?? []);
    return [
        '### ❌ Preview Space failed',
        '',
        ...table,
        '',
        `**Reason:** ${oneLine(result.error)}`,
        ...(lines.length > 0
            ? [
                '',
                `First error lines of the ${result.logTail?.kind ?? 'build'} log:`,
                '',
                '```text',
                ...lines,
                '```'
            ]
            : [])
    ].join('\n');
}
function deletedBody(previewId, existed) {
    return [
        '### 🗑️ Preview Space deleted',
        '',
        existed
            ? `The pull request was closed: the preview Space \`${previewId}\` was deleted.`
            : `The pull request was closed: the preview Space \`${previewId}\` was already gone.`
    ].join('\n');
}
function commitCell(facts) {
    const { headSha, result } = facts;
    const hub = result.commitSha
        ? result.commitUrl
            ? `[\`${result.commitSha.slice(0, 7)}\`](${result.commitUrl})`
            : `\`${result.commitSha.slice(0, 7)}\``
        : '';
    const github = headSha ? `\`${headSha.slice(0, 7)}\`` : '';
    if (github && hub)
        return `${github} → Hub ${hub}`;
    return github || hub;
}
function firstErrorLines(lines) {
    const clean = lines.map((l) => l.replace(/`{3,}/g, "'''"));
    const first = clean.findIndex((l) => ERROR_LINE.test(l));
    return first === -1
        ? clean.slice(-FIRST_ERROR_LINES)
        : clean.slice(first, first + FIRST_ERROR_LINES);
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ');
}

// EXTERNAL MODULE: ./src/runner/index.ts + 2 modules
var runner = __webpack_require__(6753);
;// CONCATENATED MODULE: ./src/github/create-issue-comment.ts
/** `POST /repos/{owner}/{repo}/issues/{number}/comments`: a new comment on an issue or PR. */

/**
 * Creates the comment. Not retried on a lost answer (it would post twice); only a 429, sent
 * before GitHub acted, is repeated.
 */
async function createIssueComment(client, ref, body) {
    const res = await client.request({
        method: 'POST',
        path: `${(0,github_client/* repoPath */.qN)(ref.repository)}/issues/${ref.issueNumber}/comments`,
        json: { body }
    });
    return res.data;
}

// EXTERNAL MODULE: ./src/github/error.ts
var github_error = __webpack_require__(6661);
// EXTERNAL MODULE: ./src/hub/list-repo-tree.ts
var list_repo_tree = __webpack_require__(4517);
;// CONCATENATED MODULE: ./src/github/list-issue-comments.ts
/**
 * `GET /repos/{owner}/{repo}/issues/{number}/comments`: every comment of an issue or pull
 * request, oldest first, following GitHub's `Link: <…>; rel="next"` pages.
 */


/** GitHub's largest page, so a busy PR costs few calls. */
const PER_PAGE = 100;
/** A loop guard: 100 pages of 100 is far beyond any PR a preview comment lives on. */
const MAX_PAGES = 100;
async function listIssueComments(client, ref) {
    const comments = [];
    const seen = new Set();
    let next = `${(0,github_client/* repoPath */.qN)(ref.repository)}/issues/${ref.issueNumber}/comments`;
    let query = { per_page: PER_PAGE };
    while (next) {
        if (seen.has(next) || seen.size >= MAX_PAGES) {
            throw new Error(`GitHub's comment pages of ${ref.repository}#${ref.issueNumber} do not end (${seen.size} pages read): refusing to go on.`);
        }
        seen.add(next);
        const res = await client.request({ method: 'GET', path: next, query });
        comments.push(...res.data);
        next = (0,list_repo_tree/* nextPageUrl */._C)(res.headers.link);
        // The next page's URL carries its own query (page, per_page).
        query = undefined;
    }
    return comments;
}

;// CONCATENATED MODULE: ./src/github/update-issue-comment.ts
/** `PATCH /repos/{owner}/{repo}/issues/comments/{id}`: replaces a comment's body. */

/** Sets the comment's body; sending the same body again changes nothing, so it may be retried. */
async function updateIssueComment(client, ref, body) {
    const res = await client.request({
        method: 'PATCH',
        path: `${(0,github_client/* repoPath */.qN)(ref.repository)}/issues/comments/${ref.commentId}`,
        json: { body }
    });
    return res.data;
}

;// CONCATENATED MODULE: ./src/preview/comment.ts
/**
 * The one pull-request comment a preview keeps up to date: found again by a hidden marker,
 * created the first time, edited after. GitHub refusing it is a warning (naming the permission
 * the job lacks), never a failure: the preview itself is what counts.
 */






function previewMarker(productionId) {
    return `<!-- hf-space-action:preview ${productionId} -->`;
}
/** Creates or edits the comment; returns its URL, or undefined when GitHub refused. */
async function upsertPreviewComment(github, target, body, options) {
    const marker = previewMarker(target.productionId);
    const ref = { repository: target.repository, issueNumber: target.number };
    const text = `${marker}\n${body}`;
    try {
        const existing = (await listIssueComments(github, ref)).find((c) => c.body.includes(marker));
        if (existing) {
            if (existing.body === text)
                return existing.html_url;
            return (await updateIssueComment(github, { repository: ref.repository, commentId: existing.id }, text)).html_url;
        }
        if (!options.createIfMissing)
            return undefined;
        return (await createIssueComment(github, ref, text)).html_url;
    }
    catch (error) {
        const why = (0,errors/* getErrorMessage */.u1)(error);
        const permission = error instanceof github_error/* GitHubApiError */.O && error.isRefusal
            ? " Give the job 'permissions: pull-requests: write' (and pass github_token) so the action can comment."
            : '';
        runner/* warning */.$e(`Could not write the preview comment on ${target.repository}#${target.number}: ${why}${permission}`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/preview/pull-request-event.ts
var pull_request_event = __webpack_require__(4936);
// EXTERNAL MODULE: ./src/result.ts
var src_result = __webpack_require__(1666);
// EXTERNAL MODULE: ./src/modes/deploy.ts + 25 modules
var deploy = __webpack_require__(4095);
// EXTERNAL MODULE: ./src/modes/duplicate.ts + 1 modules
var duplicate = __webpack_require__(1404);
;// CONCATENATED MODULE: ./src/modes/preview.ts
/**
 * `preview`: a Space per pull request. `repo_id` is the production Space; the preview is
 * `{repo_id}-pr-{number}`.
 * - opened / reopened / synchronize: copy the production Space when the preview is missing (SDK,
 *   hardware and variables match; `private` and the settings apply), deploy `path` to it as
 *   `deploy` does (one commit, mirror), wait until it serves that commit, and keep one PR comment
 *   up to date with the app link, the commit and the stage — or why it failed.
 * - closed: delete the preview (already gone is fine) and say so in the comment.
 */









async function preview(ctx, result) {
    const event = ctx.settings.pullRequest;
    const productionId = result.repoId;
    const previewId = (0,pull_request_event/* previewSpaceId */.Wh)(productionId, event.number);
    result.repoId = previewId;
    const github = github_client/* GitHubClient */.jh.fromEnv(ctx.settings.githubToken);
    const target = { repository: event.repository, number: event.number, productionId };
    if (event.action === 'close') {
        await closePreview(ctx, result, github, target);
        return;
    }
    try {
        const created = await (0,duplicate.ensureDuplicate)(ctx, result, productionId, { quiet: true });
        if (created !== undefined)
            await (0,deploy.deploy)(previewContext(ctx, previewId, event), result);
    }
    catch (error) {
        result.error = (0,errors/* getErrorMessage */.u1)(error);
    }
    if (ctx.settings.dryRun)
        return;
    const body = deployedBody({
        previewId,
        spaceUrl: (0,src_result/* repoPageUrl */.n4)(ctx.settings.endpoint, 'space', previewId),
        appUrl: (0,src_result/* appUrl */.RM)(ctx.settings.endpoint, result.runtime),
        headSha: event.headSha,
        result
    });
    const url = await upsertPreviewComment(github, target, body, { createIfMissing: true });
    if (url)
        result.notes.push(`Preview comment: ${url}`);
}
/** The deploy of the PR's folder to the preview: the repo root, mirrored, on main. */
function previewContext(ctx, previewId, event) {
    return {
        ...ctx,
        settings: {
            ...ctx.settings,
            repoIds: [previewId],
            repoType: 'space',
            revision: 'main',
            createPr: false,
            create: false,
            deleteMissing: true,
            commitMessage: ctx.settings.commitMessage ??
                `Preview of ${event.repository}#${event.number}${event.headSha ? ` at ${event.headSha.slice(0, 7)}` : ''}`
        }
    };
}
async function closePreview(ctx, result, github, target) {
    if (ctx.settings.dryRun) {
        result.notes.push(`Dry run: would delete the preview Space ${result.repoId}.`);
        return;
    }
    const existed = await deleteRepo(ctx.client, 'space', result.repoId);
    result.changed = existed;
    result.notes.push(existed
        ? `Deleted the preview Space ${result.repoId}.`
        : `The preview Space ${result.repoId} was already gone.`);
    const url = await upsertPreviewComment(github, target, deletedBody(result.repoId, existed), {
        createIfMissing: false
    });
    if (url)
        result.notes.push(`Preview comment: ${url}`);
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


/***/ })

};
