export const id = 95;
export const ids = [95];
export const modules = {

/***/ 4517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _C: () => (/* binding */ nextPageUrl),
/* harmony export */   aH: () => (/* binding */ listFolderPage),
/* harmony export */   c$: () => (/* binding */ listRepoFiles)
/* harmony export */ });
/* unused harmony export MAX_TREE_PAGES */
/* harmony import */ var _error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(597);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4970);


/**
 * Pages of a listing before it is taken for a runaway: at 1000 items a page, a million files,
 * ten times what the Hub advises a repo to hold.
 */
const MAX_TREE_PAGES = 1000;
/**
 * The files (not folders) under `folder` ('' for the whole repo), with their full paths. A folder
 * that does not exist has no files: the answer is empty, not an error.
 */
async function listRepoFiles(client, type, id, revision, folder, options = {}) {
    const maxPages = options.maxPages ?? MAX_TREE_PAGES;
    const listing = `The Hub's file listing of the ${type} ${id}`;
    const encodedFolder = folder ? `/${folder.split('/').map(encodeURIComponent).join('/')}` : '';
    let next = client
        .url(`${(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .repoApiPath */ .aK)(type, id)}/tree/${(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeRevision */ .c4)(revision)}${encodedFolder}`, {
        recursive: 'true'
    })
        .toString();
    const files = [];
    const read = new Set();
    const cursors = new Set();
    while (next) {
        if (read.size >= maxPages) {
            throw new Error(`${listing} goes on past ${maxPages} pages: stopped, as a listing that never ends.`);
        }
        read.add(next);
        let res;
        try {
            res = await client.send({ method: 'GET', path: next });
        }
        catch (error) {
            if (error instanceof _error_js__WEBPACK_IMPORTED_MODULE_0__/* .HubApiError */ .yL && error.errorCode === 'EntryNotFound')
                return [];
            throw error;
        }
        const page = JSON.parse(res.text);
        files.push(...page.filter((item) => item.type === 'file'));
        const link = nextPageUrl(res.headers.link);
        next = link === undefined ? undefined : new URL(link, next).href;
        if (!next)
            break;
        // The token goes along with each page: never to another host than the Hub's.
        if (new URL(next).origin !== new URL(client.endpoint).origin) {
            throw new Error(`${listing} links to another host (${next}): not followed.`);
        }
        const cursor = new URL(next).searchParams.get('cursor');
        if (read.has(next) || (cursor !== null && cursors.has(cursor))) {
            throw new Error(`${listing} links back to a page it already gave (${next}): stopped, as a listing that would never end.`);
        }
        if (cursor !== null)
            cursors.add(cursor);
    }
    return files;
}
/** The `rel="next"` URL of a `Link` header (GitHub style), if any. */
function nextPageUrl(link) {
    for (const value of [link ?? []].flat()) {
        for (const part of value.split(',')) {
            const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
            if (match)
                return match[1];
        }
    }
    return undefined;
}
/**
 * The entries right inside `folder` (files and folders, not recursive), when they fit in one page;
 * undefined when the folder holds more (the caller lists it recursively instead).
 */
async function listFolderPage(client, type, id, revision, folder) {
    const encodedFolder = folder ? `/${folder.split('/').map(encodeURIComponent).join('/')}` : '';
    let res;
    try {
        res = await client.send({
            method: 'GET',
            path: `${(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .repoApiPath */ .aK)(type, id)}/tree/${(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeRevision */ .c4)(revision)}${encodedFolder}`
        });
    }
    catch (error) {
        if (error instanceof _error_js__WEBPACK_IMPORTED_MODULE_0__/* .HubApiError */ .yL && error.errorCode === 'EntryNotFound')
            return [];
        throw error;
    }
    return nextPageUrl(res.headers.link) ? undefined : JSON.parse(res.text);
}


/***/ }),

/***/ 4095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploy: () => (/* binding */ deploy)
});

// EXTERNAL MODULE: ./src/runner/index.ts + 2 modules
var runner = __webpack_require__(6753);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/deploy/digest-routines.ts
function digestRoutines(crypto, fs) {
    /** One read slice: large enough that a big file costs few system calls. */
    const READ_BUFFER_BYTES = 4 * 1024 * 1024;
    /** Room before a small file's bytes in the buffer for its blob header (`blob <size>\0`). */
    const HEADER_ROOM = 32;
    /** Bytes of a file the Hub looks at to tell text from binary. */
    const SAMPLE_BYTES = 512;
    /**
     * From this size a file is taken for an LFS one: the Hub stores files of 10 MiB and more by LFS
     * whatever their content, and smaller ones too (a 1,000,000-byte ASCII file went by LFS on the
     * Hub's CI); in a Space, files of a megabyte are images, audio and weights. A random binary file
     * has no NUL in its first 512 bytes one time in seven, so the NUL test alone misses some.
     */
    const LIKELY_LFS_FROM = 1024 * 1024;
    const BLOB = 'blob';
    // Hashing is synchronous: one user of the buffer at a time (per thread).
    const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
    function likelyDigest(size, sample) {
        return size >= LIKELY_LFS_FROM || sample.subarray(0, SAMPLE_BYTES).includes(0)
            ? 'sha256'
            : 'gitSha1';
    }
    /** `crypto.hash` (Node 20.12+), or the same through a hash object on older Nodes. */
    function oneShot(algorithm, data) {
        return typeof crypto.hash === 'function'
            ? crypto.hash(algorithm, data, 'hex')
            : crypto.createHash(algorithm).update(data).digest('hex');
    }
    function changed(absolutePath, size, bytes) {
        return new Error(`${absolutePath} changed while it was read (${size} then ${bytes} bytes).`);
    }
    /**
     * A file that fits the buffer — nearly every file of a source tree — is read whole, right after
     * room for the git blob header, and each digest is one call over it: no hash object, no copy.
     * This halves the cost per file of a 10,000-file tree.
     */
    function digestSmall(absolutePath, fd, size, kinds, onBytes) {
        let bytes = 0;
        // One byte more than expected is asked for: a file that grew meanwhile shows.
        for (let n = -1; n !== 0 && bytes <= size; bytes += n) {
            n = fs.readSync(fd, buffer, HEADER_ROOM + bytes, size + 1 - bytes, null);
        }
        if (bytes !== size)
            throw changed(absolutePath, size, bytes);
        onBytes?.(bytes);
        const content = buffer.subarray(HEADER_ROOM, HEADER_ROOM + size);
        const wanted = kinds === 'likely' ? [likelyDigest(size, content)] : kinds;
        const result = { size };
        if (wanted.includes('gitSha1')) {
            const start = writeBlobHeader(size);
            result.gitSha1 = oneShot('sha1', buffer.subarray(start, HEADER_ROOM + size));
        }
        if (wanted.includes('sha256'))
            result.sha256 = oneShot('sha256', content);
        return result;
    }
    /**
     * Writes `blob <size>\0` right before the content in the buffer, byte by byte (a string write
     * costs more than the hash of a small file), and returns where it starts.
     */
    function writeBlobHeader(size) {
        let at = HEADER_ROOM - 1;
        buffer[at] = 0;
        let rest = size;
        do {
            buffer[--at] = 48 + (rest % 10);
            rest = Math.floor(rest / 10);
        } while (rest > 0);
        buffer[--at] = 32;
        for (let i = 3; i >= 0; i--)
            buffer[--at] = BLOB.charCodeAt(i);
        return at;
    }
    /** `digestFile`, a step per slice read: the caller may do other work between steps. */
    function* digestSteps(absolutePath, kinds, onBytes) {
        const fd = fs.openSync(absolutePath, 'r');
        try {
            const { size } = fs.fstatSync(fd);
            if (size < buffer.length - HEADER_ROOM)
                return digestSmall(absolutePath, fd, size, kinds, onBytes);
            let n = fs.readSync(fd, buffer, 0, buffer.length, null);
            const sample = Buffer.from(buffer.subarray(0, Math.min(n, SAMPLE_BYTES)));
            const wanted = kinds === 'likely' ? [likelyDigest(size, sample)] : kinds;
            const sha1 = wanted.includes('gitSha1')
                ? crypto.createHash('sha1').update(`blob ${size}\0`)
                : undefined;
            const sha256 = wanted.includes('sha256') ? crypto.createHash('sha256') : undefined;
            let bytes = 0;
            while (n > 0) {
                const slice = buffer.subarray(0, n);
                sha1?.update(slice);
                sha256?.update(slice);
                bytes += n;
                onBytes?.(n);
                // Between slices only: the buffer is not read while the caller has the turn.
                yield;
                n = fs.readSync(fd, buffer, 0, buffer.length, null);
            }
            // The blob id covers the size read first: a file that grew or shrank meanwhile has no id.
            if (bytes !== size)
                throw changed(absolutePath, size, bytes);
            return {
                size,
                sample,
                ...(sha1 && { gitSha1: sha1.digest('hex') }),
                ...(sha256 && { sha256: sha256.digest('hex') })
            };
        }
        finally {
            fs.closeSync(fd);
        }
    }
    function digestFile(absolutePath, kinds, onBytes) {
        const steps = digestSteps(absolutePath, kinds, onBytes);
        for (let step = steps.next();; step = steps.next())
            if (step.done)
                return step.value;
    }
    return { digestFile, digestSteps, likelyDigest, readBufferBytes: READ_BUFFER_BYTES };
}

;// CONCATENATED MODULE: ./src/deploy/hash-file.ts
/**
 * Reading local files the way the Hub identifies them: the git blob id (`sha1("blob <size>\0" +
 * bytes)`, the `oid` of regular files), the sha256 (the `oid` of LFS objects), the first 512 bytes
 * (the preupload `sample`), and whether a small file is a Git LFS pointer. The hashing itself is
 * in digest-routines.ts (see local-hashes.ts for which digest decides). Memory stays at one
 * buffer whatever the file's size.
 */




/** Bytes of a file the Hub looks at to tell text from binary. */
const SAMPLE_BYTES = 512;
/** Git LFS pointer files are small text files that start with this line. */
const LFS_POINTER_PREFIX = 'version https://git-lfs.github.com/spec/v1';
const MAX_LFS_POINTER_SIZE = 1024;
const BOTH = ['gitSha1', 'sha256'];
const { digestFile, digestSteps, likelyDigest, readBufferBytes: READ_BUFFER_BYTES } = digestRoutines(external_node_crypto_, external_node_fs_);
/** Both digests, the sample and the pointer test of one file (small files, tests). */
async function hashFile(absolutePath) {
    const { size, gitSha1, sha256, sample = readSample(absolutePath) } = digestFile(absolutePath, BOTH);
    return {
        size,
        sample,
        gitSha1: gitSha1,
        sha256: sha256,
        isLfsPointer: isLfsPointer(size, sample)
    };
}
/** The first 512 bytes of a file (the preupload `sample`). */
function readSample(absolutePath) {
    const fd = (0,external_node_fs_.openSync)(absolutePath, 'r');
    try {
        const buffer = Buffer.allocUnsafe(SAMPLE_BYTES);
        let read = 0;
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, read, SAMPLE_BYTES - read, null);
            if (n === 0 || (read += n) === SAMPLE_BYTES)
                break;
        }
        return buffer.subarray(0, read);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * The local pre-flight, before any request: each file's size, and whether it is a Git LFS pointer
 * (only files small enough to be one are opened).
 */
function inspectFiles(files) {
    return files.map((file) => {
        const { size } = (0,external_node_fs_.statSync)(file.absolutePath);
        // A literal, not a spread of `file`: 50,000 of these are a few MB smaller at the peak.
        const hashed = {
            relativePath: file.relativePath,
            absolutePath: file.absolutePath,
            size,
            isLfsPointer: false
        };
        if (size > MAX_LFS_POINTER_SIZE)
            return hashed;
        hashed.sample = readSample(file.absolutePath);
        hashed.isLfsPointer = isLfsPointer(size, hashed.sample);
        return hashed;
    });
}
function isLfsPointer(size, sample) {
    return size <= MAX_LFS_POINTER_SIZE && sample.toString('latin1').startsWith(LFS_POINTER_PREFIX);
}

// EXTERNAL MODULE: ./src/inputs.ts + 5 modules
var inputs = __webpack_require__(4603);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/hub/error.ts
var hub_error = __webpack_require__(597);
;// CONCATENATED MODULE: ./src/hub/validate-yaml.ts
async function validateYaml(client, content, repoType) {
    const res = await client.json({
        method: 'POST',
        path: '/api/validate-yaml',
        json: { content, repoType },
        idempotent: true
    });
    return (res?.warnings ?? []).map((w) => w.message ?? JSON.stringify(w));
}

;// CONCATENATED MODULE: ./src/card/space-card.ts
/**
 * The Space card: a YAML file whose text becomes, byte for byte, the front matter of the
 * published README.md (replacing any front matter the local README has), so the GitHub README
 * stays free of Space metadata. Checked with the `yaml` parser before any request, then by the
 * Hub's own `POST /api/validate-yaml` before any upload.
 */




const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n?---[ \t]*(?:\r?\n|$)/;
/**
 * The card's text, checked: one YAML mapping. Ends with a newline. The parser (most of a deploy's
 * bundle) loads only for a deploy that has a card.
 */
async function parseCard(text, shownPath) {
    const { parseYamlDocument } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(385)]).then(__webpack_require__.bind(__webpack_require__, 4385));
    const doc = parseYamlDocument(text);
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const line = first.linePos?.[0]?.line;
        throw new inputs/* InputError */.d(`Input 'space_card' (${shownPath}) is not valid YAML${line ? ` (line ${line})` : ''}: ${first.message.split('\n')[0]}`);
    }
    const data = doc.toJS();
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new inputs/* InputError */.d(`Input 'space_card' (${shownPath}) must be a YAML mapping of card fields (title, sdk, app_file, emoji, …).`);
    }
    return text.endsWith('\n') ? text : `${text}\n`;
}
/** Whether a README starts with YAML front matter. */
function hasFrontMatter(readme) {
    return FRONT_MATTER.test(readme);
}
/** The README to publish: the card as front matter, then the local README without its own. */
function publishedReadme(card, localReadme) {
    const body = (localReadme ?? '').replace(FRONT_MATTER, '');
    return `---\n${card}---\n${body}`;
}
/** The Hub's check of the README to publish; its refusal becomes a clear card error. */
async function checkCardOnHub(client, readme, shownPath) {
    try {
        return await validateYaml(client, readme, 'space');
    }
    catch (error) {
        if (error instanceof hub_error/* HubApiError */.yL && error.status === 400) {
            throw new Error(`${(0,errors/* sentence */.em)(`The Hub refused the Space card ${shownPath}: ${error.hubMessage ?? 'invalid metadata'}`)} Fix the card; nothing was uploaded.`, { cause: error });
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/card/readme-card.ts
/**
 * Where the Space card meets a deploy: the published README.md is built from the card and the
 * local README (in the deploy's work folder, so the local checkout is never changed), and a
 * README that would reach the Space without front matter is warned about before the commit.
 */






const README = 'README.md';
/**
 * Reads and checks the card (no request), writes the README to publish into `workDir` and puts
 * it in `local` in place of the local README.
 */
async function prepareCard(cardPath, local, pathInRepo, workDir) {
    const inside = (0,external_node_path_.relative)(process.cwd(), cardPath);
    const shownPath = inside && !inside.startsWith('..') && !(0,external_node_path_.isAbsolute)(inside) ? inside : cardPath;
    if (pathInRepo) {
        throw new inputs/* InputError */.d(`Input 'space_card' needs the deploy to target the repo root (path_in_repo is '${pathInRepo}'): the Space reads its card from the root README.md.`);
    }
    const card = await parseCard(await (0,promises_.readFile)(cardPath, 'utf8'), shownPath);
    const index = local.findIndex((f) => f.relativePath === README);
    const localReadme = index === -1 ? undefined : await (0,promises_.readFile)(local[index].absolutePath, 'utf8');
    const readme = publishedReadme(card, localReadme);
    const copy = (0,external_node_path_.join)(workDir, README);
    await (0,promises_.writeFile)(copy, readme);
    const file = { relativePath: README, absolutePath: copy, ...(await hashFile(copy)) };
    if (index === -1)
        local.push(file);
    else
        local.splice(index, 1, file);
    return { readme, shownPath };
}
/** The Hub's check of the README to publish, before anything is created or uploaded. */
async function validateCardOnHub(client, card) {
    const warnings = await checkCardOnHub(client, card.readme, card.shownPath);
    for (const warning of warnings)
        runner/* warning */.$e(`Space card ${card.shownPath}: ${warning}`);
    runner/* info */.pq(`Space card ${card.shownPath}: the Hub accepts it.`);
}
/**
 * A Space reads its configuration (sdk, app_file, …) from the README's front matter: publishing
 * a README without one leaves the Space without it. Said before the commit.
 */
async function warnIfReadmeLosesCard(plan) {
    const readme = [...plan.added, ...plan.changed].find((f) => f.pathInRepo === README);
    if (!readme)
        return;
    if (hasFrontMatter(await (0,promises_.readFile)(readme.absolutePath, 'utf8')))
        return;
    runner/* warning */.$e('The published README.md would have no YAML front matter, so the Space would lose its configuration (sdk, app_file, title): set the space_card input to a YAML file with the card, or add the front matter to README.md.');
}

// EXTERNAL MODULE: ./src/commit/after-commit.ts
var after_commit = __webpack_require__(6189);
// EXTERNAL MODULE: ./src/commit/commit-message.ts
var commit_message = __webpack_require__(1550);
// EXTERNAL MODULE: ./src/commit/ensure-repo.ts + 1 modules
var ensure_repo = __webpack_require__(9351);
// EXTERNAL MODULE: ./src/hub/repo-info.ts
var repo_info = __webpack_require__(3360);
;// CONCATENATED MODULE: ./src/hub/commit-ndjson.ts
/**
 * The body of a commit as the Hub's NDJSON lines, produced lazily: a header line, then one line
 * per operation. A regular file's content is read from disk and base64-encoded as the line is
 * sent: small files whole, larger ones chunk by chunk, so a commit never holds more than one
 * chunk of a big file in memory. Lines are sent in slices of ~1 MiB: a 10,000-file commit is a
 * few dozen writes, not tens of thousands.
 */

/** A multiple of 3, so that each chunk base64-encodes on its own, without padding. */
const READ_CHUNK = 3 * 64 * 1024;
/** Files up to this size are read and encoded whole. */
const WHOLE_FILE_BYTES = READ_CHUNK;
/** Lines are gathered into slices of about this size before they are sent. */
const SLICE_BYTES = 1024 * 1024;
async function* commitNdjson(header, operations) {
    yield line({ key: 'header', value: header });
    let pending = [];
    let pendingBytes = 0;
    const take = () => {
        const slice = Buffer.concat(pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
        return slice;
    };
    for (const op of operations) {
        if (op.key === 'file' && (0,external_node_fs_.statSync)(op.absolutePath).size > WHOLE_FILE_BYTES) {
            if (pendingBytes > 0)
                yield take();
            yield* fileLine(op.path, op.absolutePath);
            continue;
        }
        const next = smallLine(op);
        pending.push(next);
        pendingBytes += next.length;
        if (pendingBytes >= SLICE_BYTES)
            yield take();
    }
    if (pendingBytes > 0)
        yield take();
}
/** The line of an operation without a big file's content. */
function smallLine(op) {
    switch (op.key) {
        case 'file':
            return line({
                key: 'file',
                value: {
                    path: op.path,
                    encoding: 'base64',
                    content: (0,external_node_fs_.readFileSync)(op.absolutePath).toString('base64')
                }
            });
        case 'lfsFile':
            return line({
                key: 'lfsFile',
                value: { path: op.path, algo: 'sha256', oid: op.oid, size: op.size }
            });
        case 'deletedFile':
            return line({ key: 'deletedFile', value: { path: op.path } });
    }
}
function line(value) {
    return Buffer.from(`${JSON.stringify(value)}\n`);
}
/** `{"key":"file","value":{"path":…,"encoding":"base64","content":"…"}}`, content streamed last. */
async function* fileLine(path, absolutePath) {
    const head = JSON.stringify({ key: 'file', value: { path, encoding: 'base64', content: '' } });
    // Everything up to the content's closing quote, then the content, then the rest.
    const split = head.length - '"}}'.length;
    yield Buffer.from(head.slice(0, split));
    let carry = Buffer.alloc(0);
    for await (const chunk of (0,external_node_fs_.createReadStream)(absolutePath, { highWaterMark: READ_CHUNK })) {
        const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
        const whole = bytes.length - (bytes.length % 3);
        if (whole > 0)
            yield Buffer.from(bytes.subarray(0, whole).toString('base64'));
        carry = bytes.subarray(whole);
    }
    if (carry.length > 0)
        yield Buffer.from(carry.toString('base64'));
    yield Buffer.from(`${head.slice(split)}\n`);
}

// EXTERNAL MODULE: ./src/hub/types.ts
var types = __webpack_require__(4970);
;// CONCATENATED MODULE: ./src/hub/create-commit.ts


/** A commit with many files takes the Hub a while to write before it answers. */
const COMMIT_HEADERS_TIMEOUT_MS = 10 * 60_000;
/**
 * Sends the commit once: never retried after it may have reached the Hub (a second one could
 * commit twice); see `commitSafely` for what to do when the answer is lost.
 */
function createCommit(client, type, id, revision, commit) {
    return client.json({
        method: 'POST',
        path: `${(0,types/* repoApiPath */.aK)(type, id)}/commit/${(0,types/* encodeRevision */.c4)(revision)}`,
        query: commit.createPr ? { create_pr: 1 } : undefined,
        headers: { 'content-type': 'application/x-ndjson' },
        // A factory: a refused connection (which never reached the Hub) is tried again afresh.
        body: () => commitNdjson(commit.header, commit.operations),
        idempotent: false,
        headersTimeoutMs: COMMIT_HEADERS_TIMEOUT_MS
    });
}

// EXTERNAL MODULE: ./src/hub/list-commits.ts
var list_commits = __webpack_require__(7424);
;// CONCATENATED MODULE: ./src/hub/repo-refs.ts

function listRepoRefs(client, type, id, options = {}) {
    return client.json({
        method: 'GET',
        path: `${(0,types/* repoApiPath */.aK)(type, id)}/refs`,
        query: options.includePullRequests ? { include_prs: 1 } : undefined
    });
}

;// CONCATENATED MODULE: ./src/deploy/commit-safely.ts
/**
 * Sending the commit without ever losing or duplicating it. The POST is not retried blindly:
 * when its answer is lost (a network error or a 5xx after the request went out), the branch tells
 * what happened —
 * - the head is still `parentCommit`: the commit did not land; it is sent once more (still with
 *   `parentCommit`, so a push that races it gets a 412 rather than a second commit);
 * - a recent commit has our title and `parentCommit` as its parent: it landed; that is the result;
 * - the branch moved to someone else's commit: nothing of ours landed; the deploy fails clearly.
 * For a pull request, the pull-request refs are compared before and after instead.
 */







/** Commits searched for ours after a lost answer (others may have pushed on top meanwhile). */
const RECENT_COMMITS = 10;
/** The branch moved between the plan and the commit: nothing was committed. */
class BranchMovedError extends Error {
    constructor(revision, detail) {
        super(`The branch '${revision}' moved while the action was committing (someone else pushed ${detail}): nothing was committed. Run the action again to deploy on top of the new head.`);
        this.name = 'BranchMovedError';
    }
}
async function commitSafely(client, target, header, operations) {
    const prsBefore = target.createPr ? await pullRequestRefs(client, target) : undefined;
    const commit = { header, operations, createPr: target.createPr };
    for (let attempt = 1;; attempt++) {
        try {
            const answer = await createCommit(client, target.type, target.id, target.revision, commit);
            return {
                sha: answer.commitOid,
                url: answer.commitUrl,
                prUrl: answer.pullRequestUrl,
                recovered: false
            };
        }
        catch (error) {
            if (error instanceof hub_error/* HubApiError */.yL && error.status === 412) {
                throw new BranchMovedError(target.revision, `after ${header.parentCommit.slice(0, 12)}`);
            }
            if (!mayHaveLanded(error))
                throw error;
            runner/* warning */.$e(`The commit got no clear answer (${(0,errors/* getErrorMessage */.u1)(error)}). Checking whether it landed…`);
            const landed = prsBefore
                ? await findLandedPullRequest(client, target, header, prsBefore)
                : await findLandedCommit(client, target, header);
            if (landed) {
                runner/* info */.pq(`The commit landed: ${landed.sha}.`);
                return landed;
            }
            if (attempt >= 2)
                throw error;
            runner/* info */.pq('The commit did not land: sending it once more.');
        }
    }
}
/** A network failure or a server error: the Hub may or may not have made the commit. */
function mayHaveLanded(error) {
    if (error instanceof hub_error/* HubNetworkError */.UL)
        return true;
    return error instanceof hub_error/* HubApiError */.yL && (error.status >= 500 || error.status === 408);
}
async function findLandedCommit(client, target, header) {
    const refs = await listRepoRefs(client, target.type, target.id, { includePullRequests: true });
    const ref = target.revision.startsWith('refs/')
        ? target.revision
        : `refs/heads/${target.revision}`;
    const head = [...refs.branches, ...(refs.pullRequests ?? [])].find((r) => r.ref === ref)?.targetCommit;
    if (!head)
        throw new Error(`The branch '${target.revision}' is gone from ${target.id}.`);
    if (head === header.parentCommit)
        return undefined;
    const ours = await findOurs(client, target, head, header);
    if (ours)
        return { sha: ours, url: commitUrl(client, target, ours), recovered: true };
    throw new BranchMovedError(target.revision, `${head.slice(0, 12)}`);
}
async function findLandedPullRequest(client, target, header, before) {
    const refs = await listRepoRefs(client, target.type, target.id, { includePullRequests: true });
    for (const pr of refs.pullRequests ?? []) {
        if (before.has(pr.ref))
            continue;
        const ours = await findOurs(client, target, pr.ref, header);
        if (!ours)
            continue;
        const number = pr.ref.replace(/^refs\/pr\//, '');
        const web = `${client.endpoint}/${(0,types/* repoWebPath */.w)(target.type, target.id)}`;
        return {
            sha: ours,
            url: commitUrl(client, target, ours),
            prUrl: `${web}/discussions/${number}`,
            recovered: true
        };
    }
    return undefined;
}
/** Our commit among the newest of `revision`: our title, right on top of `parentCommit`. */
async function findOurs(client, target, revision, header) {
    const commits = await (0,list_commits/* listCommits */.V)(client, target.type, target.id, revision, RECENT_COMMITS);
    for (let i = 0; i < commits.length - 1; i++) {
        if (commits[i].title.trim() === header.summary && commits[i + 1].id === header.parentCommit)
            return commits[i].id;
    }
    return undefined;
}
async function pullRequestRefs(client, target) {
    const refs = await listRepoRefs(client, target.type, target.id, { includePullRequests: true });
    return new Set((refs.pullRequests ?? []).map((pr) => pr.ref));
}
function commitUrl(client, target, sha) {
    return `${client.endpoint}/${(0,types/* repoWebPath */.w)(target.type, target.id)}/commit/${sha}`;
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/deploy/inside-root.ts
/** Whether a real (links resolved) path lies outside the real root folder of a deploy. */

function isOutside(rootReal, targetReal) {
    const inside = (0,external_node_path_.relative)(rootReal, targetReal);
    return inside === '..' || inside.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(inside);
}

;// CONCATENATED MODULE: ./src/deploy/file-rules.ts
/**
 * Which files of `path` are published: not in `.git/` or `.github/`, matching `include` (when
 * given), not matching `exclude`, not ignored by the root `.gitignore`. The same rules protect
 * remote files from deletion: a file the rules leave out is none of the deploy's business.
 *
 * Globs follow `.gitignore` conventions: a pattern without `/` matches a name at any depth
 * (`*.py`, `node_modules`); one with a `/` matches from the root of `path` (`src/**`, `/notes.md`);
 * a trailing `/` matches folders only; a pattern matching a folder covers everything in it.
 */






/** Folders never published, at any depth: git's own data and GitHub's workflows. */
const ALWAYS_EXCLUDED = new Set(['.git', '.github']);
class FileRules {
    include;
    exclude;
    gitignore;
    constructor(include, exclude, gitignore) {
        this.include = include;
        this.exclude = exclude;
        this.gitignore = gitignore;
    }
    /** The rules for `root`: the given globs and the root `.gitignore`, if there is one. */
    static async load(root, include, exclude) {
        return FileRules.of(include, exclude, await readRootGitignore(root));
    }
    static of(include, exclude, gitignore = '') {
        return new FileRules(include.map(compile), exclude.map(compile), ignore_default()().add(gitignore));
    }
    /** Whether a file at `path` (relative, `/`-separated) is published. */
    accepts(path) {
        const names = path.split('/');
        if (names.some((name) => ALWAYS_EXCLUDED.has(name)))
            return false;
        if (this.include.length > 0 && !matches(this.include, names))
            return false;
        if (matches(this.exclude, names))
            return false;
        return !this.gitignore.ignores(path);
    }
    /** The `include` patterns that match none of `paths` (the files selected for publishing). */
    unmatchedIncludes(paths) {
        const split = paths.map((path) => path.split('/'));
        return this.include
            .filter((glob) => !split.some((names) => matches([glob], names)))
            .map((glob) => glob.source);
    }
    /**
     * Whether the walk may enter folder `path`: false when nothing inside could be published
     * (`include` cannot prune: a file deep inside may still match it).
     */
    mayContainFiles(path) {
        const names = path.split('/');
        if (names.some((name) => ALWAYS_EXCLUDED.has(name)))
            return false;
        if (matches(this.exclude, names, true))
            return false;
        return !this.gitignore.ignores(`${path}/`);
    }
}
function compile(raw) {
    let pattern = raw.trim().replace(/^\.\//, '');
    const rooted = pattern.startsWith('/');
    pattern = pattern.replace(/^\/+/, '');
    const folderOnly = pattern.endsWith('/');
    pattern = pattern.replace(/\/+$/, '');
    return {
        source: raw.trim(),
        test: picomatch_default()(pattern, { dot: true }),
        anchored: rooted || pattern.includes('/'),
        folderOnly
    };
}
/**
 * Whether a glob matches the path made of `names` or one of the folders it is in.
 * @param isFolder the path itself is a folder
 */
function matches(globs, names, isFolder = false) {
    for (let depth = 1; depth <= names.length; depth++) {
        const folder = depth < names.length || isFolder;
        const prefix = names.slice(0, depth).join('/');
        for (const glob of globs) {
            if (glob.folderOnly && !folder)
                continue;
            if (glob.test(glob.anchored ? prefix : names[depth - 1]))
                return true;
        }
    }
    return false;
}
/**
 * The root `.gitignore`'s text ('' when there is none). A link to a file outside `root` is not
 * read, as no file outside `path` is: its rules are not the folder's.
 */
async function readRootGitignore(root) {
    const file = (0,external_node_path_.join)(root, '.gitignore');
    let target;
    try {
        target = await (0,promises_.realpath)(file);
    }
    catch {
        return '';
    }
    if (isOutside(await (0,promises_.realpath)(root), target)) {
        runner/* warning */.$e("Not reading the root '.gitignore': it is a symbolic link out of 'path'; only files inside it are read.");
        return '';
    }
    return (0,promises_.readFile)(target, 'utf8').catch(() => '');
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/deploy/hash-worker.ts
/**
 * A second thread for hashing the big files of a deploy: with two cores, the bytes of a Space's
 * binaries hash in about half the time. The main thread and the worker take files from one queue
 * (an index both advance atomically), so whichever is free takes the next; the digest each file
 * needs can change while they work (the remote tree arrives), through a shared array of kinds.
 *
 * The worker runs the very code the main thread hashes with (digest-routines.ts, as its source
 * text): no second implementation, no bundled file to find at run time. Should the worker fail to
 * start or die, the main thread hashes what it left.
 */



/** What a queued file needs, as stored in the shared array of needs. */
const Need = {
    /** The digest its size and first bytes suggest (the remote tree is not known yet). */
    Likely: 0,
    /** None: the remote tree shows the file changed. */
    Nothing: 1,
    GitSha1: 2,
    Sha256: 3
};
/**
 * The worker's loop: each job it is sent, until the queue is empty, then `{ done: id }`. It runs in
 * the worker from its source text, given the worker's `require` (written `load`: a bundler
 * rewrites calls named `require`) and the hashing routines' maker.
 */
function workerMain(load, makeRoutines) {
    const { parentPort } = load('node:worker_threads');
    const { digestFile } = makeRoutines(load('node:crypto'), load('node:fs'));
    const kinds = {
        0: 'likely',
        2: ['gitSha1'],
        3: ['sha256']
    };
    parentPort?.on('message', ({ id, paths, next, needs }) => {
        for (let index = Atomics.add(next, 0, 1); index < paths.length; index = Atomics.add(next, 0, 1)) {
            const need = Atomics.load(needs, index);
            if (need === 1)
                continue;
            try {
                parentPort.postMessage({ id, index, digests: digestFile(paths[index], kinds[need]) });
            }
            catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                parentPort.postMessage({ id, index, error: message });
            }
        }
        parentPort.postMessage({ done: id });
    });
}
/**
 * The worker's program: the loop and the routines, as source text. esbuild (tsx, the tests) wraps
 * named functions in `__name(fn, "name")` calls to keep their names: the worker gets that helper.
 */
const WORKER_SOURCE = `const __name = (fn) => fn;
(${workerMain.toString()})(require, ${digestRoutines.toString()})`;
/**
 * The hashing thread, started once a deploy knows it has big files. It takes 20-40 ms to boot,
 * while the main thread hashes the small files; it then takes its share of the queue.
 */
class HashWorker {
    worker;
    listeners = new Map();
    jobs = 0;
    gone = false;
    /** A worker, or undefined on a single core (or where none can start). */
    static start() {
        if ((0,external_node_os_.availableParallelism)() < 2)
            return undefined;
        try {
            return new HashWorker(new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true }));
        }
        catch {
            return undefined;
        }
    }
    constructor(worker) {
        this.worker = worker;
        // It must not keep the process alive, nor its failure fail the deploy: the main thread then
        // hashes what it left.
        worker.unref();
        worker.on('message', (message) => {
            const id = 'done' in message ? message.done : message.id;
            this.listeners.get(id)?.(message);
        });
        const lost = () => {
            this.gone = true;
            for (const listener of this.listeners.values())
                listener('gone');
        };
        worker.on('error', lost);
        worker.on('exit', lost);
    }
    /**
     * A queue of `paths` that this worker works on beside the main thread; `needs` (default: the
     * likely digest) says what each file needs, when that is known already.
     */
    queue(paths, onResult, needs) {
        const id = ++this.jobs;
        const job = {
            id,
            paths: [...paths],
            next: new Int32Array(new SharedArrayBuffer(4)),
            needs: new Int8Array(new SharedArrayBuffer(Math.max(1, paths.length)))
        };
        needs?.forEach((need, index) => (job.needs[index] = need));
        const finished = new Promise((resolve) => {
            if (this.gone)
                return resolve();
            this.listeners.set(id, (message) => {
                if (message === 'gone' || 'done' in message) {
                    this.listeners.delete(id);
                    resolve();
                }
                else
                    onResult(message);
            });
        });
        this.worker.postMessage(job);
        return new HashQueue(job, finished);
    }
    stop() {
        void this.worker.terminate();
    }
}
/** The queue of big files that the main thread and the worker take from. */
class HashQueue {
    job;
    finished;
    constructor(job, finished) {
        this.job = job;
        this.finished = finished;
    }
    /** Sets what a file still needs (the remote tree arrived); the worker reads it when it takes it. */
    setNeed(index, need) {
        Atomics.store(this.job.needs, index, need);
    }
    need(index) {
        return Atomics.load(this.job.needs, index);
    }
    /** Takes the next file for the main thread, or undefined when the queue is empty. */
    take() {
        const index = Atomics.add(this.job.next, 0, 1);
        return index < this.job.paths.length ? index : undefined;
    }
    /** Resolves once the worker has sent every result of this queue (or is gone). */
    drained() {
        return this.finished;
    }
}

// EXTERNAL MODULE: ./src/deploy/plan-report.ts
var plan_report = __webpack_require__(5791);
;// CONCATENATED MODULE: ./src/deploy/local-hashes.ts



/** One array per digest kind, not one per file hashed. */
const KINDS = {
    gitSha1: ['gitSha1'],
    sha256: ['sha256']
};
/** Longest stretch of hashing before the event loop gets a turn (pending requests progress). */
const YIELD_EVERY_MS = 4;
const PROGRESS_EVERY_MS = 10_000;
/** The digest that tells whether `file` equals `remote`, or undefined when none is needed. */
function decidingDigest(file, remote) {
    if (!remote || remote.type !== 'file' || remote.size !== file.size)
        return undefined;
    return remote.lfs ? 'sha256' : 'gitSha1';
}
/**
 * Fills in, on each of `files`, the digest the comparison with the remote file needs; `remote`
 * settles with the remote files (it may still be pending when hashing starts).
 * @returns the remote files, once both are done
 */
async function hashAgainstRemote(files, remote, options) {
    let known;
    const prefix = options.pathInRepo ? `${options.pathInRepo}/` : '';
    const deciding = (file, tree) => decidingDigest(file, tree.get(prefix + file.relativePath));
    const hasher = new Hasher(files, options);
    const big = files.filter((file) => file.size >= QUEUED_FROM_BYTES);
    const queue = startQueue(big, hasher, options.worker, (file) => known ? needOf(deciding(file, known)) : Need.Likely);
    // Hashing goes on while the tree is read; its failure is awaited (and thrown) below.
    remote.then((tree) => {
        known = tree;
        big.forEach((file, index) => queue?.setNeed(index, needOf(deciding(file, tree))));
    }, () => undefined);
    // One turn of the event loop first: a tree already read is used from the first file on.
    await new Promise((resolve) => setImmediate(resolve));
    for (const file of files) {
        if (queue && file.size >= QUEUED_FROM_BYTES)
            continue;
        const kind = known ? deciding(file, known) : 'likely';
        if (kind)
            await hasher.hash(file, kind);
    }
    if (queue) {
        // The main thread's own files are done: it takes big files beside the worker.
        for (let index = queue.take(); index !== undefined; index = queue.take()) {
            const kind = kindOf(queue.need(index));
            if (kind)
                await hasher.hash(big[index], kind);
        }
        await queue.drained();
        hasher.throwWorkerFailure();
    }
    const tree = await remote;
    // Files hashed with the digest that turned out not to decide (or left by a worker that died).
    for (const file of files) {
        const kind = deciding(file, tree);
        if (kind)
            await hasher.hash(file, kind);
    }
    return tree;
}
/** Files from this size are hashed from the queue that the worker shares (hash-worker.ts). */
const QUEUED_FROM_BYTES = 1024 * 1024;
/** Bytes of such files from which the worker takes part (below, posting them costs as much). */
const WORKER_FROM_BYTES = 8 * 1024 * 1024;
/** Whether a worker would take part in hashing these files (otherwise it may stop at once). */
function worthAWorker(files) {
    let bytes = 0;
    for (const file of files)
        if (file.size >= QUEUED_FROM_BYTES)
            bytes += file.size;
    return bytes >= WORKER_FROM_BYTES;
}
function startQueue(big, hasher, worker, needNow) {
    if (!worker || !worthAWorker(big))
        return undefined;
    return worker.queue(big.map((file) => file.absolutePath), (result) => hasher.fromWorker(big[result.index], result), big.map(needNow));
}
function needOf(kind) {
    return kind === 'gitSha1' ? Need.GitSha1 : kind === 'sha256' ? Need.Sha256 : Need.Nothing;
}
function kindOf(need) {
    return need === Need.Likely
        ? 'likely'
        : need === Need.GitSha1
            ? 'gitSha1'
            : need === Need.Sha256
                ? 'sha256'
                : undefined;
}
/** Gives each of `files` the `kind` digest (LFS uploads need the sha256 of what they send). */
async function hashAll(files, kind, options = {}) {
    const hasher = new Hasher(files, options);
    for (const file of files)
        await hasher.hash(file, kind);
}
class Hasher {
    progress;
    turn = Date.now();
    workerFailure;
    onBytes = (bytes) => this.progress.bytes(bytes);
    constructor(files, options) {
        this.progress = new HashProgress(files, options);
    }
    async hash(file, kind) {
        if (kind === 'likely' ? file.gitSha1 || file.sha256 : file[kind])
            return;
        const kinds = kind === 'likely' ? kind : KINDS[kind];
        if (file.size < READ_BUFFER_BYTES / 2) {
            Object.assign(file, digestFile(file.absolutePath, kinds, this.onBytes));
        }
        else {
            // A big file gives the event loop turns too: a 2 GB file would hold requests for a second.
            const steps = digestSteps(file.absolutePath, kinds, this.onBytes);
            let step = steps.next();
            for (; !step.done; step = steps.next())
                await this.yieldNow();
            Object.assign(file, step.value);
        }
        this.progress.file();
        await this.yieldNow();
    }
    /** A file the worker hashed (its sample comes back as a plain Uint8Array). */
    fromWorker(file, result) {
        if ('error' in result) {
            this.workerFailure ??= result.error;
            return;
        }
        const { sample } = result.digests;
        Object.assign(file, result.digests, sample && { sample: Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength) });
        this.progress.bytes(result.digests.size);
        this.progress.file();
    }
    /** A file the worker could not read fails the deploy as it would have on the main thread. */
    throwWorkerFailure() {
        if (this.workerFailure)
            throw new Error(this.workerFailure);
    }
    async yieldNow() {
        if (Date.now() - this.turn >= YIELD_EVERY_MS) {
            await new Promise((resolve) => setImmediate(resolve));
            this.turn = Date.now();
        }
    }
}
/** `Hashing: 1,200 file(s) (310 MB) so far, of 5,000 (1.2 GB) to publish.`, now and then. */
class HashProgress {
    files;
    options;
    now;
    totalBytes;
    last;
    hashedFiles = 0;
    hashedBytes = 0;
    constructor(files, options) {
        this.files = files;
        this.options = options;
        this.now = options.now ?? Date.now;
        this.last = this.now();
        this.totalBytes = files.reduce((n, f) => n + f.size, 0);
    }
    bytes(n) {
        this.hashedBytes += n;
        this.maybeReport();
    }
    file() {
        this.hashedFiles++;
    }
    maybeReport() {
        if (!this.options.progress)
            return;
        const now = this.now();
        if (now - this.last < PROGRESS_EVERY_MS)
            return;
        this.last = now;
        this.options.progress(`Hashing: ${this.hashedFiles.toLocaleString('en-US')} file(s) (${(0,plan_report/* formatBytes */.z)(this.hashedBytes)}) so far, of ${this.files.length.toLocaleString('en-US')} (${(0,plan_report/* formatBytes */.z)(this.totalBytes)}) to publish.`);
    }
}

;// CONCATENATED MODULE: ./src/deploy/lfs-pointer-check.ts
const LISTED = 5;
class LfsPointerError extends Error {
    paths;
    constructor(paths) {
        const listed = paths.slice(0, LISTED).join(', ');
        const more = paths.length > LISTED ? ` and ${paths.length - LISTED} more` : '';
        super(`${paths.length} file(s) in 'path' are Git LFS pointers, not their content (${listed}${more}): the repository was checked out without LFS. Check it out with actions/checkout and 'lfs: true' (or run 'git lfs pull' before this step), then deploy again.`);
        this.paths = paths;
        this.name = 'LfsPointerError';
    }
}
function assertNoLfsPointers(files) {
    const pointers = files.filter((file) => file.isLfsPointer).map((file) => file.relativePath);
    if (pointers.length > 0)
        throw new LfsPointerError(pointers);
}

;// CONCATENATED MODULE: ./src/deploy/plan.ts
function planDeploy(local, remote, options) {
    const prefix = options.pathInRepo ? `${options.pathInRepo}/` : '';
    const remoteByPath = new Map(remote.filter((item) => item.type === 'file').map((item) => [item.path, item]));
    const plan = { added: [], changed: [], unchanged: [], deleted: [], kept: [] };
    const localPaths = new Set();
    for (const file of local) {
        const planned = { ...file, pathInRepo: prefix + file.relativePath };
        localPaths.add(planned.pathInRepo);
        const existing = remoteByPath.get(planned.pathInRepo);
        if (!existing)
            plan.added.push(planned);
        else if (sameContent(file, existing))
            plan.unchanged.push(planned);
        else
            plan.changed.push(existing.lfs ? { ...planned, remoteIsLfs: true } : planned);
    }
    for (const item of remoteByPath.values()) {
        if (localPaths.has(item.path) || !item.path.startsWith(prefix))
            continue;
        // Not even listed as kept: the Hub maintains it, a deploy never touches it.
        if (isGitattributes(item.path))
            continue;
        if (options.deleteMissing && options.isPublishable(item.path.slice(prefix.length)))
            plan.deleted.push({ pathInRepo: item.path, size: item.size });
        else
            plan.kept.push(item.path);
    }
    return plan;
}
/** True when the plan changes nothing. */
function isEmptyPlan(plan) {
    return plan.added.length + plan.changed.length + plan.deleted.length === 0;
}
function sameContent(file, remote) {
    if (file.size !== remote.size)
        return false;
    const local = remote.lfs ? file.sha256 : file.gitSha1;
    // A missing digest is a bug upstream: failing loudly beats a silent "changed" re-upload.
    if (local === undefined)
        throw new Error(`${file.relativePath} was not hashed for the plan.`);
    return local === (remote.lfs ? remote.lfs.oid : remote.oid);
}
function isGitattributes(path) {
    return path === '.gitattributes' || path.endsWith('/.gitattributes');
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/deploy/gitattributes.ts
/**
 * The root `.gitattributes` of a deploy. For each file the Hub stores by LFS that no pattern
 * covers, the Hub appends a tracking line to the repo's `.gitattributes`. Publishing the local file
 * as it is would drop those lines (git would then check the LFS files out as pointer text), and it
 * would differ from the remote file on every deploy. So the local file is published *completed*
 * with the lines the Hub would add. Then the Hub adds nothing, and the next deploy sees no change.
 */


const LFS_ATTRIBUTES = 'filter=lfs diff=lfs merge=lfs -text';
/**
 * Which repo paths a `.gitattributes` text stores by LFS. As in git, the last line that matches a
 * path and names `filter` decides; patterns follow .gitignore's rules (the `ignore` package).
 */
function lfsTracker(text) {
    const rules = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const { pattern, attributes } = splitLine(line);
        const lfs = filterOf(attributes);
        if (lfs === undefined || !pattern || pattern.startsWith('!'))
            continue;
        const matcher = ignore_default()().add(pattern);
        rules.push({ matches: (path) => matcher.ignores(path), lfs });
    }
    return (path) => {
        for (let i = rules.length - 1; i >= 0; i--)
            if (rules[i].matches(path))
                return rules[i].lfs;
        return false;
    };
}
/** `text` plus one tracking line per LFS path it does not cover (sorted, so the result is stable). */
function completeGitattributes(text, lfsPaths) {
    const tracked = lfsTracker(text);
    const missing = [...new Set(lfsPaths)].filter((path) => !tracked(path)).sort();
    if (missing.length === 0)
        return text;
    const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
    return base + missing.map((path) => `${trackingPattern(path)} ${LFS_ATTRIBUTES}\n`).join('');
}
/**
 * `completeGitattributes` on the file's bytes, which are kept exactly whatever their encoding
 * (git reads patterns as bytes; a Latin-1 comment must not turn into U+FFFD): only the added lines
 * are new, in UTF-8 like the paths they name.
 */
function completeGitattributesFile(bytes, lfsPaths) {
    // Latin-1 maps each byte to one character, so a non-UTF-8 file still parses line by line.
    const text = bytes.toString((0,external_node_buffer_.isUtf8)(bytes) ? 'utf8' : 'latin1');
    const completed = completeGitattributes(text, lfsPaths);
    if (completed === text)
        return bytes;
    return Buffer.concat([bytes, Buffer.from(completed.slice(text.length), 'utf8')]);
}
/** A pattern naming exactly `path`: glob characters escaped, quoted when it has spaces. */
function trackingPattern(path) {
    const escaped = path.replace(/[\\*?[\]]/g, '\\$&').replace(/^[#!]/, '\\$&');
    if (!/[\s"]/.test(escaped))
        return escaped;
    return `"${escaped.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t')}"`;
}
function splitLine(line) {
    if (!line.startsWith('"')) {
        const space = line.search(/\s/);
        return space === -1
            ? { pattern: line, attributes: '' }
            : { pattern: line.slice(0, space), attributes: line.slice(space) };
    }
    // A C-style quoted pattern, which git allows (and we write) for names with spaces.
    let pattern = '';
    let i = 1;
    for (; i < line.length && line[i] !== '"'; i++) {
        const escaped = line[i] === '\\' && i + 1 < line.length;
        if (escaped)
            i++;
        pattern += escaped && line[i] === 't' ? '\t' : line[i];
    }
    return { pattern, attributes: line.slice(i + 1) };
}
function filterOf(attributes) {
    let lfs;
    for (const attribute of attributes.trim().split(/\s+/)) {
        if (attribute === 'filter=lfs')
            lfs = true;
        else if (/^(filter=.*|[-!]filter|filter)$/.test(attribute))
            lfs = false;
    }
    return lfs;
}

;// CONCATENATED MODULE: ./src/deploy/root-attributes.ts
/**
 * The local root `.gitattributes`, published completed with the LFS tracking lines the Hub would
 * add (see gitattributes.ts). The completed text is written to a temporary copy, which stands in
 * for the local file in the plan and the commit.
 */





const NAME = '.gitattributes';
class RootAttributes {
    bytes;
    copy;
    /** LFS files the deploy leaves in place (unchanged, or out of its reach). */
    staying = [];
    remoteOid;
    constructor(bytes, copy) {
        this.bytes = bytes;
        this.copy = copy;
    }
    /**
     * Takes the root `.gitattributes` out of `local` (when the deploy targets the repo root and has
     * one); `addToPlan` puts the completed copy back once the rest of the plan is known.
     */
    static async take(local, pathInRepo, workDir) {
        const index = pathInRepo ? -1 : local.findIndex((f) => f.relativePath === NAME);
        if (index === -1)
            return undefined;
        const [file] = local.splice(index, 1);
        return new RootAttributes(await (0,promises_.readFile)(file.absolutePath), (0,external_node_path_.join)(workDir, NAME));
    }
    /**
     * Adds the completed copy to the plan (added, changed or unchanged against the remote file).
     * Until the Hub has said which changed files go by LFS, those that were LFS are assumed to stay so.
     */
    async addToPlan(plan, remote) {
        const lfs = new Set(remote.filter((item) => item.lfs).map((item) => item.path));
        this.staying = [...plan.unchanged.map((f) => f.pathInRepo), ...plan.kept].filter((p) => lfs.has(p));
        const changedLfs = plan.changed.map((f) => f.pathInRepo).filter((p) => lfs.has(p));
        const remoteCopy = remote.filter((item) => item.path === NAME);
        this.remoteOid = remoteCopy[0]?.oid;
        const file = await this.write([...this.staying, ...changedLfs]);
        const own = planDeploy([file], remoteCopy, {
            pathInRepo: '',
            deleteMissing: false,
            isPublishable: () => true
        });
        plan.added.push(...own.added);
        plan.changed.push(...own.changed);
        plan.unchanged.push(...own.unchanged);
    }
    /**
     * For a preupload sent before the plan: the local text, and whether the Hub decides about `path`
     * alike by it and by the completed copy the later preupload and the commit carry. The completion
     * only appends tracking lines for remote LFS files, so a path that no such line could match (as
     * a pattern: `a.bin` matches `sub/a.bin` too) is decided alike.
     */
    beforePlan(remote) {
        const text = this.bytes.toString('utf8');
        const own = lfsTracker(text);
        const completed = lfsTracker(completeGitattributes(text, remote.filter((item) => item.lfs).map((item) => item.path)));
        return { text, decidesAlike: (path) => own(path) === completed(path) };
    }
    /**
     * Once the uploads are done and the LFS files are known: writes the final copy and carries it in
     * the commit exactly when it differs from the remote file.
     */
    async settle(operations) {
        const uploaded = operations.filter((op) => op.key === 'lfsFile').map((op) => op.path);
        const file = await this.write([...this.staying, ...uploaded]);
        const others = operations.filter((op) => !(op.key === 'file' && op.path === NAME));
        if (file.gitSha1 === this.remoteOid)
            return others;
        return [...others, { key: 'file', path: NAME, absolutePath: this.copy }];
    }
    async write(lfsPaths) {
        await (0,promises_.writeFile)(this.copy, completeGitattributesFile(this.bytes, lfsPaths));
        return { relativePath: NAME, absolutePath: this.copy, ...(await hashFile(this.copy)) };
    }
}

;// CONCATENATED MODULE: ./src/deploy/select-files.ts
/**
 * The files to publish: a walk of `path` that keeps what the rules accept. Symbolic links are
 * followed only while their target stays inside `path` — a link out of it (to `~/.ssh`, `/etc`)
 * is skipped with a warning, never read — and a link back up the tree is not walked twice.
 */




/** A file whose name cannot be a path in a Hub repo. */
class InvalidFileNameError extends Error {
    constructor(path, why) {
        super(`Cannot publish '${path}': ${why}. Rename it, or leave it out with the 'exclude' input.`);
        this.name = 'InvalidFileNameError';
    }
}
/**
 * Every file under `root` that `rules` accept, sorted by path. The walk is synchronous: nothing
 * else is under way before it ends, and a thousand folders read that way cost a few
 * milliseconds instead of a thread-pool round trip each.
 */
async function selectFiles(root, rules) {
    const rootReal = (0,external_node_fs_.realpathSync)(root);
    const files = [];
    walk(rootReal, '', [rootReal]);
    const unmatched = rules.unmatchedIncludes(files.map((file) => file.relativePath));
    for (const pattern of unmatched) {
        runner/* warning */.$e(`Input 'include' has '${pattern}', which matches no file to publish in 'path'.`);
    }
    function walk(dir, dirPath, ancestors) {
        const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        // `dir` is a real path and an entry a bare name: a concatenation is what `join` would give,
        // without normalising the whole path again for each of thousands of files.
        const base = dir.endsWith(external_node_path_.sep) ? dir : dir + external_node_path_.sep;
        for (const entry of entries) {
            const path = dirPath ? `${dirPath}/${entry.name}` : entry.name;
            let target = base + entry.name;
            let kind = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
            if (entry.isSymbolicLink()) {
                const resolved = resolveLink(rootReal, target, path);
                if (!resolved)
                    continue;
                ({ target, kind } = resolved);
            }
            if (kind === 'folder') {
                if (!rules.mayContainFiles(path))
                    continue;
                if (ancestors.includes(target)) {
                    runner/* warning */.$e(`Skipping '${path}': it links back to a folder it is in (a loop).`);
                    continue;
                }
                walk(target, path, [...ancestors, target]);
            }
            else if (kind === 'file') {
                if (!rules.accepts(path))
                    continue;
                checkName(path);
                files.push({ relativePath: path, absolutePath: target });
            }
            else if (rules.accepts(path)) {
                runner/* warning */.$e(`Skipping '${path}': not a regular file (a socket, FIFO or device).`);
            }
        }
    }
    return files;
}
/** A link's real target and its kind, or undefined (warned) when it must not be followed. */
function resolveLink(rootReal, link, path) {
    let target;
    try {
        target = (0,external_node_fs_.realpathSync)(link);
    }
    catch {
        runner/* warning */.$e(`Skipping '${path}': a symbolic link to nothing.`);
        return undefined;
    }
    if (isOutside(rootReal, target)) {
        runner/* warning */.$e(`Skipping '${path}': a symbolic link out of 'path' (to ${target}); only links inside it are followed.`);
        return undefined;
    }
    const info = (0,external_node_fs_.statSync)(target);
    return { target, kind: info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other' };
}
/** The Hub refuses backslashes and control characters in paths; say so before any upload. */
function checkName(path) {
    if (path.includes('\\'))
        throw new InvalidFileNameError(path, 'its name contains a backslash');
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f\x7f]/.test(path))
        throw new InvalidFileNameError(path, 'its name contains a control character');
}

// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(1532);
;// CONCATENATED MODULE: ./src/hub/preupload.ts
/**
 * `POST /api/{type}s/{id}/preupload/{rev}`: the Hub decides, per file, whether it goes as a
 * regular git blob or by LFS, and tells the id of the file already at that path, if any.
 */


/**
 * Files per call: the Hub takes up to 1,000 (huggingface_hub sends 256, huggingface.js 100); 500
 * keeps each request body under ~400 kB.
 */
const BATCH = 500;
/** Calls in flight at once: a 10,000-file first deploy asks in 5 rounds, not 20. */
const CONCURRENCY = 4;
/**
 * Asks in batches, a few at once; the call changes nothing on the Hub, so it is retried like a read.
 * @returns one answer per file, by path
 */
async function preupload(client, type, id, revision, files, options) {
    const batches = [];
    for (let start = 0; start < files.length; start += BATCH)
        batches.push(files.slice(start, start + BATCH));
    const answered = await (0,concurrency/* mapWithLimit */.c)(batches, CONCURRENCY, async (batch) => {
        const res = await client.json({
            method: 'POST',
            path: `${(0,types/* repoApiPath */.aK)(type, id)}/preupload/${(0,types/* encodeRevision */.c4)(revision)}`,
            query: options.createPr ? { create_pr: 1 } : undefined,
            json: {
                files: batch.map((f) => ({
                    path: f.path,
                    size: f.size,
                    sample: f.sample.toString('base64')
                })),
                ...(options.gitAttributes !== undefined && { gitAttributes: options.gitAttributes }),
                ...(options.gitIgnore !== undefined && { gitIgnore: options.gitIgnore })
            },
            idempotent: true
        });
        return res.files;
    });
    const answers = new Map();
    for (const answer of answered.flat())
        answers.set(answer.path, answer);
    return answers;
}

;// CONCATENATED MODULE: ./src/deploy/preupload-ahead.ts
/**
 * The preupload of the files a deploy knows to publish before it hashes anything: those the remote
 * tree lacks, and those it holds with another size (most edits change a file's size). It needs only
 * their paths, sizes and first bytes, so it is sent as soon as the tree is read and the token check
 * has passed, while the other files are still being hashed; the preupload after the plan then asks
 * only about the rest (files changed at the same size), and usually about nothing. An edited file
 * is committed one round trip sooner.
 *
 * Its answers are the ones the later preupload would get: the same `.gitignore`, and the same
 * `.gitattributes` decisions (a file whose decision the completed `.gitattributes` could change
 * waits for the later one: root-attributes.ts).
 */



/** Sends the preupload of the files known new or changed, or returns undefined when there is none. */
function preuploadAhead(client, target, local, remote, options) {
    const prefix = options.pathInRepo ? `${options.pathInRepo}/` : '';
    const attributes = options.attributes?.beforePlan([...remote.values()]);
    const known = local
        .map((file) => ({ file, path: prefix + file.relativePath }))
        .filter(({ file, path }) => {
        const item = remote.get(path);
        const changed = !item || (item.type === 'file' && item.size !== file.size);
        return changed && (!attributes || attributes.decidesAlike(path));
    });
    if (known.length === 0)
        return undefined;
    // As the later preupload: the root .gitignore counts only when the deploy publishes it.
    const gitIgnore = prefix ? undefined : local.find((f) => f.relativePath === '.gitignore');
    const answers = readText(gitIgnore).then((ignoreText) => preupload(client, target.type, target.id, target.revision, known.map(({ file, path }) => preuploadFile(file, path)), { createPr: target.createPr, gitAttributes: attributes?.text, gitIgnore: ignoreText }));
    // Awaited by the commit's preparation; a deploy that fails sooner leaves it unheard.
    answers.catch(() => undefined);
    return { paths: new Set(known.map(({ path }) => path)), answers };
}
/** What a preupload asks about a file: its path in the repo, size and first bytes (read once). */
function preuploadFile(file, path) {
    return { path, size: file.size, sample: (file.sample ??= readSample(file.absolutePath)) };
}
async function readText(file) {
    return file ? (0,promises_.readFile)(file.absolutePath, 'utf8') : undefined;
}

;// CONCATENATED MODULE: ./src/hub/lfs-batch.ts

/** Objects per call: huggingface.js sends 100. */
const lfs_batch_BATCH = 100;
const LFS_JSON = 'application/vnd.git-lfs+json';
/**
 * Asks where to upload `objects`; one answer per object, by oid. `revision` undefined (a pull
 * request) leaves `ref` out, as the official clients do. The call stores nothing: retried freely.
 */
async function requestLfsUploads(client, type, id, revision, objects) {
    const out = [];
    for (let start = 0; start < objects.length; start += lfs_batch_BATCH) {
        const batch = objects.slice(start, start + lfs_batch_BATCH);
        const answer = await client.json({
            method: 'POST',
            path: `/${(0,types/* repoWebPath */.w)(type, id)}.git/info/lfs/objects/batch`,
            headers: { accept: LFS_JSON, 'content-type': LFS_JSON },
            json: {
                operation: 'upload',
                transfers: ['basic', 'multipart'],
                objects: batch.map(({ oid, size }) => ({ oid, size })),
                hash_algo: 'sha256',
                ...(revision !== undefined && { ref: { name: revision } })
            },
            idempotent: true
        });
        for (const object of answer.objects)
            out.push({ transfer: answer.transfer ?? 'basic', object });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/hub/lfs-upload.ts
/**
 * Uploading one LFS object where the batch answer says: `basic` (one PUT of the file) or
 * `multipart` (one PUT per part, then a completion POST with the parts' ETags). The URLs are
 * presigned object-storage URLs: no `Authorization` (the storage refuses two auth schemes) and an
 * exact `Content-Length` (it refuses chunked uploads). Bodies stream from disk, a file or a slice
 * of it at a time, so memory stays flat whatever the size; every PUT re-opens its stream when
 * retried.
 */


/** Read size of uploads: fewer, larger writes to the socket (memory: one buffer per part in flight). */
const READ_BUFFER = 4 * 1024 * 1024;
const lfs_upload_LFS_JSON = 'application/vnd.git-lfs+json';
/** Parts of one object sent at once. */
const PART_CONCURRENCY = 4;
/** Storage may take a while to answer a large PUT once it has the bytes. */
const PUT_HEADERS_TIMEOUT_MS = 5 * 60_000;
async function uploadLfsObject(client, file, transfer, upload, onBytes = () => undefined) {
    if (isMultipart(transfer, upload)) {
        await uploadMultipart(client, file, upload, onBytes);
    }
    else {
        await putSlice(client, upload.href, file.absolutePath, 0, file.size, onBytes);
    }
}
/**
 * Whether the object goes in parts: the answer's transfer is `multipart` for the whole batch, but
 * only the large objects get part URLs (`chunk_size`); the others are basic uploads.
 */
function isMultipart(transfer, upload) {
    return transfer === 'multipart' && upload.header?.chunk_size !== undefined;
}
/** Tells the Hub the upload is done (when the batch answer asks for it); reads only. */
async function verifyLfsObject(client, file, verify) {
    // The verify URL is the Hub's own, and needs the token; the client never sends it elsewhere.
    await client.send({
        method: 'POST',
        path: verify.href,
        headers: { accept: lfs_upload_LFS_JSON, 'content-type': lfs_upload_LFS_JSON },
        json: { oid: file.oid, size: file.size },
        idempotent: true
    });
}
async function uploadMultipart(client, file, upload, onBytes) {
    const header = upload.header ?? {};
    const chunkSize = Number(header.chunk_size);
    const urls = Object.entries(header)
        .filter(([key]) => /^\d+$/.test(key))
        .map(([key, url]) => ({ partNumber: Number(key), url }))
        .sort((a, b) => a.partNumber - b.partNumber);
    const expected = Math.ceil(file.size / chunkSize);
    if (!Number.isInteger(chunkSize) || chunkSize <= 0 || urls.length !== expected) {
        throw new Error(`The Hub's multipart upload plan for ${file.oid} is inconsistent: ${urls.length} part URLs for ${file.size} bytes in chunks of ${header.chunk_size}.`);
    }
    const parts = await (0,concurrency/* mapWithLimit */.c)(urls, PART_CONCURRENCY, async ({ partNumber, url }) => {
        const start = (partNumber - 1) * chunkSize;
        const length = Math.min(chunkSize, file.size - start);
        const etag = await putSlice(client, url, file.absolutePath, start, length, onBytes);
        if (!etag)
            throw new Error(`Part ${partNumber} of ${file.oid} was stored without an ETag.`);
        return { partNumber, etag };
    });
    // Completing twice finds the object complete, so the POST is retried like a PUT.
    await client.send({
        method: 'POST',
        path: upload.href,
        headers: { accept: lfs_upload_LFS_JSON, 'content-type': lfs_upload_LFS_JSON },
        json: { oid: file.oid, parts },
        auth: false,
        idempotent: true
    });
}
/** PUTs `length` bytes of the file from `start`; returns the ETag the storage answered. */
async function putSlice(client, url, absolutePath, start, length, onBytes) {
    let counted = 0;
    const res = await client.send({
        method: 'PUT',
        path: url,
        headers: { 'content-length': String(length) },
        body: () => {
            // A retry sends the slice again: what the failed attempt counted is taken back.
            onBytes(-counted);
            counted = 0;
            const stream = (0,external_node_fs_.createReadStream)(absolutePath, {
                start,
                end: start + length - 1,
                highWaterMark: READ_BUFFER
            });
            // Counted as the request takes each chunk. (A 'data' listener would set the stream flowing
            // before the transport reads it, and the chunks read meanwhile would never be sent.)
            return (async function* () {
                for await (const chunk of stream) {
                    counted += chunk.length;
                    onBytes(chunk.length);
                    yield chunk;
                }
            })();
        },
        auth: false,
        idempotent: true,
        headersTimeoutMs: PUT_HEADERS_TIMEOUT_MS
    });
    const etag = res.headers.etag;
    return Array.isArray(etag) ? etag[0] : etag;
}

// EXTERNAL MODULE: ./src/progress.ts
var src_progress = __webpack_require__(4660);
;// CONCATENATED MODULE: ./src/deploy/upload-lfs.ts
/**
 * Sends the LFS files of a deploy to the Hub's storage before the commit that names them: one
 * batch request for the upload URLs, then the uploads, a few files at a time (each streamed from
 * disk; big ones in parts). Objects the Hub already has are not sent again.
 */






/** Files uploaded at once (each may send several parts at once, see lfs-upload.ts). */
const FILE_CONCURRENCY = 4;
/**
 * `known`: batch answers already at hand (asked for beside the preupload); the objects they cover
 * are not asked for again.
 * @returns the bytes actually sent
 */
async function uploadLfsFiles(client, target, files, known = []) {
    if (files.length === 0)
        return 0;
    // Two files with the same content are one object.
    const byOid = new Map(files.map((file) => [file.sha256, file]));
    // One answer an object (two changed files may have the same content).
    const usable = [
        ...new Map(known.filter((a) => byOid.has(a.object.oid) && !a.object.error).map((a) => [a.object.oid, a])).values()
    ];
    const answered = new Set(usable.map((a) => a.object.oid));
    const rest = [...byOid.values()].filter((file) => !answered.has(file.sha256));
    const answers = [
        ...usable,
        ...(rest.length === 0
            ? []
            : await requestLfsUploads(client, target.type, target.id, 
            // A pull request has no branch yet: the official clients leave `ref` out.
            target.createPr ? undefined : target.revision, rest.map((file) => ({ oid: file.sha256, size: file.size }))))
    ];
    // One meter and one progress line for all the files in flight: no flood of lines.
    const toSend = answers.filter((a) => a.object.actions?.upload && !a.object.error);
    const meter = new src_progress/* TransferMeter */.bY(toSend.reduce((n, a) => n + a.object.size, 0));
    const label = `Uploading ${toSend.length} file(s) by LFS`;
    // Bytes are counted as they are read for sending: all read is not yet all stored.
    const progress = (0,src_progress/* startProgress */.ot)(() => meter.describe(label) +
        (meter.done >= meter.totalBytes ? ', waiting for the storage to confirm' : ''));
    const sent = await (0,concurrency/* mapWithLimit */.c)(answers, FILE_CONCURRENCY, async ({ transfer, object }) => {
        const file = byOid.get(object.oid);
        if (!file)
            throw new Error(`The Hub's LFS answer names an object not asked for: ${object.oid}.`);
        if (object.error) {
            throw new Error(`The Hub refused to store ${file.pathInRepo} by LFS (${object.error.code}): ${object.error.message}`);
        }
        const upload = object.actions?.upload;
        if (!upload)
            return 0;
        const how = isMultipart(transfer, upload) ? ', in parts' : '';
        runner/* info */.pq(`Uploading ${file.pathInRepo} (${(0,plan_report/* formatBytes */.z)(file.size)}${how})`);
        const lfsFile = { absolutePath: file.absolutePath, oid: file.sha256, size: file.size };
        await uploadLfsObject(client, lfsFile, transfer, upload, (n) => meter.add(n));
        if (object.actions?.verify)
            await verifyLfsObject(client, lfsFile, object.actions.verify);
        return file.size;
    }).finally(() => progress.stop());
    if (toSend.length > 0)
        runner/* info */.pq(meter.describe(`Uploaded ${toSend.length} file(s) by LFS`));
    return sent.reduce((total, bytes) => total + bytes, 0);
}

;// CONCATENATED MODULE: ./src/deploy/upload-files.ts
/**
 * From a plan to the operations of the commit: the Hub says which files go by LFS (preupload),
 * those are uploaded, and the rest travel inside the commit. Files the Hub reports as already
 * there with the same content, or as ignored by the repo's `.gitignore`, are left out.
 */






/**
 * @param ahead the preupload already sent for the files known changed before the plan
 *   (preupload-ahead.ts): only the others are asked about here.
 */
async function prepareCommit(client, target, plan, rootFiles, ahead) {
    const files = [...plan.added, ...plan.changed];
    // A changed file the Hub keeps by LFS almost surely goes by LFS again: its upload URL is asked
    // for beside the preupload, a round trip sooner. Should the preupload say otherwise, that answer
    // (which stores nothing) goes unused.
    const early = askEarly(client, target, plan.changed);
    const rest = ahead ? files.filter((f) => !ahead.paths.has(f.pathInRepo)) : files;
    const [answeredAhead, answered] = await Promise.all([
        ahead?.answers,
        rest.length === 0
            ? undefined
            : preupload(client, target.type, target.id, target.revision, rest.map((f) => preuploadFile(f, f.pathInRepo)), { createPr: target.createPr, ...rootFiles })
    ]);
    const answerOf = (path) => (ahead?.paths.has(path) ? answeredAhead : answered)?.get(path);
    const regular = [];
    const lfs = [];
    const ignored = [];
    for (const file of files) {
        const answer = answerOf(file.pathInRepo);
        if (!answer)
            throw new Error(`The Hub's preupload answer left out ${file.pathInRepo}.`);
        if (answer.shouldIgnore) {
            ignored.push(file.pathInRepo);
            continue;
        }
        // The Hub may know the file already (it changed since the tree was listed): skip it. Only a
        // digest already computed is compared: the plan found this file new or changed.
        if (answer.oid && (answer.oid === file.gitSha1 || answer.oid === file.sha256))
            continue;
        // Object storage refuses empty objects: an empty file is always a regular one.
        if (answer.uploadMode === 'lfs' && file.size > 0)
            lfs.push(file);
        else
            regular.push(file);
    }
    if (ignored.length > 0) {
        runner/* warning */.$e(`Left out ${ignored.length} file(s) that the repo's .gitignore covers: ${ignored.slice(0, 5).join(', ')}${ignored.length > 5 ? ', …' : ''}.`);
    }
    await hashAll(lfs, 'sha256', { progress: (line) => runner/* info */.pq(line) });
    const lfsBytes = await uploadLfsFiles(client, target, lfs, await early);
    const operations = [
        ...regular.map((f) => ({
            key: 'file',
            path: f.pathInRepo,
            absolutePath: f.absolutePath
        })),
        ...lfs.map((f) => ({
            key: 'lfsFile',
            path: f.pathInRepo,
            oid: f.sha256,
            size: f.size
        })),
        ...plan.deleted.map((d) => ({ key: 'deletedFile', path: d.pathInRepo }))
    ];
    return { operations, lfsBytes, ignored };
}
/** The LFS batch answers for the changed files expected to go by LFS (none on a failure). */
function askEarly(client, target, changed) {
    const likely = changed.filter((f) => f.remoteIsLfs && f.sha256 && f.size > 0);
    if (likely.length === 0)
        return Promise.resolve([]);
    // A failure here is not the deploy's: the files are asked for again, in turn.
    return requestLfsUploads(client, target.type, target.id, target.createPr ? undefined : target.revision, [...new Map(likely.map((f) => [f.sha256, { oid: f.sha256, size: f.size }])).values()]).catch(() => []);
}

// EXTERNAL MODULE: ./src/github-context.ts
var github_context = __webpack_require__(8886);
// EXTERNAL MODULE: ./src/hub/list-repo-tree.ts
var list_repo_tree = __webpack_require__(4517);
;// CONCATENATED MODULE: ./src/deploy/remote-files.ts

/**
 * A repo info's `siblings` are complete below this many files. huggingface_hub trusts them only
 * there (`snapshot_download` lists the tree from 1,000 files on: "the Hub may truncate the siblings
 * list well before 50k files when server-side caching issues happen", its PR #3565).
 */
const SIBLINGS_TRUSTED_BELOW = 1000;
/**
 * The files under `folder` ('' for the root) as the info's siblings give them, or undefined when
 * they cannot be trusted to be all (too many, or without their metadata).
 */
function filesFromInfo(info, folder) {
    const siblings = info.siblings;
    if (!siblings || siblings.length >= SIBLINGS_TRUSTED_BELOW)
        return undefined;
    const prefix = folder ? `${folder}/` : '';
    const files = [];
    for (const sibling of siblings) {
        const { rfilename: path, size, blobId, lfs } = sibling;
        if (typeof size !== 'number' || typeof blobId !== 'string')
            return undefined;
        if (!path.startsWith(prefix))
            continue;
        files.push({
            type: 'file',
            oid: blobId,
            size,
            path,
            ...(lfs && { lfs: { oid: lfs.sha256, size: lfs.size, pointerSize: lfs.pointerSize } })
        });
    }
    return files;
}
/** Local files from which a folder is split rather than listed recursively (≥ 4 pages). */
const SPLIT_FROM_FILES = 4000;
/** Listings in flight at once: the request count (the rate-limit quota used) is the same at any concurrency. */
const LISTING_CONCURRENCY = 16;
async function listRemoteFiles(client, listing) {
    const slots = new Slots(LISTING_CONCURRENCY);
    const { type, id, revision, splitFrom = SPLIT_FROM_FILES } = listing;
    const recursive = (folder) => slots.run(() => (0,list_repo_tree/* listRepoFiles */.c$)(client, type, id, revision, folder));
    async function list(folder, localPaths) {
        const localDirs = new Map();
        for (const path of localPaths) {
            const slash = path.indexOf('/');
            if (slash === -1)
                continue;
            const dir = path.slice(0, slash);
            const under = localDirs.get(dir) ?? [];
            under.push(path.slice(slash + 1));
            localDirs.set(dir, under);
        }
        if (localPaths.length < splitFrom || localDirs.size < 2)
            return recursive(folder);
        const child = (name) => (folder ? `${folder}/${name}` : name);
        const own = slots.run(() => (0,list_repo_tree/* listFolderPage */.aH)(client, type, id, revision, folder));
        const fromLocal = [...localDirs].map(([dir, paths]) => list(child(dir), paths));
        const entries = await own;
        // Over a page of entries right in this folder: one recursive listing after all.
        if (entries === undefined) {
            await Promise.allSettled(fromLocal);
            return recursive(folder);
        }
        const remoteOnly = entries
            .filter((e) => e.type === 'directory' && !localDirs.has(e.path.slice(e.path.lastIndexOf('/') + 1)))
            .map((e) => list(e.path, []));
        const nested = await Promise.all([...fromLocal, ...remoteOnly]);
        return [...entries.filter((e) => e.type === 'file'), ...nested.flat()];
    }
    return list(listing.folder, listing.localPaths);
}
/** At most `limit` tasks at once; the others wait their turn. */
class Slots {
    limit;
    running = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async run(task) {
        // A finished task hands its slot straight to the next one waiting.
        if (this.running >= this.limit)
            await new Promise((go) => this.waiting.push(go));
        else
            this.running++;
        try {
            return await task();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.running--;
        }
    }
}

// EXTERNAL MODULE: ./src/preflight/write-access.ts + 1 modules
var write_access = __webpack_require__(1933);
// EXTERNAL MODULE: ./src/space-settings/sync.ts + 8 modules
var sync = __webpack_require__(6160);
;// CONCATENATED MODULE: ./src/modes/deploy.ts
/**
 * `deploy`: publishes `path` as one commit that carries only what changed.
 * 1. Local, before any request: select the files, take their sizes, stop on Git LFS pointers.
 * 2. Remote reads: the repo (created when missing, with `create`), the head of `revision`, and
 *    the files under `path_in_repo` at that very commit — while the local files are hashed, each
 *    with just the digest its comparison needs (local-hashes.ts).
 * 3. The plan (added, changed, deleted, with bytes) goes to the log and the summary; a dry run or
 *    an empty plan stops here.
 * 4. Preupload and LFS uploads, then one commit with `parentCommit` (see commit-safely.ts). Files
 *    the tree alone shows new or changed (another size) are preuploaded during step 2 already.
 * 5. For a Space: wait until it serves the new commit, or failed to build.
 */



























async function deploy(ctx, result) {
    const { settings } = ctx;
    const rules = await FileRules.load(settings.path, settings.include, settings.exclude);
    const local = inspectFiles(await selectFiles(settings.path, rules));
    assertNoLfsPointers(local);
    runner/* info */.pq(`${local.length} file(s) to publish from ${settings.path}.`);
    // Only for big files, started once they are known: booting beside the walk slows the walk
    // about as much as it then gains, and a tree of small files would leave it nothing.
    const hashWorker = worthAWorker(local) ? HashWorker.start() : undefined;
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'hf-deploy-'));
    try {
        const card = settings.spaceCard
            ? await prepareCard(settings.spaceCard, local, settings.pathInRepo, workDir)
            : undefined;
        if (card)
            await validateCardOnHub(ctx.client, card);
        // Every check of the folder and the card is done: a bad one has made no other request. The
        // token check runs while the files are hashed, so it costs no wall time.
        (0,write_access/* startPreflight */.os)(ctx);
        await deployFiles(ctx, result, { rules, local, workDir, hashWorker });
    }
    finally {
        hashWorker?.stop();
        // Synchronous: the deploy is over, and a few files go faster than a thread-pool round trip.
        (0,external_node_fs_.rmSync)(workDir, { recursive: true, force: true });
    }
}
async function deployFiles(ctx, result, { rules, local, workDir, hashWorker }) {
    const { client, settings } = ctx;
    const repoId = result.repoId;
    const attributes = await RootAttributes.take(local, settings.pathInRepo, workDir);
    // The token check, the remote reads and the hashing (only the digest that decides) run side by
    // side; the first write waits for the check's verdict, which also outranks a failed read (a
    // token without access to the repo is told as such, not as a missing repo).
    const allowed = (0,write_access/* checkBeforeWrite */.N5)(ctx, result);
    allowed.catch(() => undefined);
    const reading = readRemote(ctx, result, local, allowed).catch(async (error) => {
        await allowed;
        throw error;
    });
    const remoteFiles = reading.then(({ files }) => new Map(files.map((item) => [item.path, item])));
    const target = {
        type: settings.repoType,
        id: repoId,
        revision: settings.revision,
        createPr: settings.createPr
    };
    // What the tree alone shows changed is asked about while the rest is hashed (a dry run asks
    // nothing it would not read).
    const ahead = settings.dryRun
        ? undefined
        : Promise.all([remoteFiles, allowed]).then(([remote]) => preuploadAhead(client, target, local, remote, {
            pathInRepo: settings.pathInRepo,
            attributes
        }));
    ahead?.catch(() => undefined);
    await hashAgainstRemote(local, remoteFiles, {
        pathInRepo: settings.pathInRepo,
        progress: (line) => runner/* info */.pq(line),
        worker: hashWorker
    });
    const { info, files: remote } = await reading;
    const head = info?.sha;
    await allowed;
    await (0,sync/* syncBeforeCommit */.Ur)(ctx, result, head);
    const plan = planDeploy(local, remote, {
        pathInRepo: settings.pathInRepo,
        deleteMissing: settings.deleteMissing,
        isPublishable: (path) => rules.accepts(path)
    });
    await attributes?.addToPlan(plan, remote);
    reportPlan(ctx, result, plan);
    if (settings.repoType === 'space')
        await warnIfReadmeLosesCard(plan);
    if (settings.dryRun) {
        result.notes.push('Dry run: changed nothing on the Hub (it only read).');
        return;
    }
    // Only the dry run of a repo still to create has no head: unreachable, but say so to the types.
    if (!head)
        throw new Error(`The ${settings.repoType} ${repoId} has no commit to build on.`);
    if (isEmptyPlan(plan)) {
        result.notes.push('Nothing changed: no commit.');
        // The runtime read with the info still holds unless a settings change restarted the Space.
        await (0,after_commit/* reportUnchangedSpace */.I)(ctx, result, head, result.changed ? undefined : info?.runtime);
        return;
    }
    const prepared = await prepareCommit(client, target, plan, await rootFiles(plan, settings), await ahead);
    const operations = attributes ? await attributes.settle(prepared.operations) : prepared.operations;
    if (operations.length === 0) {
        result.notes.push('Nothing changed (the Hub has every file already): no commit.');
        await (0,after_commit/* reportUnchangedSpace */.I)(ctx, result, head);
        return;
    }
    const message = (0,commit_message/* commitMessage */.d)(settings, (0,github_context/* readGitHubContext */.L7)(), 'deploy');
    const startedAt = Date.now();
    const commit = await (0,src_progress/* withProgress */.E0)(() => `Committing ${operations.length} change(s) to ${repoId}: waiting for the Hub for ${(0,src_progress/* formatDuration */.a3)(Date.now() - startedAt)}`, () => commitSafely(client, target, { ...message, parentCommit: head }, operations));
    if (prepared.lfsBytes > 0)
        result.notes.push(`Uploaded ${(0,plan_report/* formatBytes */.z)(prepared.lfsBytes)} by LFS.`);
    if (commit.recovered)
        result.notes.push('The commit answer was lost; the commit was found on the Hub.');
    result.notes.push(commit.prUrl
        ? `Opened a pull request: ${commit.prUrl}`
        : `Committed ${commit.sha.slice(0, 12)}.`);
    await (0,after_commit/* afterCommit */.M)(ctx, result, commit);
}
/** The repo's info (its head, a Space's runtime) and the files under `path_in_repo` at that head. */
async function readRemote(ctx, result, local, allowed) {
    const { client, settings } = ctx;
    // A small folder asks for the files with the info: below 1,000 files they come complete with it.
    const files = local.length < SIBLINGS_TRUSTED_BELOW;
    const info = await (0,ensure_repo/* ensureRepoInfo */.N)(ctx, result, () => allowed, {
        files,
        fields: files ? undefined : (0,repo_info/* infoFields */.Kq)(settings.repoType)
    });
    if (!info)
        return { files: [] };
    const fromInfo = filesFromInfo(info, settings.pathInRepo);
    // Not kept: a big repo's run a long way (50,000 of them are megabytes).
    delete info.siblings;
    if (fromInfo)
        return { info, files: fromInfo };
    const listed = await listRemoteFiles(client, {
        type: settings.repoType,
        id: result.repoId,
        revision: info.sha,
        folder: settings.pathInRepo,
        localPaths: local.map((f) => f.relativePath)
    });
    return { info, files: listed };
}
function reportPlan(ctx, result, plan) {
    const { settings } = ctx;
    const where = `${settings.repoType} ${result.repoId} (${settings.revision}${settings.pathInRepo ? `, ${settings.pathInRepo}/` : ''})`;
    const description = (0,plan_report/* describePlan */.d)(plan);
    runner/* info */.pq(`${settings.dryRun ? 'Dry run — plan' : 'Plan'} for ${where}: ${description.headline}.`);
    for (const line of description.logLines)
        runner/* info */.pq(`  ${line}`);
    // Said once: in the log above, and in the summary as the title of the plan's table.
    result.details = [
        ...(result.details ?? []),
        { title: `Deploy plan: ${description.headline}`, markdown: description.markdown }
    ];
    const deletesReadme = plan.deleted.some((d) => d.pathInRepo === 'README.md');
    if (settings.repoType === 'space' && deletesReadme) {
        runner/* warning */.$e('The deploy deletes the Space README.md, which holds its configuration (sdk, app_file): add a README.md to path, or exclude it.');
    }
}
/** The root `.gitattributes` and `.gitignore` being published: preupload takes them into account. */
async function rootFiles(plan, settings) {
    if (settings.pathInRepo)
        return {};
    const files = [...plan.added, ...plan.changed, ...plan.unchanged];
    const read = async (name) => {
        const file = files.find((f) => f.relativePath === name);
        return file ? (0,promises_.readFile)(file.absolutePath, 'utf8') : undefined;
    };
    const [gitAttributes, gitIgnore] = await Promise.all([read('.gitattributes'), read('.gitignore')]);
    return { gitAttributes, gitIgnore };
}


/***/ })

};
