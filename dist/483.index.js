export const id = 483;
export const ids = [483];
export const modules = {

/***/ 6189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ reportUnchangedSpace),
/* harmony export */   M: () => (/* binding */ afterCommit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _hub_space_runtime_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(860);
/* harmony import */ var _hub_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4970);
/* harmony import */ var _modes_settle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6685);
/**
 * What follows a commit, for both commit modes: the outputs, and for a Space whose `main` got the
 * commit, waiting until it serves that commit (or failed to build, with the log tail).
 */




/** The branch a Space builds and serves. */
const SPACE_BRANCH = 'main';
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
        result.error = `Committed ${commit.sha.slice(0, 12)}, but could not follow the Space: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u)(error)}`;
    }
}
async function followSpace(ctx, result, commit) {
    if (!servesRevision(ctx)) {
        result.notes.push(commit.prUrl
            ? 'The Space builds from main: it changes once the pull request is merged.'
            : `The Space builds from main, not ${ctx.settings.revision}: not waiting for a build.`);
        result.runtime = await (0,_hub_space_runtime_js__WEBPACK_IMPORTED_MODULE_2__/* .getSpaceRuntime */ .J)(ctx.client, result.repoId);
        return;
    }
    if (!ctx.settings.wait)
        result.runtime = await (0,_hub_space_runtime_js__WEBPACK_IMPORTED_MODULE_2__/* .getSpaceRuntime */ .J)(ctx.client, result.repoId);
    await (0,_modes_settle_js__WEBPACK_IMPORTED_MODULE_0__/* .settleSpace */ .i)(ctx, result, { expectSha: commit.sha });
}
/**
 * Nothing was committed: report the Space as it is. When it serves the revision, a build still
 * under way is waited for, and an error stage fails the step — the deployed files do not run.
 * `known`: the runtime the Space's info carried, read at the start of this deploy.
 */
async function reportUnchangedSpace(ctx, result, head, known) {
    if (result.repoType !== 'space')
        return;
    result.runtime = known ?? (await (0,_hub_space_runtime_js__WEBPACK_IMPORTED_MODULE_2__/* .getSpaceRuntime */ .J)(ctx.client, result.repoId));
    if (!servesRevision(ctx))
        return;
    const stage = result.runtime.stage;
    if (_hub_types_js__WEBPACK_IMPORTED_MODULE_3__/* .TRANSITIONAL_STAGES */ .N1.includes(stage))
        await (0,_modes_settle_js__WEBPACK_IMPORTED_MODULE_0__/* .settleSpace */ .i)(ctx, result, { expectSha: head });
    else if (_hub_types_js__WEBPACK_IMPORTED_MODULE_3__/* .ERROR_STAGES */ .L3.includes(stage))
        await (0,_modes_settle_js__WEBPACK_IMPORTED_MODULE_0__/* .explainFailure */ .S)(ctx, result);
}
function servesRevision(ctx) {
    const { revision, createPr } = ctx.settings;
    return !createPr && revision.replace(/^refs\/heads\//, '') === SPACE_BRANCH;
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

/***/ 4411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ ensureRepo),
  N: () => (/* binding */ ensureRepoInfo)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(3360);
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
// EXTERNAL MODULE: ./src/hub/types.ts
var types = __webpack_require__(4970);
;// CONCATENATED MODULE: ./src/hub/repo-info.ts


function getRepoInfo(client, type, id, revision) {
    return client.json({
        method: 'GET',
        path: `${(0,types/* repoApiPath */.aK)(type, id)}/revision/${(0,types/* encodeRevision */.c4)(revision)}`
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
        if (error instanceof hub_error/* HubApiError */.yL &&
            error.status === 404 &&
            error.errorCode !== 'RevisionNotFound')
            return undefined;
        throw error;
    }
}

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
/** `ensureRepo`, with the whole info (for a Space, its runtime too). */
async function ensureRepoInfo(ctx, result) {
    const { client, settings } = ctx;
    const { repoType: type, repoId: id } = result;
    const found = await findRepo(client, type, id, settings.revision);
    if (found)
        return found;
    const what = `${type} ${id}`;
    if (!settings.create) {
        throw new Error(`The ${what} does not exist, or the token cannot see it: check repo_id and repo_type, or set create: true${type === 'space' ? ' (with space_sdk)' : ''} to create it.`);
    }
    const kind = type === 'space' ? `${settings.spaceSdk} Space` : type;
    const label = `${settings.private ? 'private ' : ''}${kind}`;
    if (settings.dryRun) {
        result.notes.push(`Dry run: would create the ${label} ${id}.`);
        return undefined;
    }
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
        core/* info */.pq(`Created the ${label} ${id}.`);
        result.changed = true;
        result.notes.push(`Created the ${label}.`);
    }
    else {
        // Someone created it between our look and our create: fine, it exists.
        result.notes.push(`The ${what} appeared while the action was creating it: using it.`);
    }
    return getRepoInfo(client, type, id, settings.revision);
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

/***/ 3483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  emptyCommit: () => (/* binding */ emptyCommit)
});

// EXTERNAL MODULE: ./src/commit/after-commit.ts
var after_commit = __webpack_require__(6189);
// EXTERNAL MODULE: ./src/commit/commit-message.ts
var commit_message = __webpack_require__(1550);
// EXTERNAL MODULE: ./src/commit/ensure-repo.ts + 2 modules
var ensure_repo = __webpack_require__(4411);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(3360);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 5 modules
var exec = __webpack_require__(2876);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/git/git-command-manager.ts
/**
 * git, driven through `@actions/exec` in a throw-away bare repository (no work tree, no checkout).
 * The token never appears in a command line or a URL: it travels as an `http.<endpoint>/.extraHeader`
 * set through git's `GIT_CONFIG_COUNT` environment variables, scoped to the Hub's URL so that a
 * redirect elsewhere never gets it, and masked in the log in its encoded form too.
 */






/** The username git sends with the token; the Hub only checks the token (huggingface_hub's too). */
const GIT_USERNAME = 'hf_user';
/** Who the empty commit says wrote it; the Hub shows the token's user as the pusher. */
const COMMIT_IDENTITY = {
    GIT_AUTHOR_NAME: 'github-actions[bot]',
    GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
    GIT_COMMITTER_NAME: 'github-actions[bot]',
    GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com'
};
class GitCommandManager {
    dir;
    env;
    constructor(dir, env) {
        this.dir = dir;
        this.env = env;
    }
    /** A bare repository in a new temporary folder, with `origin` set to `remoteUrl`. */
    static async create(options) {
        const root = options.tempRoot ?? (process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)());
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(root, 'hf-space-action-git-'));
        const manager = new GitCommandManager(dir, gitEnvironment(options));
        try {
            await manager.git(['init', '--quiet', '--bare', '.']);
            await manager.git(['remote', 'add', 'origin', options.remoteUrl]);
        }
        catch (error) {
            await manager.remove();
            throw error;
        }
        return manager;
    }
    async fetchRef(ref) {
        const local = `refs/remotes/origin/target`;
        await this.git([
            'fetch',
            '--quiet',
            '--no-tags',
            '--depth=1',
            '--filter=blob:none',
            'origin',
            `+${ref}:${local}`
        ]);
        return (await this.git(['rev-parse', '--verify', `${local}^{commit}`])).stdout;
    }
    async commitSameTree(parent, message) {
        const out = await this.git(['commit-tree', `${parent}^{tree}`, '-p', parent, '-F', '-'], {
            input: message
        });
        return out.stdout;
    }
    push(commit, ref) {
        return this.git(['push', '--quiet', 'origin', `${commit}:${ref}`], { allowFailure: true });
    }
    async remoteHead(ref) {
        const out = await this.git(['ls-remote', 'origin', ref]);
        const line = out.stdout.split('\n').find((l) => l.endsWith(`\t${ref}`));
        return line?.split('\t')[0];
    }
    async remove() {
        await (0,promises_.rm)(this.dir, { recursive: true, force: true });
    }
    /** The one way git runs: output captured, never echoed (core.debug shows the arguments). */
    async git(args, options = {}) {
        core/* debug */.Yz(`git ${args.join(' ')}`);
        let out;
        try {
            out = await exec/* getExecOutput */.H('git', args, {
                cwd: this.dir,
                env: this.env,
                silent: true,
                ignoreReturnCode: true,
                input: options.input === undefined ? undefined : Buffer.from(options.input)
            });
        }
        catch (error) {
            throw new Error(`Could not run git (${(0,errors/* getErrorMessage */.u)(error)}): it must be on the PATH.`, {
                cause: error
            });
        }
        const result = { exitCode: out.exitCode, stdout: out.stdout.trim(), stderr: out.stderr.trim() };
        if (result.exitCode !== 0 && !options.allowFailure) {
            throw new Error(`git ${args[0]} failed (exit ${result.exitCode}): ${result.stderr}`);
        }
        return result;
    }
}
/**
 * The environment of every git command: no prompts, no credential helper, and the token (when
 * given) as a Basic `Authorization` header for the Hub's URL only, appended to any
 * `GIT_CONFIG_COUNT` entries the runner already has.
 */
function gitEnvironment(options) {
    const env = {};
    for (const [name, value] of Object.entries(process.env))
        if (value !== undefined)
            env[name] = value;
    Object.assign(env, COMMIT_IDENTITY, { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' });
    const config = [['credential.helper', '']];
    if (options.token) {
        const basic = Buffer.from(`${GIT_USERNAME}:${options.token}`).toString('base64');
        core/* setSecret */.Pq(basic);
        const origin = new URL(options.remoteUrl).origin;
        config.push([`http.${origin}/.extraHeader`, `Authorization: Basic ${basic}`]);
    }
    const existing = Number(process.env.GIT_CONFIG_COUNT);
    const first = Number.isInteger(existing) && existing > 0 ? existing : 0;
    config.forEach(([key, value], i) => {
        env[`GIT_CONFIG_KEY_${first + i}`] = key;
        env[`GIT_CONFIG_VALUE_${first + i}`] = value;
    });
    env.GIT_CONFIG_COUNT = String(first + config.length);
    return env;
}

;// CONCATENATED MODULE: ./src/git/push-empty-commit.ts

async function pushEmptyCommit(request) {
    const ref = request.revision.startsWith('refs/')
        ? request.revision
        : `refs/heads/${request.revision}`;
    const git = await GitCommandManager.create({
        remoteUrl: request.remoteUrl,
        token: request.token
    });
    try {
        const parent = await git.fetchRef(ref);
        const { summary, description } = request.message;
        const sha = await git.commitSameTree(parent, description ? `${summary}\n\n${description}` : summary);
        for (let attempt = 1;; attempt++) {
            const pushed = await git.push(sha, ref);
            if (pushed.exitCode === 0)
                return { sha, parent };
            const head = await git.remoteHead(ref);
            if (head === sha)
                return { sha, parent };
            if (head !== parent) {
                throw new Error(`The branch '${request.revision}' moved while the action made its empty commit (someone pushed ${head?.slice(0, 12) ?? 'a deletion'}): nothing was pushed. Run the action again.`);
            }
            if (attempt >= 2)
                throw new Error(`git push failed: ${pushed.stderr}`);
        }
    }
    finally {
        await git.remove();
    }
}

// EXTERNAL MODULE: ./src/github-context.ts
var github_context = __webpack_require__(8886);
// EXTERNAL MODULE: ./src/hub/types.ts
var types = __webpack_require__(4970);
;// CONCATENATED MODULE: ./src/modes/empty-commit.ts
/**
 * `empty-commit`: one commit on `revision` that changes no file — it makes a Space rebuild — then
 * (for a Space's main branch) waits until the Space serves it. It is made with git rather than
 * the HTTP commit API: whether the Hub accepts a commit without operations is undocumented, while
 * an empty git commit is plain git (see git/push-empty-commit.ts).
 */






async function emptyCommit(ctx, result) {
    const { settings } = ctx;
    const repoId = result.repoId;
    const head = await (0,ensure_repo/* ensureRepo */.$)(ctx, result);
    if (settings.dryRun) {
        const base = head ? ` on top of ${head.slice(0, 12)}` : '';
        result.notes.push(`Dry run: would push an empty commit to ${settings.revision}${base}.`);
        return;
    }
    const repoUrl = `${settings.endpoint}/${(0,types/* repoWebPath */.w)(settings.repoType, repoId)}`;
    const pushed = await pushEmptyCommit({
        remoteUrl: repoUrl,
        token: settings.token,
        revision: settings.revision,
        message: (0,commit_message/* commitMessage */.d)(settings, (0,github_context/* readGitHubContext */.L7)(), 'rebuild')
    });
    result.notes.push(`Pushed an empty commit ${pushed.sha.slice(0, 12)} to ${settings.revision}.`);
    await (0,after_commit/* afterCommit */.M)(ctx, result, { sha: pushed.sha, url: `${repoUrl}/commit/${pushed.sha}` });
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


/***/ })

};
