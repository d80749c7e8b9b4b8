export const id = 837;
export const ids = [837];
export const modules = {

/***/ 3837:
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
// EXTERNAL MODULE: ./src/commit/ensure-repo.ts + 1 modules
var ensure_repo = __webpack_require__(9351);
// EXTERNAL MODULE: ./src/runner/index.ts + 2 modules
var runner = __webpack_require__(6753);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/hub/error.ts
var error = __webpack_require__(597);
;// CONCATENATED MODULE: ./src/git/git-failure.ts
/**
 * What went wrong with a git command, told in the action's own words. git's stderr is never
 * relayed: it can echo URLs and headers, credentials among them. It is read only to tell the
 * cases apart — the Hub's HTTP status (with the same remedy the HTTP modes give), no answer in
 * time, a redirect that was not followed, no connection, a lost connection, a refused push.
 */

function classifyGitFailure(result) {
    if (result.timedOut)
        return { kind: 'timeout' };
    const text = `${result.stderr}\n${result.stdout}`;
    const status = /The requested URL returned error: (\d{3})/.exec(text);
    if (status) {
        const code = Number(status[1]);
        return code >= 300 && code < 400 ? { kind: 'redirect' } : { kind: 'status', status: code };
    }
    if (/Operation too slow|Operation timed out|curl 28\b/i.test(text))
        return { kind: 'timeout' };
    if (/redirect/i.test(text))
        return { kind: 'redirect' };
    if (/Authentication failed|could not read (Username|Password)/i.test(text))
        return { kind: 'status', status: 401 };
    if (/repository '.*' not found/i.test(text))
        return { kind: 'status', status: 404 };
    if (/Failed to connect|Could not resolve host|Connection refused|Couldn't connect/i.test(text))
        return { kind: 'unreachable' };
    if (/Empty reply|RPC failed|remote end hung up|Connection reset|unexpected disconnect/i.test(text))
        return { kind: 'lost' };
    if (/!\s*\[(remote )?rejected\]/.test(text))
        return { kind: 'rejected' };
    return { kind: 'other' };
}
/** An error whose message a user can act on; the failure says what kind it was. */
class GitCommandError extends Error {
    failure;
    context;
    exitCode;
    constructor(failure, context, exitCode) {
        super(describe(failure, context, exitCode));
        this.failure = failure;
        this.context = context;
        this.exitCode = exitCode;
        this.name = 'GitCommandError';
    }
    /** The same failure, told after `attempts` tries of the command. */
    after(attempts) {
        return new GitCommandError(this.failure, { ...this.context, attempts }, this.exitCode);
    }
}
function gitCommandError(result, context) {
    return new GitCommandError(classifyGitFailure(result), context, result.exitCode);
}
function describe(failure, context, exitCode) {
    const { command, remoteUrl } = context;
    const url = new URL(remoteUrl);
    const origin = url.origin;
    const repo = repoLabel(url.pathname);
    const doing = command === 'push' ? `push to ${repo}` : `${command} ${repo}`;
    switch (failure.kind) {
        case 'status': {
            const remedy = new error/* HubApiError */.yL({
                status: failure.status,
                method: command === 'push' ? 'POST' : 'GET',
                url: `${origin}/`,
                sentToken: context.sentToken,
                attempts: context.attempts
            }).remedy;
            return `git could not ${doing}: the Hub answered ${failure.status}. ${remedy}`;
        }
        case 'timeout':
            return `git got no answer from the Hub at ${origin} within ${Math.round(context.timeoutMs / 1000)} s (git ${command} of ${repo}): try again later; https://status.huggingface.co tells whether the Hub is down.`;
        case 'redirect':
            return `The Hub answered git ${command} of ${repo} with a redirect: not followed, so that the token never goes to another host. Check the \`endpoint\` input: it must be the Hub's own address.`;
        case 'unreachable':
            return `git could not reach the Hub at ${origin} (git ${command} of ${repo}): check the \`endpoint\` input and the runner's network.`;
        case 'lost':
            return `git lost its connection to the Hub at ${origin} (git ${command} of ${repo}): try again later.`;
        case 'rejected':
            return `The Hub refused the ${command} to ${repo}: the branch does not fast-forward to the new commit, or the Hub declined it.`;
        case 'other':
            return `git could not ${doing} (git exited ${exitCode}). git's own output is not shown, as it may hold credentials: re-run the job with debug logging to see it, redacted.`;
    }
}
/** `the space owner/name` (or dataset, model) from a git URL's path. */
function repoLabel(pathname) {
    const match = /^\/(?:(space|dataset)s\/)?([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(pathname);
    return match ? `the ${match[1] ?? 'model'} ${match[2]}` : 'the repo';
}
/** git's stderr without anything credential-shaped: URL user info, auth headers, tokens. */
function redact(text) {
    return text
        .replace(/(\w+:\/\/)[^/\s@]+@/g, '$1***@')
        .replace(/(authorization:\s*)(\S+\s+)?\S+/gi, '$1***')
        .replace(/\bhf_[A-Za-z0-9]+/g, 'hf_***');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/git/git-process.ts
/**
 * One git process with a bound on its life: a Hub that accepts a connection and never answers
 * must not hold the step until the job's own timeout (six hours by default). git's low-speed
 * limit (set in the environment, see `gitEnvironment`) ends a stalled transfer; this bound ends
 * anything else, killing git and its transport helper (`git-remote-http`) together.
 */

/**
 * The longest a git command may take: `HF_SPACE_ACTION_GIT_TIMEOUT_MS` (tests set a few seconds
 * so that a hung Hub fails them quickly), else two minutes — an empty commit moves a few
 * kilobytes, so two minutes without an end means git got no answer.
 */
function gitTimeoutMs() {
    const fromEnv = Number(process.env.HF_SPACE_ACTION_GIT_TIMEOUT_MS);
    return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 120_000;
}
/** Runs `git args`, output captured (never echoed); rejects only when git cannot be started. */
function runGitProcess(args, options) {
    return new Promise((resolve, reject) => {
        // A process group of its own (not on Windows, which has none), so that the timeout ends
        // git's helpers with it.
        const child = (0,external_node_child_process_.spawn)('git', args, {
            cwd: options.cwd,
            env: options.env,
            detached: GROUPS,
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const stdout = [];
        const stderr = [];
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            if (GROUPS && child.pid !== undefined)
                killGroup(child.pid);
            else
                child.kill('SIGKILL');
        }, options.timeoutMs);
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input === undefined ? undefined : Buffer.from(options.input));
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve({
                exitCode: code ?? 128,
                stdout: Buffer.concat(stdout).toString('utf8').trim(),
                stderr: Buffer.concat(stderr).toString('utf8').trim(),
                timedOut
            });
        });
    });
}
const GROUPS = process.platform !== 'win32';
function killGroup(pid) {
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // already gone
    }
}

// EXTERNAL MODULE: ./src/hub/transport/index.ts + 2 modules
var hub_transport = __webpack_require__(2729);
;// CONCATENATED MODULE: ./src/git/same-host-redirect.ts
/**
 * Where a redirected git remote went, when it stayed on the Hub's host. git itself follows no
 * redirect here (its auth header would go along to any host), so a renamed repo — which the Hub
 * redirects, `307` to the same path under the new id — is looked up once, by one request of the
 * service's discovery URL, and git is pointed at the new address. A redirect to another origin is
 * not followed: the caller reports it.
 */

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** A renamed repo redirects once; more than this is a loop. */
const MAX_HOPS = 3;
/**
 * The remote's new URL, if its discovery URL (`info/refs?service=…`) redirects within the same
 * origin; undefined when it does not redirect, or redirects elsewhere.
 */
async function sameHostRedirect(remoteUrl, service, authorization, timeoutMs) {
    const origin = new URL(remoteUrl).origin;
    const suffix = `/info/refs?service=${service}`;
    let base = remoteUrl.replace(/\/+$/, '');
    // A lookup of its own, rare (a renamed repo): its connections go when it is done.
    const transport = (0,hub_transport/* createTransport */.oO)();
    try {
        for (let hop = 0; hop < MAX_HOPS; hop++) {
            const res = await transport.request(new URL(`${base}${suffix}`), {
                method: 'GET',
                headers: authorization ? { authorization } : {},
                headersTimeoutMs: timeoutMs,
                bodyTimeoutMs: timeoutMs
            });
            await (0,hub_transport/* drain */.Ze)(res.body).catch(() => undefined);
            const location = res.headers.location;
            if (!REDIRECTS.has(res.statusCode) || typeof location !== 'string') {
                return base === remoteUrl.replace(/\/+$/, '') ? undefined : base;
            }
            const target = new URL(location, `${base}${suffix}`);
            // git's own rule for a redirected discovery: the new URL ends the way the old one did.
            if (target.origin !== origin || !target.href.endsWith(suffix))
                return undefined;
            base = target.href.slice(0, -suffix.length);
        }
        return undefined;
    }
    finally {
        await transport.close();
    }
}

;// CONCATENATED MODULE: ./src/git/git-command-manager.ts
/**
 * git in a throw-away bare repository (no work tree, no checkout). The token never appears in a
 * command line or a URL: it travels as an `http.<endpoint>/.extraHeader` set through git's
 * `GIT_CONFIG_COUNT` environment variables, and is masked in the log in its encoded form too.
 * git keeps that header for every request of a command, wherever a redirect has moved it, so git
 * follows no redirect itself (`http.followRedirects=false`): the token never leaves for another
 * host. A redirect within the Hub's origin (a renamed repo) is followed by pointing `origin` at
 * the new URL. Every command is bounded in time, and its failures are told in the action's words.
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
    options;
    /** Where `origin` points: the given URL, or where the Hub moved a renamed repo. */
    remoteUrl;
    moved = false;
    constructor(dir, env, options) {
        this.dir = dir;
        this.env = env;
        this.options = options;
        this.remoteUrl = options.remoteUrl;
    }
    /** A bare repository in a new temporary folder, with `origin` set to `remoteUrl`. */
    static async create(options) {
        const root = options.tempRoot ?? (process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)());
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(root, 'hf-space-action-git-'));
        const manager = new GitCommandManager(dir, gitEnvironment(options), options);
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
        await this.remote([
            'fetch',
            '--quiet',
            '--no-tags',
            '--depth=1',
            '--filter=blob:none',
            'origin',
            `+${ref}:${local}`
        ], 'git-upload-pack');
        return (await this.git(['rev-parse', '--verify', `${local}^{commit}`])).stdout;
    }
    async commitSameTree(parent, message) {
        const out = await this.git(['commit-tree', `${parent}^{tree}`, '-p', parent, '-F', '-'], {
            input: message
        });
        return out.stdout;
    }
    push(commit, ref) {
        return this.remote(['push', '--quiet', 'origin', `${commit}:${ref}`], 'git-receive-pack', {
            allowFailure: true
        });
    }
    async remoteHead(ref) {
        const out = await this.remote(['ls-remote', 'origin', ref], 'git-upload-pack');
        const line = out.stdout.split('\n').find((l) => l.endsWith(`\t${ref}`));
        return line?.split('\t')[0];
    }
    async remove() {
        await (0,promises_.rm)(this.dir, { recursive: true, force: true });
    }
    /**
     * A command that talks to the Hub. A redirect git did not follow is looked into once: within
     * the Hub's origin (a renamed repo), `origin` moves there and the command runs again.
     */
    async remote(args, service, options = {}) {
        const out = await this.git(args, { allowFailure: true });
        if (out.error?.failure.kind === 'redirect' && !this.moved) {
            this.moved = true;
            const moved = await sameHostRedirect(this.remoteUrl, service, this.authorization(), gitTimeoutMs()).catch(() => undefined);
            if (moved) {
                runner/* info */.pq(`The repo answers at ${moved} now (renamed): git follows it there.`);
                await this.git(['remote', 'set-url', 'origin', moved]);
                this.remoteUrl = moved;
                return this.remote(args, service, options);
            }
        }
        if (out.error && !options.allowFailure)
            throw out.error;
        return out;
    }
    authorization() {
        return this.options.token ? `Basic ${basicCredentials(this.options.token)}` : undefined;
    }
    /** The one way git runs: output captured, never echoed (runner.debug shows the arguments). */
    async git(args, options = {}) {
        runner/* debug */.Yz(`git ${args.join(' ')}`);
        const timeoutMs = gitTimeoutMs();
        let result;
        try {
            result = await runGitProcess(args, {
                cwd: this.dir,
                env: this.env,
                input: options.input,
                timeoutMs
            });
        }
        catch (error) {
            throw new Error(`Could not run git (${(0,errors/* getErrorMessage */.u1)(error)}): it must be on the PATH.`, {
                cause: error
            });
        }
        if (result.exitCode === 0)
            return { exitCode: 0, stdout: result.stdout };
        // Kept for whoever debugs the step, with what could be a credential blotted out.
        runner/* debug */.Yz(`git ${args[0]} exited ${result.exitCode}: ${redact(result.stderr)}`);
        const error = gitCommandError(result, {
            command: args[0],
            remoteUrl: this.remoteUrl,
            sentToken: Boolean(this.options.token),
            timeoutMs
        });
        if (!options.allowFailure)
            throw error;
        return { exitCode: result.exitCode, stdout: result.stdout, error };
    }
}
/**
 * The environment of every git command: no prompts, no credential helper, no redirects, a
 * low-speed limit, and the token (when given) as a Basic `Authorization` header for the Hub's URL
 * only, appended to any `GIT_CONFIG_COUNT` entries the runner already has.
 */
function gitEnvironment(options) {
    const env = {};
    for (const [name, value] of Object.entries(process.env))
        if (value !== undefined)
            env[name] = value;
    Object.assign(env, COMMIT_IDENTITY, { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' });
    // A transfer slower than 1 kB/s for half the command's time bound is a Hub that stopped
    // answering: curl ends it, before the bound kills git.
    const lowSpeedSeconds = Math.max(1, Math.round(gitTimeoutMs() / 2000));
    const config = [
        ['credential.helper', ''],
        ['http.followRedirects', 'false'],
        ['http.lowSpeedLimit', '1000'],
        ['http.lowSpeedTime', String(lowSpeedSeconds)]
    ];
    if (options.token) {
        const basic = basicCredentials(options.token);
        runner/* setSecret */.Pq(basic);
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
/** `hf_user:<token>`, base64-encoded, as git sends it. */
function basicCredentials(token) {
    return Buffer.from(`${GIT_USERNAME}:${token}`).toString('base64');
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
            if (!pushed.error)
                return { sha, parent };
            if (!mayHaveLanded(pushed.error.failure))
                throw pushed.error;
            const head = await git.remoteHead(ref);
            if (head === sha)
                return { sha, parent };
            if (head !== parent) {
                throw new Error(`The branch '${request.revision}' moved while the action made its empty commit (someone pushed ${head?.slice(0, 12) ?? 'a deletion'}): nothing was pushed. Run the action again.`);
            }
            if (attempt >= 2)
                throw pushed.error.after(attempt);
        }
    }
    finally {
        await git.remove();
    }
}
/**
 * Whether a failed push is worth a look at the branch (and one more try): not when the Hub
 * refused it before receiving anything, nor when it stopped answering (looking would wait again).
 */
function mayHaveLanded(failure) {
    if (failure.kind === 'status')
        return failure.status >= 500 || failure.status === 429;
    return failure.kind === 'lost' || failure.kind === 'rejected' || failure.kind === 'other';
}

// EXTERNAL MODULE: ./src/github-context.ts
var github_context = __webpack_require__(8886);
// EXTERNAL MODULE: ./src/hub/types.ts
var types = __webpack_require__(4970);
// EXTERNAL MODULE: ./src/preflight/write-access.ts + 1 modules
var write_access = __webpack_require__(1933);
// EXTERNAL MODULE: ./src/space-settings/sync.ts + 8 modules
var sync = __webpack_require__(6160);
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
    await (0,write_access/* checkBeforeWrite */.N5)(ctx, result);
    const head = await (0,ensure_repo/* ensureRepo */.$)(ctx, result);
    await (0,sync/* syncBeforeCommit */.Ur)(ctx, result, head);
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


/***/ })

};
