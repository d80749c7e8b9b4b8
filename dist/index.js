import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8889:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const fs = __nccwpck_require__(9896)
const path = __nccwpck_require__(6928)
const os = __nccwpck_require__(857)
const crypto = __nccwpck_require__(6982)

// Array of tips to display randomly
const TIPS = [
  '◈ encrypted .env [www.dotenvx.com]',
  '◈ secrets for agents [www.dotenvx.com]',
  '⌁ auth for agents [www.vestauth.com]',
  '⌘ custom filepath { path: \'/custom/path/.env\' }',
  '⌘ enable debugging { debug: true }',
  '⌘ override existing { override: true }',
  '⌘ suppress logs { quiet: true }',
  '⌘ multiple files { path: [\'.env.local\', \'.env\'] }'
]

// Get a random tip from the tips array
function _getRandomTip () {
  return TIPS[Math.floor(Math.random() * TIPS.length)]
}

function parseBoolean (value) {
  if (typeof value === 'string') {
    return !['false', '0', 'no', 'off', ''].includes(value.toLowerCase())
  }
  return Boolean(value)
}

function supportsAnsi () {
  return process.stdout.isTTY // && process.env.TERM !== 'dumb'
}

function dim (text) {
  return supportsAnsi() ? `\x1b[2m${text}\x1b[0m` : text
}

const LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg

// Parse src into an Object
function parse (src) {
  const obj = {}

  // Convert buffer to string
  let lines = src.toString()

  // Convert line breaks to same format
  lines = lines.replace(/\r\n?/mg, '\n')

  let match
  while ((match = LINE.exec(lines)) != null) {
    const key = match[1]

    // Default undefined or null to empty string
    let value = (match[2] || '')

    // Remove whitespace
    value = value.trim()

    // Check if double quoted
    const maybeQuote = value[0]

    // Remove surrounding quotes
    value = value.replace(/^(['"`])([\s\S]*)\1$/mg, '$2')

    // Expand newlines if double quoted
    if (maybeQuote === '"') {
      value = value.replace(/\\n/g, '\n')
      value = value.replace(/\\r/g, '\r')
    }

    // Add to object
    obj[key] = value
  }

  return obj
}

function _parseVault (options) {
  options = options || {}

  const vaultPath = _vaultPath(options)
  options.path = vaultPath // parse .env.vault
  const result = DotenvModule.configDotenv(options)
  if (!result.parsed) {
    const err = new Error(`MISSING_DATA: Cannot parse ${vaultPath} for an unknown reason`)
    err.code = 'MISSING_DATA'
    throw err
  }

  // handle scenario for comma separated keys - for use with key rotation
  // example: DOTENV_KEY="dotenv://:key_1234@dotenvx.com/vault/.env.vault?environment=prod,dotenv://:key_7890@dotenvx.com/vault/.env.vault?environment=prod"
  const keys = _dotenvKey(options).split(',')
  const length = keys.length

  let decrypted
  for (let i = 0; i < length; i++) {
    try {
      // Get full key
      const key = keys[i].trim()

      // Get instructions for decrypt
      const attrs = _instructions(result, key)

      // Decrypt
      decrypted = DotenvModule.decrypt(attrs.ciphertext, attrs.key)

      break
    } catch (error) {
      // last key
      if (i + 1 >= length) {
        throw error
      }
      // try next key
    }
  }

  // Parse decrypted .env string
  return DotenvModule.parse(decrypted)
}

function _warn (message) {
  console.error(`⚠ ${message}`)
}

function _debug (message) {
  console.log(`┆ ${message}`)
}

function _log (message) {
  console.log(`◇ ${message}`)
}

function _dotenvKey (options) {
  // prioritize developer directly setting options.DOTENV_KEY
  if (options && options.DOTENV_KEY && options.DOTENV_KEY.length > 0) {
    return options.DOTENV_KEY
  }

  // secondary infra already contains a DOTENV_KEY environment variable
  if (process.env.DOTENV_KEY && process.env.DOTENV_KEY.length > 0) {
    return process.env.DOTENV_KEY
  }

  // fallback to empty string
  return ''
}

function _instructions (result, dotenvKey) {
  // Parse DOTENV_KEY. Format is a URI
  let uri
  try {
    uri = new URL(dotenvKey)
  } catch (error) {
    if (error.code === 'ERR_INVALID_URL') {
      const err = new Error('INVALID_DOTENV_KEY: Wrong format. Must be in valid uri format like dotenv://:key_1234@dotenvx.com/vault/.env.vault?environment=development')
      err.code = 'INVALID_DOTENV_KEY'
      throw err
    }

    throw error
  }

  // Get decrypt key
  const key = uri.password
  if (!key) {
    const err = new Error('INVALID_DOTENV_KEY: Missing key part')
    err.code = 'INVALID_DOTENV_KEY'
    throw err
  }

  // Get environment
  const environment = uri.searchParams.get('environment')
  if (!environment) {
    const err = new Error('INVALID_DOTENV_KEY: Missing environment part')
    err.code = 'INVALID_DOTENV_KEY'
    throw err
  }

  // Get ciphertext payload
  const environmentKey = `DOTENV_VAULT_${environment.toUpperCase()}`
  const ciphertext = result.parsed[environmentKey] // DOTENV_VAULT_PRODUCTION
  if (!ciphertext) {
    const err = new Error(`NOT_FOUND_DOTENV_ENVIRONMENT: Cannot locate environment ${environmentKey} in your .env.vault file.`)
    err.code = 'NOT_FOUND_DOTENV_ENVIRONMENT'
    throw err
  }

  return { ciphertext, key }
}

function _vaultPath (options) {
  let possibleVaultPath = null

  if (options && options.path && options.path.length > 0) {
    if (Array.isArray(options.path)) {
      for (const filepath of options.path) {
        if (fs.existsSync(filepath)) {
          possibleVaultPath = filepath.endsWith('.vault') ? filepath : `${filepath}.vault`
        }
      }
    } else {
      possibleVaultPath = options.path.endsWith('.vault') ? options.path : `${options.path}.vault`
    }
  } else {
    possibleVaultPath = path.resolve(process.cwd(), '.env.vault')
  }

  if (fs.existsSync(possibleVaultPath)) {
    return possibleVaultPath
  }

  return null
}

function _resolveHome (envPath) {
  return envPath[0] === '~' ? path.join(os.homedir(), envPath.slice(1)) : envPath
}

function _configVault (options) {
  const debug = parseBoolean(process.env.DOTENV_CONFIG_DEBUG || (options && options.debug))
  const quiet = parseBoolean(process.env.DOTENV_CONFIG_QUIET || (options && options.quiet))

  if (debug || !quiet) {
    _log('loading env from encrypted .env.vault')
  }

  const parsed = DotenvModule._parseVault(options)

  let processEnv = process.env
  if (options && options.processEnv != null) {
    processEnv = options.processEnv
  }

  DotenvModule.populate(processEnv, parsed, options)

  return { parsed }
}

function configDotenv (options) {
  const dotenvPath = path.resolve(process.cwd(), '.env')
  let encoding = 'utf8'
  let processEnv = process.env
  if (options && options.processEnv != null) {
    processEnv = options.processEnv
  }
  let debug = parseBoolean(processEnv.DOTENV_CONFIG_DEBUG || (options && options.debug))
  let quiet = parseBoolean(processEnv.DOTENV_CONFIG_QUIET || (options && options.quiet))

  if (options && options.encoding) {
    encoding = options.encoding
  } else {
    if (debug) {
      _debug('no encoding is specified (UTF-8 is used by default)')
    }
  }

  let optionPaths = [dotenvPath] // default, look for .env
  if (options && options.path) {
    if (!Array.isArray(options.path)) {
      optionPaths = [_resolveHome(options.path)]
    } else {
      optionPaths = [] // reset default
      for (const filepath of options.path) {
        optionPaths.push(_resolveHome(filepath))
      }
    }
  }

  // Build the parsed data in a temporary object (because we need to return it).  Once we have the final
  // parsed data, we will combine it with process.env (or options.processEnv if provided).
  let lastError
  const parsedAll = {}
  for (const path of optionPaths) {
    try {
      // Specifying an encoding returns a string instead of a buffer
      const parsed = DotenvModule.parse(fs.readFileSync(path, { encoding }))

      DotenvModule.populate(parsedAll, parsed, options)
    } catch (e) {
      if (debug) {
        _debug(`failed to load ${path} ${e.message}`)
      }
      lastError = e
    }
  }

  const populated = DotenvModule.populate(processEnv, parsedAll, options)

  // handle user settings DOTENV_CONFIG_ options inside .env file(s)
  debug = parseBoolean(processEnv.DOTENV_CONFIG_DEBUG || debug)
  quiet = parseBoolean(processEnv.DOTENV_CONFIG_QUIET || quiet)

  if (debug || !quiet) {
    const keysCount = Object.keys(populated).length
    const shortPaths = []
    for (const filePath of optionPaths) {
      try {
        const relative = path.relative(process.cwd(), filePath)
        shortPaths.push(relative)
      } catch (e) {
        if (debug) {
          _debug(`failed to load ${filePath} ${e.message}`)
        }
        lastError = e
      }
    }

    _log(`injected env (${keysCount}) from ${shortPaths.join(',')} ${dim(`// tip: ${_getRandomTip()}`)}`)
  }

  if (lastError) {
    return { parsed: parsedAll, error: lastError }
  } else {
    return { parsed: parsedAll }
  }
}

// Populates process.env from .env file
function config (options) {
  // fallback to original dotenv if DOTENV_KEY is not set
  if (_dotenvKey(options).length === 0) {
    return DotenvModule.configDotenv(options)
  }

  const vaultPath = _vaultPath(options)

  // dotenvKey exists but .env.vault file does not exist
  if (!vaultPath) {
    _warn(`you set DOTENV_KEY but you are missing a .env.vault file at ${vaultPath}`)

    return DotenvModule.configDotenv(options)
  }

  return DotenvModule._configVault(options)
}

function decrypt (encrypted, keyStr) {
  const key = Buffer.from(keyStr.slice(-64), 'hex')
  let ciphertext = Buffer.from(encrypted, 'base64')

  const nonce = ciphertext.subarray(0, 12)
  const authTag = ciphertext.subarray(-16)
  ciphertext = ciphertext.subarray(12, -16)

  try {
    const aesgcm = crypto.createDecipheriv('aes-256-gcm', key, nonce)
    aesgcm.setAuthTag(authTag)
    return `${aesgcm.update(ciphertext)}${aesgcm.final()}`
  } catch (error) {
    const isRange = error instanceof RangeError
    const invalidKeyLength = error.message === 'Invalid key length'
    const decryptionFailed = error.message === 'Unsupported state or unable to authenticate data'

    if (isRange || invalidKeyLength) {
      const err = new Error('INVALID_DOTENV_KEY: It must be 64 characters long (or more)')
      err.code = 'INVALID_DOTENV_KEY'
      throw err
    } else if (decryptionFailed) {
      const err = new Error('DECRYPTION_FAILED: Please check your DOTENV_KEY')
      err.code = 'DECRYPTION_FAILED'
      throw err
    } else {
      throw error
    }
  }
}

// Populate process.env with parsed values
function populate (processEnv, parsed, options = {}) {
  const debug = Boolean(options && options.debug)
  const override = Boolean(options && options.override)
  const populated = {}

  if (typeof parsed !== 'object') {
    const err = new Error('OBJECT_REQUIRED: Please check the processEnv argument being passed to populate')
    err.code = 'OBJECT_REQUIRED'
    throw err
  }

  // Set process.env
  for (const key of Object.keys(parsed)) {
    if (Object.prototype.hasOwnProperty.call(processEnv, key)) {
      if (override === true) {
        processEnv[key] = parsed[key]
        populated[key] = parsed[key]
      }

      if (debug) {
        if (override === true) {
          _debug(`"${key}" is already defined and WAS overwritten`)
        } else {
          _debug(`"${key}" is already defined and was NOT overwritten`)
        }
      }
    } else {
      processEnv[key] = parsed[key]
      populated[key] = parsed[key]
    }
  }

  return populated
}

const DotenvModule = {
  configDotenv,
  _configVault,
  _parseVault,
  config,
  decrypt,
  parse,
  populate
}

module.exports.configDotenv = DotenvModule.configDotenv
module.exports._configVault = DotenvModule._configVault
module.exports._parseVault = DotenvModule._parseVault
module.exports.config = DotenvModule.config
module.exports.decrypt = DotenvModule.decrypt
module.exports.parse = DotenvModule.parse
module.exports.populate = DotenvModule.populate

module.exports = DotenvModule


/***/ }),

/***/ 6325:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wr: () => (/* binding */ fetchGitHubIdToken),
/* harmony export */   ke: () => (/* binding */ publisherClaims),
/* harmony export */   wl: () => (/* binding */ idTokenAvailable)
/* harmony export */ });
/* harmony import */ var _hub_client_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4136);
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6753);
/**
 * The job's GitHub OIDC ID token. The runner offers one only to jobs with `permissions:
 * id-token: write`: a GET of `ACTIONS_ID_TOKEN_REQUEST_URL` with `&audience=…`, authorized by
 * `ACTIONS_ID_TOKEN_REQUEST_TOKEN`, answers `{ "value": "<JWT>" }` (what `getIDToken` of
 * `@actions/core` does). The request token goes to that URL's origin only.
 */


/** Whether this job may request an ID token (both variables are set). */
function idTokenAvailable(env = process.env) {
    return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
/** A fresh ID token for `audience` (masked); one line of explanation when GitHub refuses. */
async function fetchGitHubIdToken(audience, env = process.env) {
    try {
        const url = new URL(env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '');
        const client = new _hub_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HubClient */ .P({
            endpoint: url.origin,
            token: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
        });
        const answer = await client.json({
            method: 'GET',
            path: url.href,
            query: { audience },
            headers: { accept: 'application/json' }
        });
        if (typeof answer?.value !== 'string' || !answer.value) {
            throw new Error('the answer has no ID token');
        }
        _runner_index_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(answer.value);
        return answer.value;
    }
    catch (error) {
        const said = error.message.replace(/\s+/g, ' ').trim();
        throw new Error(`Could not get the job's GitHub ID token for ${audience} (${said}): the job needs permissions: id-token: write.`, { cause: error });
    }
}
/**
 * The claims a Trusted Publisher is matched on, read from the (unverified) payload of the ID
 * token: they are this run's own facts, safe to show, and they tell the user what to register.
 */
function publisherClaims(idToken) {
    let claims = {};
    try {
        claims = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8'));
    }
    catch {
        // Not a JWT: nothing to show.
    }
    const text = (name) => typeof claims[name] === 'string' ? claims[name] : undefined;
    const workflowRef = text('workflow_ref') ?? text('job_workflow_ref');
    return {
        repository: text('repository'),
        workflow: workflowRef ? /\/\.github\/workflows\/([^@]+)@/.exec(workflowRef)?.[1] : undefined,
        ref: text('ref'),
        environment: text('environment'),
        issuer: text('iss')
    };
}


/***/ }),

/***/ 4192:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  IW: () => (/* binding */ HubAccess),
  Sy: () => (/* binding */ assertCanCreateRepos),
  Nq: () => (/* binding */ missingCredentialMessage)
});

// EXTERNAL MODULE: ./src/runner/index.ts + 2 modules
var runner = __nccwpck_require__(6753);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/hub/error.ts
var hub_error = __nccwpck_require__(597);
// EXTERNAL MODULE: ./src/preview/pull-request-event.ts
var pull_request_event = __nccwpck_require__(4936);
;// CONCATENATED MODULE: ./src/hub/exchange-oidc-token.ts
/** The exchange's `resource`: `ns/name` for a model, `datasets/ns/name`, `spaces/ns/name`. */
function oidcResource(type, id) {
    return type === 'model' ? id : `${type}s/${id}`;
}
/**
 * Exchanges `idToken` for a token of `resource`. A repeated exchange only mints another token,
 * so the call is retried like an idempotent one. A refusal is a `HubApiError` (400
 * `invalid_grant: <description>`).
 */
async function exchangeOidcToken(client, idToken, resource) {
    const answer = await client.json({
        method: 'POST',
        path: '/oauth/token',
        auth: false,
        idempotent: true,
        json: {
            grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
            subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
            subject_token: idToken,
            resource
        }
    });
    if (typeof answer?.access_token !== 'string' || !answer.access_token) {
        throw new Error(`The Hub's token exchange for ${resource} answered without an access_token.`);
    }
    return { accessToken: answer.access_token, expiresIn: answer.expires_in ?? 3600 };
}

// EXTERNAL MODULE: ./src/auth/github-id-token.ts
var github_id_token = __nccwpck_require__(6325);
;// CONCATENATED MODULE: ./src/auth/trusted-publisher.ts
/**
 * A Trusted-Publisher token for one repo: the job's GitHub ID token (audience: the Hub's origin)
 * exchanged at `{endpoint}/oauth/token`, masked the moment it arrives. A refusal says what the
 * Hub said and which of this run's claims a publisher must match.
 */




async function trustedPublisherToken(client, request) {
    const idToken = await (0,github_id_token/* fetchGitHubIdToken */.Wr)(new URL(request.endpoint).origin);
    const resource = oidcResource(request.type, request.id);
    try {
        const { accessToken, expiresIn } = await exchangeOidcToken(client, idToken, resource);
        runner/* setSecret */.Pq(accessToken);
        runner/* info */.pq(`Authenticated to the ${request.type} ${request.id} as its Trusted Publisher (GitHub OIDC; the token is valid for ${Math.round(expiresIn / 60)} min).`);
        return accessToken;
    }
    catch (error) {
        if (error instanceof hub_error/* HubApiError */.yL && error.status >= 400 && error.status < 500) {
            throw new Error(refusal(request, error, (0,github_id_token/* publisherClaims */.ke)(idToken)), { cause: error });
        }
        throw error;
    }
}
function refusal(request, error, claims) {
    const said = error.hubMessage ? `: ${error.hubMessage}` : ` (HTTP ${error.status})`;
    const quote = (name) => `${name} '${claims[name] ?? '?'}'`;
    const compared = [quote('repository'), quote('workflow'), quote('ref')];
    if (claims.environment)
        compared.push(quote('environment'));
    const create = request.wantsCreate
        ? ' If the repo does not exist yet: a Trusted-Publisher token cannot create repos, so create it once with a stored token (token: ${{ secrets.HF_TOKEN }}) or on the Hub, then register the publisher.'
        : '';
    return (`The Hub refused to exchange this job's GitHub ID token for a token of the ${request.type} ${request.id}${said}. ` +
        `A Trusted Publisher registered on the repo (its Settings → Trusted Publishers) must match this run's claims exactly; the Hub compares ${compared.join(', ')} (issuer ${claims.issuer ?? '?'}).${create}`);
}

;// CONCATENATED MODULE: ./src/auth/hub-access.ts
/**
 * Which Hub credential a run uses, and the Hub client each repo gets: the `token` input, else
 * `HF_TOKEN`, else — when the job may request a GitHub ID token — a Trusted-Publisher token,
 * exchanged once per repo (such a token writes to its one repo only). Errors that such a token
 * explains better are rewritten here.
 */





/** Modes that create the repo they work on when it is missing. */
const CREATING_MODES = ['duplicate', 'preview'];
const STORED_TOKEN = 'a stored token with write access (token: ${{ secrets.HF_TOKEN }})';
class HubAccess {
    settings;
    newClient;
    kind;
    shared;
    constructor(settings, newClient) {
        this.settings = settings;
        this.newClient = newClient;
        this.kind = settings.token ? 'token' : settings.trustedPublisher ? 'trusted-publisher' : 'none';
        this.shared = newClient(settings.token);
    }
    /** Connections to the endpoint, opened while the inputs and the folder are still checked. */
    preconnect() {
        this.shared.preconnect();
    }
    /**
     * What a mode works with on one repo. With a Trusted Publisher, the repo's own exchanged token
     * goes to its client and, as `settings.token`, to git and the app ping.
     */
    async contextFor(type, id) {
        if (this.kind !== 'trusted-publisher') {
            return { client: this.shared, settings: this.settings, credential: this.kind };
        }
        let token;
        try {
            token = await trustedPublisherToken(this.shared, {
                type,
                id: writtenRepo(this.settings, id),
                endpoint: this.settings.endpoint,
                wantsCreate: this.settings.create || CREATING_MODES.includes(this.settings.mode)
            });
        }
        catch (error) {
            // Reading a public Space's status needs no token: a missing publisher must not fail it.
            if (this.settings.mode !== 'status')
                throw error;
            runner/* warning */.$e(`${(0,errors/* getErrorMessage */.u1)(error)} Reading the status without a token.`);
            return { client: this.shared, settings: this.settings, credential: 'none' };
        }
        return {
            client: this.newClient(token),
            settings: { ...this.settings, token },
            credential: 'trusted-publisher'
        };
    }
    /** A 401/403 of a call made with a Trusted-Publisher token: say what such a token may not do. */
    explain(error) {
        if (this.kind !== 'trusted-publisher' || !(error instanceof hub_error/* HubApiError */.yL))
            return error;
        if (error.status !== 401 && error.status !== 403)
            return error;
        const path = new URL(error.url).pathname;
        const said = error.hubMessage ? `: ${error.hubMessage}` : '';
        const id = error.requestId ? ` (request id ${error.requestId})` : '';
        return new Error(`Hub answered ${error.status} to ${error.method} ${path}${said}. This run authenticates as a Trusted Publisher (GitHub OIDC): its token writes to this one repo for 60 minutes, and the Hub may not accept it for this call. Pass ${STORED_TOKEN} for it.${id}`, { cause: error });
    }
}
/**
 * The repo a mode writes to for `repoId`, whose publisher the token is asked from: `preview`
 * writes to the pull request's preview Space, not to the production Space it names.
 */
function writtenRepo(settings, repoId) {
    const pr = settings.pullRequest;
    return settings.mode === 'preview' && pr ? (0,pull_request_event/* previewSpaceId */.Wh)(repoId, pr.number) : repoId;
}
/** Before creating or duplicating a repo: a Trusted-Publisher token cannot (the Hub: 401). */
function assertCanCreateRepos(ctx, what) {
    if (ctx.credential !== 'trusted-publisher')
        return;
    throw new Error(`Cannot ${what}: this run authenticates as a Trusted Publisher (GitHub OIDC), whose token writes to one existing repo and cannot create repos. Pass ${STORED_TOKEN}, or create the repo on the Hub first.`);
}
/** The one error for a mode that needs a credential when the run has none. */
function missingCredentialMessage(mode) {
    return `Input 'token' is empty, HF_TOKEN is not set, and the job cannot request a GitHub ID token: mode '${mode}' needs a Hub credential, either ${STORED_TOKEN}, or a Trusted Publisher (give the job permissions: id-token: write and register this workflow as a Trusted Publisher of the repo on the Hub).`;
}


/***/ }),

/***/ 1532:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ mapWithLimit)
/* harmony export */ });
/** Runs `task` for every item with at most `limit` running at once; results keep input order. */
async function mapWithLimit(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   em: () => (/* binding */ sentence),
/* harmony export */   hS: () => (/* binding */ counted),
/* harmony export */   u1: () => (/* binding */ getErrorMessage)
/* harmony export */ });
/** The message of anything thrown, for `core.setFailed` and per-repo errors. */
function getErrorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/**
 * `text` as a sentence: a full stop added unless it already ends in one (or `!`, `?`), so that
 * quoting a message that has its own never makes `access.. The`.
 */
function sentence(text) {
    const trimmed = text.trim();
    return /[.!?…]["')\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
/** `1 attempt`, `6 attempts`. */
function counted(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   jh: () => (/* binding */ GitHubClient),
/* harmony export */   qN: () => (/* binding */ repoPath)
/* harmony export */ });
/* unused harmony exports DEFAULT_GITHUB_API_URL, GITHUB_API_VERSION */
/* harmony import */ var _hub_client_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4136);
/* harmony import */ var _hub_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(597);
/* harmony import */ var _error_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6661);
/**
 * The GitHub REST client (base `GITHUB_API_URL`, token `github_token`). It sends through a Hub
 * client, so GitHub calls share its transport (kept-alive connections, a proxy when one is set),
 * timeouts and retry policy (408/429/5xx and network errors, `Retry-After`), and turns its errors
 * into `GitHubApiError`.
 */



const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** The REST API version the calls are written against (GitHub's date-based versioning). */
const GITHUB_API_VERSION = '2022-11-28';
class GitHubClient {
    apiUrl;
    transport;
    constructor(options = {}) {
        this.apiUrl = (options.apiUrl || DEFAULT_GITHUB_API_URL).replace(/\/+$/, '');
        this.transport = new _hub_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HubClient */ .P({
            endpoint: this.apiUrl,
            token: options.token || undefined,
            onRetry: options.onRetry,
            retry: options.retry,
            sleep: options.sleep
        });
    }
    /** A client for the runner's API (`GITHUB_API_URL`: github.com, or a GitHub Enterprise Server). */
    static fromEnv(token, options = {}, env = process.env) {
        return new GitHubClient({ ...options, apiUrl: env.GITHUB_API_URL, token });
    }
    get hasToken() {
        return this.transport.hasToken;
    }
    async request(req) {
        const url = this.transport.url(req.path, req.query);
        // The token goes along: never to another host than the API's (a `Link` could point anywhere).
        if (url.origin !== new URL(this.apiUrl).origin) {
            throw new Error(`Refusing to send the GitHub token to ${url.origin} (not ${this.apiUrl}).`);
        }
        let res;
        try {
            res = await this.transport.send({
                method: req.method,
                path: url.href,
                json: req.json,
                headers: {
                    accept: 'application/vnd.github+json',
                    'x-github-api-version': GITHUB_API_VERSION
                }
            });
        }
        catch (error) {
            throw asGitHubError(error);
        }
        return {
            status: res.status,
            headers: res.headers,
            data: (res.text ? JSON.parse(res.text) : undefined)
        };
    }
}
function asGitHubError(error) {
    if (error instanceof _hub_error_js__WEBPACK_IMPORTED_MODULE_1__/* .HubApiError */ .yL) {
        return new _error_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubApiError */ .O({
            status: error.status,
            method: error.method,
            url: error.url,
            githubMessage: error.hubMessage,
            attempts: error.attempts
        });
    }
    if (error instanceof _hub_error_js__WEBPACK_IMPORTED_MODULE_1__/* .HubNetworkError */ .UL) {
        const cause = error.cause;
        return new _error_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubApiError */ .O({
            status: 0,
            method: error.method,
            url: error.url,
            githubMessage: cause?.code ?? cause?.message,
            attempts: error.attempts
        });
    }
    return error;
}
/** `owner/repo` as two path segments, each encoded. */
function repoPath(repository) {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0)
        throw new Error(`'${repository}' is not a GitHub repository (owner/repo).`);
    return `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
}


/***/ }),

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ GitHubApiError)
/* harmony export */ });
/**
 * The one error type of GitHub REST calls: status and GitHub's own message. Callers
 * add the remedy (which `permissions:` entry the workflow lacks), since it depends on the call.
 */
class GitHubApiError extends Error {
    status;
    method;
    url;
    githubMessage;
    attempts;
    constructor(init) {
        const path = new URL(init.url).pathname;
        const said = init.githubMessage ? `: ${init.githubMessage}` : '';
        super(init.status === 0
            ? `Could not reach the GitHub API at ${new URL(init.url).origin} (${init.method} ${path}, ${init.attempts ?? 1} attempt(s))${said}.`
            : `GitHub answered ${init.status} to ${init.method} ${path}${said}.`);
        this.name = 'GitHubApiError';
        this.status = init.status;
        this.method = init.method;
        this.url = init.url;
        this.githubMessage = init.githubMessage;
        this.attempts = init.attempts ?? 1;
    }
    /**
     * GitHub refused the token for this call: 401 (bad token), 403 (the job's `permissions:` lack
     * the scope), or 404 on a repo the token cannot see (GitHub hides what one may not access).
     */
    get isRefusal() {
        return this.status === 401 || this.status === 403 || this.status === 404;
    }
}


/***/ }),

/***/ 4136:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  P: () => (/* binding */ HubClient)
});

;// CONCATENATED MODULE: ./src/version.ts
/** The action's version, sent in the User-Agent (kept equal to package.json by a unit test). */
const ACTION_VERSION = '0.1.0';

// EXTERNAL MODULE: ./src/hub/error.ts
var hub_error = __nccwpck_require__(597);
;// CONCATENATED MODULE: ./src/hub/redirect.ts
/**
 * Which redirects a Hub call follows, and where. A 3xx is never an answer: it is followed when
 * the same request can be made again at the new address, and otherwise fails with a message that
 * says why. The token is the client's business: it goes only to the Hub's own origin (see
 * `HubClient`), so a redirect to another host is followed without it — as huggingface_hub's
 * httpx client does (it strips `Authorization` when a redirect leaves the origin).
 */
/** A renamed repo answers 307 once; a chain longer than this is a loop. */
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
class HubRedirectError extends Error {
    status;
    method;
    url;
    constructor(status, method, url, message) {
        super(message);
        this.status = status;
        this.method = method;
        this.url = url;
        this.name = 'HubRedirectError';
    }
}
/**
 * The address to send the same request to after a 3xx answer to `method url`, or a
 * `HubRedirectError` to throw. `resendable`: the body (if any) can be sent again (a string,
 * bytes, or a factory of a stream).
 */
function followRedirect(status, location, request) {
    const { method, url } = request;
    const what = `${method} ${url.pathname}`;
    const fail = (why) => new HubRedirectError(status, method, url.href, `The Hub answered ${status} to ${what}: ${why}`);
    if (!REDIRECTS.has(status)) {
        throw fail('a 3xx that is neither an answer nor a redirect the action can follow. Check the `endpoint` input (it must be the Hub or a mirror of its API).');
    }
    if (!location)
        throw fail('a redirect without a Location header.');
    let target;
    try {
        target = new URL(location, url);
    }
    catch {
        throw fail(`a redirect to an invalid address (${location}).`);
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:') {
        throw fail(`a redirect to a ${target.protocol} address, which the action does not follow.`);
    }
    if (request.redirects >= MAX_REDIRECTS) {
        throw fail(`more than ${MAX_REDIRECTS} redirects in a row (the last to ${target.href}): a loop.`);
    }
    const reads = method === 'GET' || method === 'HEAD';
    if (reads)
        return target;
    if (status === 307 || status === 308) {
        if (!request.resendable) {
            throw fail(`a redirect to ${target.href}, and the request's body cannot be sent again.`);
        }
        return target;
    }
    // 301/302/303 of a write would become a GET of the new address: the write would not happen,
    // while the GET's answer looked like its result.
    throw fail(`a redirect to ${target.href} that would turn the ${method} into a GET. The action does not follow it, so it cannot tell whether the ${method} took effect: check the \`endpoint\` input.`);
}

;// CONCATENATED MODULE: ./src/hub/retry.ts
/**
 * When to retry a Hub call and how long to wait: the official client's policy (408/429/5xx and
 * network errors; 1 s doubling to 8 s), honouring `Retry-After` and the `RateLimit` header.
 */
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const DEFAULT_RETRY_POLICY = {
    maxRetries: 5,
    baseDelayMs: 1000,
    maxDelayMs: 8000,
    maxServerDelayMs: 300_000
};
/**
 * Seconds to wait before the next attempt as the server asked, or undefined when it did not say.
 * `RateLimit: "api";r=0;t=42` (IETF draft, the Hub's form) wins over `Retry-After`, which may be
 * seconds or an HTTP date.
 */
function serverRequestedDelayMs(headers, now = Date.now()) {
    const rateLimit = headerValue(headers, 'ratelimit');
    if (rateLimit) {
        const match = /"?\w+"?\s*;\s*r\s*=\s*(\d+)\s*;\s*t\s*=\s*(\d+)/.exec(rateLimit);
        if (match && Number(match[1]) === 0)
            return (Number(match[2]) + 1) * 1000;
    }
    const retryAfter = headerValue(headers, 'retry-after')?.trim();
    if (!retryAfter)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(retryAfter))
        return Math.ceil(Number(retryAfter) * 1000);
    const date = Date.parse(retryAfter);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** Exponential backoff for attempt `retry` (1-based), with ±20 % jitter so parallel jobs spread. */
function backoffDelayMs(retry, policy, random = Math.random) {
    const base = Math.min(policy.baseDelayMs * 2 ** (retry - 1), policy.maxDelayMs);
    return Math.round(base * (0.8 + 0.4 * random()));
}
/**
 * Errors from the socket layer that mean "the request may not have arrived": retry if idempotent.
 * undici's (`UND_ERR_*`, behind a proxy), node's, and the transport's own timeouts.
 */
function isNetworkError(error) {
    const code = error?.code ?? '';
    return (code.startsWith('UND_ERR_') ||
        [
            'CONNECT_TIMEOUT',
            'HEADERS_TIMEOUT',
            'BODY_TIMEOUT',
            'ERR_SOCKET_CONNECTION_TIMEOUT',
            'ECONNRESET',
            'ECONNREFUSED',
            'EPIPE',
            'ETIMEDOUT',
            'EAI_AGAIN',
            'ENETUNREACH',
            'EHOSTUNREACH',
            'ECONNABORTED'
        ].includes(code) ||
        (error instanceof TypeError && /fetch failed|terminated|other side closed/i.test(error.message)));
}
function headerValue(headers, name) {
    const value = headers[name] ?? headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}

// EXTERNAL MODULE: ./src/hub/transport/index.ts + 2 modules
var transport = __nccwpck_require__(2729);
;// CONCATENATED MODULE: ./src/hub/client.ts
/**
 * The HTTP client every Hub operation goes through (over a `Transport`: node:http, or undici
 * behind a proxy): base URL and bearer token, timeouts, retries of idempotent calls with backoff
 * that honours the Hub's `Retry-After` and `RateLimit`, redirects followed here (so that a
 * streamed body is re-made and a 3xx is never taken for an answer), and error answers turned into
 * `HubApiError`. The token goes to the endpoint's origin only, whatever the path or a redirect
 * says.
 */





/** Longest silence of the server while an answer's body is read. */
const BODY_TIMEOUT_MS = 120_000;
/**
 * Resends, at once, of a call that met a kept-alive connection the server had just closed (more
 * than one may be pooled); after these it is retried like any network error.
 */
const MAX_STALE_RESENDS = 3;
class HubClient {
    endpoint;
    origin;
    token;
    policy;
    onRetry;
    sleep;
    /** Connections are kept alive and reused: a new one costs a round trip or more (TCP, TLS). */
    transport;
    constructor(options) {
        this.endpoint = options.endpoint.replace(/\/+$/, '');
        this.origin = new URL(this.endpoint).origin;
        this.token = options.token;
        this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
        this.onRetry = options.onRetry;
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        // Self-hosted runners often sit behind a proxy: the transport honours the usual variables.
        this.transport = options.transport ?? (0,transport/* createTransport */.oO)();
    }
    /**
     * Opens connections to the endpoint ahead of the first requests (two: a mode's first reads go
     * side by side), so their handshakes pass while the action still works locally.
     */
    preconnect(count = 2) {
        this.transport.preconnect?.(new URL(this.origin), count);
    }
    get hasToken() {
        return Boolean(this.token);
    }
    /** Sends a request and parses the JSON answer. */
    async json(req) {
        const res = await this.send(req);
        return (res.text ? JSON.parse(res.text) : undefined);
    }
    /** Sends a request and reads the whole answer as text; throws `HubApiError` on an error status. */
    async send(req) {
        return this.withRetries(req, async (res) => ({
            status: res.statusCode,
            headers: res.headers,
            text: await (0,transport/* readText */.yR)(res.body)
        }));
    }
    /**
     * Sends a request and hands the streaming answer to `consume` (large downloads, server-sent
     * events). Error statuses still throw before `consume` runs; what `consume` leaves unread when
     * it settles is closed.
     */
    async stream(req, consume) {
        return this.withRetries(req, async (res) => {
            try {
                return await consume(res);
            }
            finally {
                if (!res.body.readableEnded)
                    res.body.destroy();
            }
        });
    }
    url(path, query) {
        const url = /^https?:\/\//.test(path) ? new URL(path) : new URL(this.endpoint + path);
        for (const [key, value] of Object.entries(query ?? {})) {
            if (value === undefined)
                continue;
            for (const item of Array.isArray(value) ? value : [value])
                url.searchParams.append(key, String(item));
        }
        return url;
    }
    async withRetries(req, consume) {
        const idempotent = req.idempotent ?? req.method !== 'POST';
        let url = this.url(req.path, req.query);
        let redirects = 0;
        let staleResends = 0;
        for (let attempt = 1;; attempt++) {
            const sendsToken = this.sendsTokenTo(req, url);
            let res;
            try {
                res = await this.transport.request(url, {
                    method: req.method,
                    headers: this.headers(req, sendsToken),
                    body: this.body(req),
                    signal: req.signal,
                    headersTimeoutMs: req.headersTimeoutMs ?? 60_000,
                    bodyTimeoutMs: BODY_TIMEOUT_MS
                });
            }
            catch (error) {
                if (req.signal?.aborted)
                    throw error;
                // A kept-alive connection reset before any answer: most likely the server closed it,
                // idle, as the request went out. Sent again at once, without counting an attempt — but
                // only a call that may be repeated: the server may also have read the request and died,
                // so a commit or a restart is never sent twice on that guess (Go's net/http rule).
                if (idempotent && (0,transport/* isReusedConnectionReset */.Wk)(error) && staleResends < MAX_STALE_RESENDS) {
                    staleResends++;
                    attempt--;
                    continue;
                }
                // A refused connection never reached the Hub: even a commit may be sent again.
                const retryable = idempotent
                    ? isNetworkError(error)
                    : error.code === 'ECONNREFUSED';
                if (!retryable || attempt > this.policy.maxRetries) {
                    if (isNetworkError(error))
                        throw new hub_error/* HubNetworkError */.UL(req.method, url.href, error, attempt);
                    throw error;
                }
                await this.pause(req, url, attempt, backoffDelayMs(attempt, this.policy), describeNetworkError(error));
                continue;
            }
            if ((res.statusCode >= 200 && res.statusCode < 300) ||
                req.acceptStatuses?.includes(res.statusCode)) {
                return consume(res);
            }
            if (res.statusCode >= 300 && res.statusCode < 400) {
                await (0,transport/* drain */.Ze)(res.body).catch(() => undefined);
                // A renamed repo answers 307 to its new id. A redirect is not an attempt: it does not
                // count against the retries.
                url = followRedirect(res.statusCode, header(res.headers, 'location'), {
                    method: req.method,
                    url,
                    resendable: this.resendable(req),
                    redirects: redirects++
                });
                attempt--;
                continue;
            }
            const text = await (0,transport/* readText */.yR)(res.body).catch(() => '');
            const error = new hub_error/* HubApiError */.yL({
                status: res.statusCode,
                method: req.method,
                url: url.href,
                hubMessage: (0,hub_error/* hubMessageOf */.G$)(text, header(res.headers, 'content-type'), header(res.headers, 'x-error-message')),
                errorCode: header(res.headers, 'x-error-code'),
                requestId: header(res.headers, 'x-request-id'),
                sentToken: sendsToken,
                attempts: attempt
            });
            // A 429 comes from the rate limiter, before the Hub acts: safe to repeat even for a POST.
            const retryable = idempotent ? RETRYABLE_STATUSES.has(res.statusCode) : res.statusCode === 429;
            if (!retryable || attempt > this.policy.maxRetries)
                throw error;
            const asked = serverRequestedDelayMs(res.headers);
            if (asked !== undefined && asked > this.policy.maxServerDelayMs)
                throw error;
            await this.pause(req, url, attempt, asked ?? backoffDelayMs(attempt, this.policy), `HTTP ${res.statusCode}`);
        }
    }
    /** The token goes along only when asked for, and only to the endpoint's own origin. */
    sendsTokenTo(req, url) {
        return (req.auth ?? true) && this.token !== undefined && url.origin === this.origin;
    }
    /** Whether the body can be sent again: text, bytes, JSON, or a factory of a fresh stream. */
    resendable(req) {
        const body = req.body;
        return (req.json !== undefined ||
            body === undefined ||
            typeof body === 'function' ||
            typeof body === 'string' ||
            body instanceof Uint8Array);
    }
    async pause(req, url, attempt, delayMs, reason) {
        this.onRetry?.({ method: req.method, path: url.pathname, attempt, delayMs, reason });
        await this.sleep(delayMs);
    }
    headers(req, sendsToken) {
        const headers = {
            'user-agent': `hf-space-action/${ACTION_VERSION}; node/${process.versions.node}`,
            ...req.headers
        };
        if (sendsToken)
            headers.authorization = `Bearer ${this.token}`;
        if (req.json !== undefined)
            headers['content-type'] ??= 'application/json';
        return headers;
    }
    body(req) {
        if (req.json !== undefined)
            return JSON.stringify(req.json);
        return typeof req.body === 'function' ? req.body() : req.body;
    }
}
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function describeNetworkError(error) {
    const code = error.code;
    return code ? `network error ${code}` : `network error: ${error.message}`;
}


/***/ }),

/***/ 597:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ hubMessageOf),
/* harmony export */   UL: () => (/* binding */ HubNetworkError),
/* harmony export */   yL: () => (/* binding */ HubApiError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/**
 * The one error type of Hub calls: status, the Hub's own message, `X-Error-Code` and request id,
 * plus a remedy a user can act on.
 */

const INVALID_CREDENTIALS = 'Invalid credentials in Authorization header';
class HubApiError extends Error {
    status;
    method;
    url;
    hubMessage;
    errorCode;
    requestId;
    sentToken;
    attempts;
    constructor(init) {
        super('');
        this.name = 'HubApiError';
        this.status = init.status;
        this.method = init.method;
        this.url = init.url;
        this.hubMessage = init.hubMessage;
        this.errorCode = init.errorCode;
        this.requestId = init.requestId;
        this.sentToken = init.sentToken;
        this.attempts = init.attempts ?? 1;
        this.message = this.describe();
    }
    /** `space user/demo` (or `model`, `dataset`), read from the request path when it names a repo. */
    get repo() {
        const path = new URL(this.url).pathname;
        const api = /^\/api\/(model|dataset|space)s\/([^/]+\/[^/]+)/.exec(path);
        if (api)
            return `${api[1]} ${api[2]}`;
        const git = /^\/(?:(dataset|space)s\/)?([^/]+\/[^/.]+)\.git\//.exec(path);
        return git ? `${git[1] ?? 'model'} ${git[2]}` : undefined;
    }
    /** What the user can do about it, in one sentence. */
    get remedy() {
        const repo = this.repo ? `the ${this.repo.replace(' ', ' repo ')}` : 'this repo';
        switch (this.status) {
            case 401:
                if (!this.sentToken) {
                    return 'No token was sent: set the `token` input (or the HF_TOKEN environment variable) to a Hub access token with write access.';
                }
                if (this.hubMessage?.includes(INVALID_CREDENTIALS)) {
                    return 'The token is invalid, expired or revoked: create a new access token at https://huggingface.co/settings/tokens and update the secret.';
                }
                return `The Hub refused the token for this call (OAuth tokens from \`hf auth login\` are refused by restart, sleeptime and hardware): use an access token with write access to ${repo}.`;
            case 402:
                return 'A paid plan is needed for this (Gradio and Docker Spaces on cpu-basic, or paid hardware): see https://huggingface.co/pricing, or use a static Space.';
            case 403:
                return `The token lacks write access to ${repo}: use a token with the "write" role, or a fine-grained token with write permission on this repo or its organization.`;
            case 404:
                if (this.errorCode === 'RevisionNotFound')
                    return 'The revision (branch) does not exist: check the `revision` input.';
                if (this.errorCode === 'EntryNotFound')
                    return 'The file or folder does not exist in the repo.';
                return `Check \`repo_id\` and \`repo_type\`: ${repo} does not exist, or it is private and the token cannot see it (set \`create: true\` to create it in commit modes).`;
            case 409:
                return 'The Hub reports a conflict: the resource already exists or another operation is in progress.';
            case 412:
                return 'The branch moved while the action was committing (someone else pushed): run the action again.';
            case 429:
                return `The Hub rate-limited the action${this.afterAttempts}: run less often, or try again in a few minutes.`;
            default:
                if (this.status >= 500)
                    return `The Hub failed${this.afterAttempts}: try again later (https://status.huggingface.co).`;
                return 'The Hub rejected the request.';
        }
    }
    /** ` after 6 attempts` when the call was retried: the count is the requests made. */
    get afterAttempts() {
        return this.attempts > 1 ? ` after ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .counted */ .hS)(this.attempts, 'attempt')}` : '';
    }
    describe() {
        const path = new URL(this.url).pathname;
        const answered = `Hub answered ${this.status} to ${this.method} ${path}`;
        const said = this.hubMessage ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .sentence */ .em)(`${answered}: ${this.hubMessage}`) : `${answered}.`;
        const id = this.requestId ? ` (request id ${this.requestId})` : '';
        return `${said} ${this.remedy}${id}`;
    }
}
/** A network failure (connection refused, reset, timeout) that outlived the retries. */
class HubNetworkError extends Error {
    method;
    url;
    cause;
    attempts;
    constructor(method, url, cause, attempts) {
        const reason = describeCause(cause);
        super(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .sentence */ .em)(`Could not reach the Hub at ${new URL(url).origin} (${method} ${new URL(url).pathname}, ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .counted */ .hS)(attempts, 'attempt')}): ${reason}`)} Check the \`endpoint\` input and the runner's network.`);
        this.method = method;
        this.url = url;
        this.cause = cause;
        this.attempts = attempts;
        this.name = 'HubNetworkError';
    }
}
/**
 * `CODE: message` of a socket-layer error. Read by shape, not `instanceof Error`: node's own errors
 * come from another realm than a test's. A failed connection to every address of a host is an
 * `AggregateError` with no message of its own: its first error says what happened.
 */
function describeCause(cause) {
    if (typeof cause !== 'object' || cause === null || !('message' in cause))
        return String(cause);
    const { code, name, message, errors } = cause;
    const first = Array.isArray(errors) ? errors[0] : undefined;
    const said = message || (typeof first?.message === 'string' ? first.message : '');
    return `${code ?? name}: ${said}`;
}
/** The Hub's message from an error answer, by the clients' precedence. */
function hubMessageOf(body, contentType, header) {
    if (contentType?.includes('json')) {
        try {
            const json = JSON.parse(body);
            const error = json.error ?? json.message ?? json.error_description;
            if (Array.isArray(error))
                return error.map(String).join('; ');
            if (Array.isArray(json.errors)) {
                return json.errors
                    .map((e) => e.message ?? JSON.stringify(e))
                    .join('; ');
            }
            // OAuth-style answers put the explanation apart: `invalid_grant` alone says little.
            const description = json.error_description;
            if (typeof error === 'string' && typeof description === 'string' && description !== error)
                return `${error}: ${description}`;
            if (typeof error === 'string')
                return error;
        }
        catch {
            // fall through to the header or text
        }
    }
    if (header)
        return header;
    const text = body.trim();
    if (text && !/^\s*</.test(text))
        return text.slice(0, 500);
    return undefined;
}


/***/ }),

/***/ 2729:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  oO: () => (/* binding */ createTransport),
  Ze: () => (/* reexport */ drain),
  Wk: () => (/* reexport */ isReusedConnectionReset),
  yR: () => (/* reexport */ readText)
});

// UNUSED EXPORTS: PROXY_VARIABLES, TransportTimeoutError, markReusedConnectionReset

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ./src/hub/transport/types.ts
/** A timeout of ours (the transport's own, not the socket's), named like a network error. */
class TransportTimeoutError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
        this.name = 'TransportTimeoutError';
    }
}
const REUSED_CONNECTION = Symbol('reusedConnection');
/**
 * Marks an error as a reset of a kept-alive connection before any answer: the server may have
 * closed it, idle, just as the request went out.
 */
function markReusedConnectionReset(error) {
    return Object.assign(error, { [REUSED_CONNECTION]: true });
}
function isReusedConnectionReset(error) {
    return typeof error === 'object' && error !== null && REUSED_CONNECTION in error;
}
/** The whole body as UTF-8 text. */
async function readText(body) {
    const chunks = [];
    for await (const chunk of body)
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
}
/** Longest body read to keep a connection reusable; a longer one is cut (its connection closed). */
const DRAIN_LIMIT = 128 * 1024;
/** Reads a body that does not matter (a redirect's, a ping's) so its connection can be reused. */
async function drain(body) {
    let read = 0;
    for await (const chunk of body) {
        read += chunk.length;
        // Leaving the loop destroys the body.
        if (read > DRAIN_LIMIT)
            break;
    }
}

;// CONCATENATED MODULE: ./src/hub/transport/node-http.ts
/**
 * The default transport: node:http and node:https (HTTP/1.1), connections kept alive and reused.
 * An idle connection is closed a margin before the server would close it (its `Keep-Alive:
 * timeout`), after 4 s at most; a request that still meets one the server has just closed fails
 * marked as such, so that the client can tell when sending it again is safe.
 */



/**
 * The module of each scheme. node:https (and with it TLS) is loaded on the first https request:
 * a start against an http endpoint (the emulator, a local mirror) does not pay for it.
 */
const PROTOCOLS = {
    'http:': () => (external_node_http_default()),
    'https:': () => process.getBuiltinModule('node:https')
};
/** Longest idle time of a kept connection. */
const MAX_IDLE_MS = 4000;
/**
 * How much sooner than the server an idle connection is closed. Node's own rule takes 1 s off
 * `Keep-Alive: timeout`, so it never reuses a connection of a server that says 1 s; 500 ms still
 * closes well before the server does.
 */
const SERVER_MARGIN_MS = 500;
/** A host that takes longer to accept a connection (TLS included) is not there: undici's bound. */
const CONNECT_TIMEOUT_MS = 10_000;
/** Connections per origin at once (a fleet of Spaces, parallel listings, uploads of several objects). */
const MAX_SOCKETS = 64;
/** How a connection the server had closed shows when a request is written to it. */
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE']);
/** How long each connection may stay idle, learnt from the last answer it carried. */
const idleLimits = new WeakMap();
class NodeHttpTransport {
    connectTimeoutMs;
    agents = new Map();
    constructor(connectTimeoutMs = CONNECT_TIMEOUT_MS) {
        this.connectTimeoutMs = connectTimeoutMs;
    }
    request(url, options) {
        const protocol = PROTOCOLS[url.protocol]?.();
        if (!protocol)
            return Promise.reject(new Error(`Cannot send a request to a ${url.protocol} URL.`));
        const agent = this.agentFor(url.protocol, protocol);
        const { signal } = options;
        if (signal?.aborted)
            return Promise.reject(abortError(signal));
        return new Promise((resolve, reject) => {
            const req = protocol.request(url, { method: options.method, headers: options.headers, agent });
            // Counted from the moment the request has a connection, not while it waits for one.
            const headersTimer = new SilenceTimer(options.headersTimeoutMs, () => req.destroy(new TransportTimeoutError('HEADERS_TIMEOUT', `No answer within ${seconds(options.headersTimeoutMs)}.`)));
            req.once('socket', () => headersTimer.start());
            timeConnection(req, url, this.connectTimeoutMs);
            const onAbort = () => req.destroy(abortError(signal));
            signal?.addEventListener('abort', onAbort);
            let answered = false;
            // Kept for the request's whole life: an error after the answer reaches its body (as
            // 'aborted'), and an error event with no listener would end the process.
            req.on('error', (error) => {
                headersTimer.stop();
                signal?.removeEventListener('abort', onAbort);
                if (answered)
                    return;
                const reset = req.reusedSocket && RESET_CODES.has(error.code ?? '');
                reject(reset ? markReusedConnectionReset(error) : error);
            });
            req.on('response', (res) => {
                answered = true;
                headersTimer.stop();
                signal?.removeEventListener('abort', onAbort);
                idleLimits.set(res.socket, idleLimitMs(firstValue(res.headers['keep-alive'])));
                resolve({
                    statusCode: res.statusCode ?? 0,
                    headers: res.headers,
                    body: watchBody(res, options.bodyTimeoutMs, signal)
                });
            });
            writeBody(req, options.body, () => headersTimer.restart()).catch((error) => req.destroy(error));
        });
    }
    /**
     * Opens `count` connections to `origin` now, for the first requests to take: the handshake
     * (TCP, and TLS for https) then passes while the action still works locally. No request is sent
     * on them, so nothing reaches the Hub — not even a credential — before a request does.
     */
    preconnect(origin, count) {
        const protocol = PROTOCOLS[origin.protocol]?.();
        if (!protocol)
            return;
        const agent = this.agentFor(origin.protocol, protocol);
        const port = Number(origin.port) || (origin.protocol === 'https:' ? 443 : 80);
        const secure = origin.protocol === 'https:';
        for (let i = 0; i < count; i++)
            agent.preconnect(origin.hostname, port, secure);
    }
    agentFor(scheme, protocol) {
        let agent = this.agents.get(scheme);
        if (!agent) {
            agent = preconnecting(closingBeforeTheServer(new protocol.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS })));
            this.agents.set(scheme, agent);
        }
        return agent;
    }
    async close() {
        for (const agent of this.agents.values())
            agent.destroy();
    }
}
/**
 * How long a connection may stay idle after an answer with this `Keep-Alive` header: a margin
 * under the server's timeout, at most 4 s; 0 or less: not kept.
 */
function idleLimitMs(keepAlive) {
    const seconds = /(?:^|[,\s])timeout=(\d+)/i.exec(keepAlive ?? '')?.[1];
    if (seconds === undefined)
        return MAX_IDLE_MS;
    return Math.min(MAX_IDLE_MS, Number(seconds) * 1000 - SERVER_MARGIN_MS);
}
/**
 * Node's agent keeps an idle socket for `Keep-Alive: timeout` minus 1 s, or for the agent's
 * `timeout` — which would also time every request out. These two hooks (the agent's documented
 * extension points) keep a socket for `idleLimitMs` instead; the agent destroys a free socket
 * whose timeout fires.
 */
function closingBeforeTheServer(agent) {
    const reuseSocket = agent.reuseSocket.bind(agent);
    agent.keepSocketAlive = (socket) => {
        const idleMs = idleLimits.get(socket) ?? MAX_IDLE_MS;
        if (idleMs <= 0)
            return false;
        const tcp = socket;
        tcp.setKeepAlive(true, 1000);
        // An idle connection does not keep the process alive.
        tcp.unref();
        tcp.setTimeout(idleMs);
        return true;
    };
    agent.reuseSocket = (socket, req) => {
        ;
        socket.setTimeout(0);
        reuseSocket(socket, req);
    };
    return agent;
}
/**
 * An agent that can open connections ahead of need: the next time it would open one to that host
 * and port, it takes an opened one instead (`createConnection`, the agent's documented hook for
 * making connections). One that failed or closed meanwhile is dropped, and a new one is made.
 */
function preconnecting(agent) {
    const waiting = new Map();
    const withHooks = agent;
    const create = withHooks.createConnection.bind(agent);
    const key = (host, port) => `${host}:${port}`;
    withHooks.createConnection = (options, done) => {
        const { host, port } = options;
        const sockets = waiting.get(key(host, Number(port))) ?? [];
        for (let socket = sockets.shift(); socket; socket = sockets.shift()) {
            if (socket.destroyed)
                continue;
            socket.ref();
            return socket;
        }
        return create(options, done);
    };
    return Object.assign(agent, {
        preconnect(host, port, secure) {
            // TLS names a host, never an address (RFC 6066).
            const servername = /^[\d.]+$|:/.test(host) ? undefined : host;
            const socket = create({ host, port, servername }, () => undefined);
            if (!socket)
                return;
            // Not yet anyone's: an error is dropped (the request then opens its own connection), and
            // an unused connection does not keep the process alive.
            socket.on('error', () => socket.destroy());
            socket.unref();
            const connected = secure ? 'secureConnect' : 'connect';
            socket.once(connected, () => established.add(socket));
            const sockets = waiting.get(key(host, port)) ?? [];
            sockets.push(socket);
            waiting.set(key(host, port), sockets);
        }
    });
}
/** Opened ahead of need and connected already: it will not signal its connection again. */
const established = new WeakSet();
/** Fails the request when a new connection (TCP, then TLS for https) takes longer than `ms`. */
function timeConnection(req, url, ms) {
    req.once('socket', (socket) => {
        if (req.reusedSocket || established.has(socket))
            return;
        const timer = setTimeout(() => {
            const error = `No connection to ${url.host} within ${seconds(ms)}.`;
            req.destroy(new TransportTimeoutError('CONNECT_TIMEOUT', error));
        }, ms).unref();
        const connected = url.protocol === 'https:' ? 'secureConnect' : 'connect';
        socket.once(connected, () => clearTimeout(timer));
        socket.once('close', () => clearTimeout(timer));
    });
}
/** Sends the body, a chunk at a time as the socket takes them; each taken chunk is progress. */
async function writeBody(req, body, onProgress) {
    // Node frames a body by itself only for the methods it expects one with (not DELETE): the
    // length, or chunks, always said.
    const framed = req.hasHeader('content-length') || req.hasHeader('transfer-encoding');
    if (body === undefined) {
        req.end();
    }
    else if (typeof body === 'string' || body instanceof Uint8Array) {
        if (!framed)
            req.setHeader('content-length', Buffer.byteLength(body));
        req.end(body);
    }
    else {
        if (!framed)
            req.setHeader('transfer-encoding', 'chunked');
        // Leaving the loop early (the request failed) closes the source.
        for await (const chunk of body) {
            if (req.destroyed)
                return;
            if (!req.write(chunk))
                await drained(req);
            onProgress();
        }
        if (!req.destroyed)
            req.end();
    }
}
function drained(req) {
    return new Promise((resolve) => {
        const done = () => {
            req.off('drain', done);
            req.off('close', done);
            resolve();
        };
        req.on('drain', done);
        req.on('close', done);
    });
}
/**
 * The answer's body, timed: it fails when the server sends nothing for `timeoutMs` (not while
 * the reader is the one who waits), or when `signal` aborts.
 */
function watchBody(res, timeoutMs, signal) {
    const timer = new SilenceTimer(timeoutMs, () => {
        if (body.readableLength > 0 || body.writableLength > 0)
            timer.restart();
        else {
            body.destroy(new TransportTimeoutError('BODY_TIMEOUT', `No data from the server for ${seconds(timeoutMs)}.`));
        }
    }).start();
    const body = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            timer.restart();
            done(null, chunk);
        }
    });
    const onAbort = () => body.destroy(abortError(signal));
    signal?.addEventListener('abort', onAbort);
    (0,external_node_stream_.pipeline)(res, body, () => {
        timer.stop();
        signal?.removeEventListener('abort', onAbort);
    });
    return body;
}
/** A timeout that starts over at each sign of life; it never holds the process open. */
class SilenceTimer {
    ms;
    onSilence;
    timeout;
    stopped = false;
    constructor(ms, onSilence) {
        this.ms = ms;
        this.onSilence = onSilence;
    }
    start() {
        if (!this.stopped && !this.timeout)
            this.timeout = setTimeout(this.onSilence, this.ms).unref();
        return this;
    }
    restart() {
        if (!this.stopped)
            this.timeout?.refresh();
    }
    stop() {
        this.stopped = true;
        clearTimeout(this.timeout);
    }
}
function abortError(signal) {
    return Object.assign(new Error('The request was aborted.', { cause: signal.reason }), {
        name: 'AbortError',
        code: 'ABORT_ERR'
    });
}
function seconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}
function firstValue(value) {
    return Array.isArray(value) ? value[0] : value;
}

;// CONCATENATED MODULE: ./src/hub/transport/index.ts
/**
 * Which transport the clients send through: node:http/https, or — when a proxy variable is set —
 * undici's proxy agent, imported on the first request so that a run without a proxy never loads
 * undici (about 60–90 ms of start-up, and on Node 20 a wait at exit while V8 finishes compiling
 * its WebAssembly HTTP parser).
 */


/** Any of these set (to a non-empty value) sends requests through undici's proxy agent. */
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
function createTransport(env = process.env) {
    const proxied = PROXY_VARIABLES.some((name) => env[name]);
    return proxied ? new LazyProxyTransport(env) : new NodeHttpTransport();
}
class LazyProxyTransport {
    env;
    loaded;
    constructor(env) {
        this.env = env;
    }
    async request(url, req) {
        return (await this.load()).request(url, req);
    }
    async close() {
        if (this.loaded)
            await (await this.loaded).close();
    }
    load() {
        this.loaded ??= Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(764)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5764)).then((m) => new m.UndiciProxyTransport(this.env));
        return this.loaded;
    }
}


/***/ }),

/***/ 4970:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L3: () => (/* binding */ ERROR_STAGES),
/* harmony export */   N1: () => (/* binding */ TRANSITIONAL_STAGES),
/* harmony export */   aK: () => (/* binding */ repoApiPath),
/* harmony export */   c4: () => (/* binding */ encodeRevision),
/* harmony export */   w: () => (/* binding */ repoWebPath)
/* harmony export */ });
/* unused harmony export SPACE_STAGES */
const SPACE_STAGES = (/* unused pure expression or super */ null && ([
    'NO_APP_FILE',
    'CONFIG_ERROR',
    'BUILDING',
    'BUILD_ERROR',
    'APP_STARTING',
    'RUNNING',
    'RUNNING_BUILDING',
    'RUNNING_APP_STARTING',
    'RUNTIME_ERROR',
    'DELETING',
    'STOPPED',
    'PAUSED',
    'SLEEPING'
]));
/** Stages a Space passes through on its way to settling (the official client's list). */
const TRANSITIONAL_STAGES = [
    'BUILDING',
    'APP_STARTING',
    'RUNNING_BUILDING',
    'RUNNING_APP_STARTING'
];
/** Stages in which a Space has failed: the step fails and shows the log. */
const ERROR_STAGES = [
    'BUILD_ERROR',
    'RUNTIME_ERROR',
    'CONFIG_ERROR',
    'NO_APP_FILE'
];
/** `/api/{type}s/{id}` — the API path of a repo. */
function repoApiPath(type, id) {
    return `/api/${type}s/${id}`;
}
/** The web path of a repo: models have no prefix. */
function repoWebPath(type, id) {
    return type === 'model' ? id : `${type}s/${id}`;
}
/** Revisions travel as one path segment: `refs/pr/1` → `refs%2Fpr%2F1`. */
function encodeRevision(revision) {
    return encodeURIComponent(revision);
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1401);
/**
 * The entrypoint of the action: the runner executes this file (bundled as dist/index.js).
 */

/* istanbul ignore next */
await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4603:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d: () => (/* reexport */ InputError),
  G: () => (/* binding */ getInputs)
});

// EXTERNAL MODULE: ./src/runner/index.ts + 2 modules
var runner = __nccwpck_require__(6753);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/auth/github-id-token.ts
var github_id_token = __nccwpck_require__(6325);
// EXTERNAL MODULE: ./src/auth/hub-access.ts + 2 modules
var hub_access = __nccwpck_require__(4192);
// EXTERNAL MODULE: ./src/preview/pull-request-event.ts
var pull_request_event = __nccwpck_require__(4936);
// EXTERNAL MODULE: ./src/space-settings/declaration.ts
var declaration = __nccwpck_require__(1916);
// EXTERNAL MODULE: ./node_modules/dotenv/lib/main.js
var main = __nccwpck_require__(8889);
;// CONCATENATED MODULE: ./src/space-settings/dotenv.ts
/**
 * `secrets` and `variables` inputs in dotenv syntax. The `dotenv` package parses the values
 * (quotes, multi-line quoted values, `#` comments, the `export` prefix); this module adds what a
 * parser that skips what it does not understand cannot say: which line is not `KEY=value`, which
 * key the Hub would refuse, and which unquoted value would be cut at a `#`. Errors name the input
 * and the line, never a value.
 */


/** The Hub's rule for secret and variable keys. */
const HUB_KEY_PATTERN = /^[a-zA-Z][_a-zA-Z0-9]*$/;
const ASSIGNMENT = /^\s*(?:export\s+)?([^\s=#:]+)\s*=\s*(.*)$/;
const QUOTES = ['"', "'", '`'];
/** Parses dotenv text into key → value, in declaration order; throws `InputError` on bad lines. */
function parseDotenv(input, text) {
    const keys = checkLines(input, text);
    const parsed = (0,main.parse)(text);
    const values = new Map();
    for (const key of keys)
        values.set(key, parsed[key] ?? '');
    return values;
}
/** Walks the lines as dotenv reads them and returns the keys, each checked once. */
function checkLines(input, text) {
    const keys = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^\s*(#.*)?$/.test(line))
            continue;
        const match = ASSIGNMENT.exec(line);
        const where = `Input '${input}' line ${i + 1}`;
        if (!match) {
            throw new InputError(`${where} is not KEY=value: write one KEY=value per line (quote values with spaces or '#', "…" may span lines; '#' starts a comment).`);
        }
        const [, key, rest] = match;
        if (!HUB_KEY_PATTERN.test(key)) {
            throw new InputError(`${where} has the key '${key}', which the Hub refuses: keys start with a letter and use only letters, digits and '_'.`);
        }
        if (keys.includes(key))
            throw new InputError(`${where} declares '${key}' a second time.`);
        keys.push(key);
        const quote = QUOTES.find((q) => rest.startsWith(q));
        if (quote) {
            if (!rest.slice(1).includes(quote))
                i = closingLine(lines, i, quote, `${where} (${key})`);
        }
        else if (/\S#/.test(rest)) {
            throw new InputError(`${where} (${key}) has an unquoted value with '#', which dotenv reads as the start of a comment: quote the value ('…' or "…").`);
        }
    }
    return keys;
}
/** The line that closes a quoted value opened on line `start`. */
function closingLine(lines, start, quote, where) {
    for (let j = start + 1; j < lines.length; j++)
        if (lines[j].includes(quote))
            return j;
    throw new InputError(`${where} opens a ${quote}quoted${quote} value that never closes.`);
}

;// CONCATENATED MODULE: ./src/space-settings/inputs.ts
/**
 * Reads and checks the Space-configuration inputs (and those of duplicate and preview), with the
 * same rules as `inputs.ts`: a bad value is a one-line `InputError` naming the input, before any
 * request. Secret values are masked the moment they are read, each line of a multi-line value too.
 */









const FLAVOR = /^[a-z0-9][a-z0-9-]{1,63}$/;
const MAX_SLEEP_SECONDS = 365 * 24 * 3600;
function readSpaceInputs(mode) {
    const secretsText = runner/* getInput */.V4('secrets');
    const secrets = secretsText.trim() ? maskAll(parseDotenv('secrets', secretsText)) : undefined;
    const variablesText = runner/* getInput */.V4('variables');
    const pullRequest = mode === 'preview' ? readPreviewEvent() : undefined;
    // Closing a preview publishes nothing: its job need not even check out the card.
    const publishes = pullRequest?.action !== 'close';
    const inputs = {
        space: {
            hardware: parseHardware(runner/* getInput */.V4('hardware')),
            sleepTime: parseSleepTime(runner/* getInput */.V4('sleep_time')),
            secrets,
            variables: variablesText.trim() ? parseDotenv('variables', variablesText) : undefined,
            prune: parseBool('prune', runner/* getInput */.V4('prune'))
        },
        spaceCard: publishes ? parseCardPath(runner/* getInput */.V4('space_card')) : undefined,
        fromRepoId: parseFromRepoId(runner/* getInput */.V4('from_repo_id')),
        pullRequest
    };
    checkModeNeeds(mode, inputs);
    return inputs;
}
function maskAll(values) {
    const masked = new declaration/* SecretValues */.j();
    for (const [key, value] of values) {
        if (value)
            runner/* setSecret */.Pq(value);
        for (const line of value.split(/\r?\n/))
            if (line.trim())
                runner/* setSecret */.Pq(line.trim());
        masked.set(key, value);
    }
    return masked;
}
function checkModeNeeds(mode, inputs) {
    if (mode === 'settings' && !(0,declaration/* declaresSettings */.v)(inputs.space)) {
        throw new InputError("Mode 'settings' needs at least one of the inputs hardware, sleep_time, secrets, variables.");
    }
    if (mode === 'duplicate' && !inputs.fromRepoId) {
        throw new InputError("Input 'from_repo_id' is required by mode 'duplicate': the Space to copy, as owner/name.");
    }
    if (inputs.fromRepoId && mode !== 'duplicate') {
        runner/* warning */.$e(`Ignoring input from_repo_id: only mode 'duplicate' uses it (mode is '${mode}').`);
    }
    if (inputs.spaceCard && mode !== 'deploy' && mode !== 'preview') {
        runner/* warning */.$e(`Ignoring input space_card: only modes 'deploy' and 'preview' publish a README (mode is '${mode}').`);
    }
    const touchesSpace = ['status', 'settings', 'deploy', 'empty-commit', 'duplicate', 'preview'];
    if ((0,declaration/* declaresSettings */.v)(inputs.space) && !touchesSpace.includes(mode)) {
        runner/* warning */.$e(`Ignoring hardware, sleep_time, secrets and variables: mode '${mode}' does not apply them.`);
    }
}
function parseHardware(raw) {
    const value = raw.trim();
    if (!value)
        return undefined;
    if (!FLAVOR.test(value)) {
        throw new InputError(`Input 'hardware' is '${value}', which is not a hardware flavor name: e.g. cpu-basic, cpu-upgrade, t4-small.`);
    }
    return value;
}
function parseSleepTime(raw) {
    const value = raw.trim().toLowerCase();
    if (!value)
        return undefined;
    if (value === 'never' || value === '-1')
        return -1;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1 || n > MAX_SLEEP_SECONDS) {
        throw new InputError(`Input 'sleep_time' is '${raw.trim()}', which is not allowed: use a whole number of seconds (e.g. 3600), or -1 / never.`);
    }
    return n;
}
function parseBool(name, value) {
    if (value === '' || ['false', 'False', 'FALSE'].includes(value))
        return false;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    throw new InputError(`Input '${name}' is '${value}', which is not a boolean: use true or false.`);
}
/** The card file must exist; its YAML is checked by the modes that publish it, before any request. */
function parseCardPath(raw) {
    if (!raw.trim())
        return undefined;
    const path = (0,external_node_path_.resolve)(raw.trim());
    if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile()) {
        throw new InputError(`Input 'space_card' is '${raw.trim()}', which is not a file: give the path of a YAML file with the Space's card.`);
    }
    return path;
}
function parseFromRepoId(raw) {
    const value = raw.trim();
    if (!value)
        return undefined;
    if (!/^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/.test(value)) {
        throw new InputError(`Input 'from_repo_id' is '${value}', which is not owner/name: give the Space to copy (e.g. my-org/my-space).`);
    }
    return value;
}
/**
 * The pull request of a preview, checked before any request: the event, a Hub token (a fork's
 * pull request gets no secrets: say so rather than fail on a missing token), the folder.
 */
function readPreviewEvent() {
    const event = (0,pull_request_event/* readPullRequestEvent */.$f)();
    // A Trusted Publisher of the preview Space also does (the job's GitHub ID token).
    const hasCredential = Boolean(runner/* getInput */.V4('token') || process.env.HF_TOKEN?.trim()) || (0,github_id_token/* idTokenAvailable */.wl)();
    if (!hasCredential) {
        throw new InputError(event.fromFork
            ? `Mode 'preview' has no Hub token: pull request #${event.number} comes from a fork, and GitHub gives workflows of fork pull requests no secrets. Previews work for branches of ${event.repository}; skip forks with if: github.event.pull_request.head.repo.full_name == github.repository.`
            : (0,hub_access/* missingCredentialMessage */.Nq)('preview'));
    }
    const path = (0,external_node_path_.resolve)(runner/* getInput */.V4('path') || '.');
    if (event.action === 'deploy' && (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isDirectory())) {
        throw new InputError(`Input 'path' is '${path}', which is not a folder: give the folder to deploy to the preview Space.`);
    }
    return event;
}

;// CONCATENATED MODULE: ./src/settings.ts
const MODES = [
    'status',
    'restart',
    'pause',
    'wake',
    'empty-commit',
    'deploy',
    'settings',
    'duplicate',
    'preview'
];
/** Modes that act on Spaces' runtime or configuration and accept several repo ids. */
const RUNTIME_MODES = ['status', 'restart', 'pause', 'wake', 'settings'];
/** Modes that make a commit and take exactly one repo id. */
const COMMIT_MODES = ['empty-commit', 'deploy'];
const REPO_TYPES = ['space', 'model', 'dataset'];
const SPACE_SDKS = ['gradio', 'docker', 'static'];

;// CONCATENATED MODULE: ./src/input-error.ts
/** A bad input: its one-line message names the input, the value and what is allowed. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}

;// CONCATENATED MODULE: ./src/input-rules.ts
/**
 * The inputs whose values follow the Hub's rules (paths in a repo, revisions, the endpoint) and
 * the glob lists: each parser throws an `InputError` that names the input and what is allowed.
 */


const DEFAULT_ENDPOINT = 'https://huggingface.co';
/**
 * A folder inside the repo, as the Hub names paths: relative to the root, '/' separators, no
 * empty, '.' or '..' part and no '.git' folder (the Hub refuses those). '' or '.' is the root;
 * one trailing '/' is allowed.
 */
function parsePathInRepo(raw) {
    const value = raw.trim();
    if (value === '' || value === '.')
        return '';
    const parts = value.replace(/\/$/, '').split('/');
    const why = pathInRepoProblem(value, parts);
    if (why) {
        throw new InputError(`Input 'path_in_repo' is '${raw}': ${why}. Give a folder relative to the repo root, e.g. app or src/app (empty for the root).`);
    }
    return parts.join('/');
}
function pathInRepoProblem(value, parts) {
    if (value.startsWith('/'))
        return "it starts with '/'";
    if (value.includes('\\'))
        return "it has a '\\' (use '/' between folders)";
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f\x7f]/.test(value))
        return 'it has a control character';
    if (parts.includes('..'))
        return "a '..' part would leave the repo";
    if (parts.some((part) => part === '' || part === '.'))
        return "it has an empty or '.' part";
    if (parts.includes('.git'))
        return "the Hub refuses files in a '.git' folder";
    return undefined;
}
/**
 * A branch to commit to, by name (`main`, `release/v2`) or full ref (`refs/heads/main`), or a Hub
 * pull request (`refs/pr/3`). git's ref-name rules apply (git check-ref-format), and the Hub's:
 * `HEAD`, tags and other refs cannot take a commit.
 */
function parseRevision(raw) {
    const value = raw.trim();
    const why = revisionProblem(value);
    if (why) {
        throw new InputError(`Input 'revision' is '${raw}': ${why}. Use a branch, e.g. main or release/v2, or refs/pr/N for a pull request.`);
    }
    return value;
}
function revisionProblem(value) {
    if (/^refs\/pr\/\d+$/.test(value))
        return undefined;
    if (value.startsWith('refs/pr/'))
        return 'a Hub pull request is refs/pr/ and its number';
    const branch = value.replace(/^refs\/heads\//, '');
    if (branch === 'HEAD')
        return 'HEAD is not a branch the Hub can commit to';
    if (value.startsWith('refs/') && branch === value) {
        return 'only branches (refs/heads/…) and pull requests (refs/pr/N) can take a commit';
    }
    return isBranchName(branch) ? undefined : 'it is not a valid branch name';
}
function isBranchName(name) {
    return (name.length > 0 &&
        name.length <= 255 &&
        name !== '@' &&
        !name.startsWith('-') &&
        !name.endsWith('.') &&
        !name.includes('..') &&
        // Each '/'-separated part: not empty, not starting with '.', not ending with '.lock'.
        name
            .split('/')
            .every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock')) &&
        // eslint-disable-next-line no-control-regex
        !/[\s~^:?*[\\\x00-\x1f\x7f]|@\{/.test(name));
}
/** The Hub's base URL: input `endpoint`, else env `HF_ENDPOINT` (named as such in errors). */
function readEndpoint() {
    const input = runner/* getInput */.V4('endpoint');
    if (input)
        return parseEndpoint(input, "Input 'endpoint'");
    const env = process.env.HF_ENDPOINT?.trim();
    if (env)
        return parseEndpoint(env, 'Environment variable HF_ENDPOINT');
    return DEFAULT_ENDPOINT;
}
/** @param source what the value came from, as errors name it */
function parseEndpoint(raw, source) {
    // Whatever is wrong, a password in the value is never printed.
    const shown = raw.replace(/\/\/[^/@]*@/, '//***@');
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new InputError(`${source} is '${shown}', which is not a URL: use https://huggingface.co or your mirror's base URL.`);
    }
    if (url.username || url.password) {
        throw new InputError(`${source} contains credentials: pass the token through the 'token' input instead.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError(`${source} is '${raw}': only http:// and https:// URLs are allowed.`);
    }
    if (/[?#]/.test(raw)) {
        throw new InputError(`${source} is '${raw}': a base URL has no query ('?') or fragment ('#'), e.g. https://huggingface.co.`);
    }
    return url.href.replace(/\/+$/, '');
}
/**
 * `include` patterns. Lines that are all comments are refused: no pattern means "publish every
 * file", and with a mirror's deletions, that is the opposite of what a list of lines asked for.
 */
function includeLines(raw) {
    const patterns = lines(raw);
    if (patterns.length === 0 && raw.trim() !== '') {
        throw new InputError("Input 'include' has only comment lines ('#'), no pattern: give at least one glob (e.g. *.py), or leave include empty to publish every file.");
    }
    return patterns;
}
/** Non-empty lines that are not `#` comments, trimmed. */
function lines(value) {
    return value
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'));
}

;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * Reads every input once, validates it and returns the typed settings. This is the only module
 * that calls `runner.getInput`. A bad value throws an `InputError` whose one-line message names the
 * input, the value and what is allowed — before the action makes any request.
 */










/** A job may run for 6 hours on GitHub-hosted runners; waiting longer is never useful. */
const MAX_WAIT_SECONDS = 6 * 60 * 60;
/** Owner and name as the Hub allows them: letters, digits, `-`, `_`, `.`; at most 96 characters. */
const REPO_PART = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9])?$/;
/** Reads and validates all inputs; throws `InputError` on the first bad one. */
function getInputs() {
    // Mask first: nothing below may print the token, not even by accident in an error.
    const token = runner/* getInput */.V4('token') || process.env.HF_TOKEN?.trim() || undefined;
    if (token)
        runner/* setSecret */.Pq(token);
    if (token && /\s/.test(token)) {
        throw new InputError("Input 'token' contains whitespace: paste the token alone (hf_…), without quotes or line breaks.");
    }
    const mode = oneOf('mode', runner/* getInput */.V4('mode') || 'status', MODES);
    const repoType = oneOf('repo_type', runner/* getInput */.V4('repo_type') || 'space', REPO_TYPES);
    if (repoType !== 'space' && !COMMIT_MODES.includes(mode)) {
        throw new InputError(`Input 'repo_type' is '${repoType}', but mode '${mode}' works on Spaces only: use repo_type 'space', or mode 'empty-commit' or 'deploy'.`);
    }
    const repoIds = parseRepoIds(runner/* getInput */.V4('repo_id'), mode);
    const settings = {
        token,
        trustedPublisher: !token && (0,github_id_token/* idTokenAvailable */.wl)(),
        repoIds,
        mode,
        repoType,
        factoryReboot: bool('factory_reboot', false),
        pingApp: bool('ping_app', true),
        wait: bool('wait', true),
        waitTimeoutSeconds: positiveInt('wait_timeout', 900, MAX_WAIT_SECONDS),
        path: (0,external_node_path_.resolve)(runner/* getInput */.V4('path') || '.'),
        pathInRepo: parsePathInRepo(runner/* getInput */.V4('path_in_repo')),
        include: includeLines(runner/* getInput */.V4('include')),
        exclude: lines(runner/* getInput */.V4('exclude')),
        deleteMissing: parseDelete(runner/* getInput */.V4('delete') || 'auto', repoType),
        commitMessage: runner/* getInput */.V4('commit_message') || undefined,
        commitDescription: runner/* getInput */.V4('commit_description') || undefined,
        revision: parseRevision(runner/* getInput */.V4('revision') || 'main'),
        createPr: bool('create_pr', false),
        create: bool('create', false),
        spaceSdk: optionalOneOf('space_sdk', runner/* getInput */.V4('space_sdk'), SPACE_SDKS),
        private: bool('private', false),
        dryRun: bool('dry_run', false),
        endpoint: readEndpoint(),
        githubToken: maskedInput('github_token'),
        keepWorkflowAlive: bool('keep_workflow_alive', false),
        ...readSpaceInputs(mode)
    };
    checkCombinations(settings);
    for (const [key, value] of Object.entries(settings)) {
        if (key !== 'token' && key !== 'githubToken')
            runner/* debug */.Yz(`${key}: ${JSON.stringify(value)}`);
    }
    return settings;
}
function checkCombinations(s) {
    const needsToken = s.mode !== 'status' && !s.dryRun;
    if (needsToken && !s.token && !s.trustedPublisher)
        throw new InputError((0,hub_access/* missingCredentialMessage */.Nq)(s.mode));
    if (s.createPr && s.mode !== 'deploy') {
        throw new InputError(`Input 'create_pr' is 'true', but only mode 'deploy' can open a pull request (mode is '${s.mode}').`);
    }
    if (s.createPr && s.revision.startsWith('refs/pr/')) {
        throw new InputError(`Input 'create_pr' is 'true', but revision '${s.revision}' is a pull request already: set create_pr: false to commit to it, or give the branch to open a pull request against.`);
    }
    if (s.create && s.repoType === 'space' && COMMIT_MODES.includes(s.mode) && !s.spaceSdk) {
        throw new InputError("Input 'space_sdk' is empty, but 'create: true' needs it to create a Space: use gradio, docker or static.");
    }
    if (s.mode === 'deploy') {
        if (!(0,external_node_fs_.existsSync)(s.path) || !(0,external_node_fs_.statSync)(s.path).isDirectory()) {
            throw new InputError(`Input 'path' is '${s.path}', which is not a folder: give the folder to deploy (relative to the workspace).`);
        }
    }
    warnIgnored(s);
}
/** Inputs that a mode does not use are worth a warning: the user probably expected an effect. */
function warnIgnored(s) {
    const ignored = [];
    if (s.factoryReboot && s.mode !== 'restart')
        ignored.push('factory_reboot (restart only)');
    if (s.create && !COMMIT_MODES.includes(s.mode))
        ignored.push('create (empty-commit and deploy only)');
    if (s.spaceSdk && !s.create)
        ignored.push('space_sdk (only used with create: true)');
    if (s.mode !== 'deploy' && s.mode !== 'preview') {
        if (s.include.length > 0)
            ignored.push('include (deploy only)');
        if (s.exclude.length > 0)
            ignored.push('exclude (deploy only)');
        if (s.pathInRepo)
            ignored.push('path_in_repo (deploy only)');
    }
    if (ignored.length > 0)
        runner/* warning */.$e(`Ignoring inputs that mode '${s.mode}' does not use: ${ignored.join(', ')}.`);
}
function parseRepoIds(raw, mode) {
    const ids = raw
        .split(/[\n,]/)
        .map((id) => id.trim())
        .filter(Boolean);
    if (ids.length === 0) {
        throw new InputError("Input 'repo_id' is required: give the repo as owner/name (e.g. my-user/my-space).");
    }
    for (const id of ids) {
        const prefixed = /^(spaces|datasets|models)\/([^/]+\/[^/]+)$/.exec(id);
        if (prefixed) {
            throw new InputError(`Input 'repo_id' is '${id}': drop the '${prefixed[1]}/' prefix and use owner/name ('${prefixed[2]}'); the type comes from repo_type.`);
        }
        if (id.endsWith('.git')) {
            throw new InputError(`Input 'repo_id' is '${id}': drop the '.git' ending ('${id.slice(0, -4)}'); the Hub's repo ids never end in .git.`);
        }
        const parts = id.split('/');
        const valid = parts.length === 2 &&
            parts.every((p) => REPO_PART.test(p) && !p.includes('--') && !p.includes('..'));
        if (!valid) {
            throw new InputError(`Input 'repo_id' has '${id}', which is not owner/name: both parts may use letters, digits, '-', '_' and '.', at most 96 characters each.`);
        }
    }
    const unique = [...new Set(ids)];
    if (unique.length > 1 && !RUNTIME_MODES.includes(mode)) {
        throw new InputError(`Input 'repo_id' lists ${unique.length} repos, but mode '${mode}' takes exactly one.`);
    }
    return unique;
}
function parseDelete(raw, repoType) {
    const value = oneOf('delete', raw.toLowerCase(), ['auto', 'true', 'false']);
    if (value === 'auto')
        return repoType === 'space';
    return value === 'true';
}
function oneOf(name, value, allowed) {
    if (!allowed.includes(value)) {
        throw new InputError(`Input '${name}' is '${value}', which is not allowed: use one of ${allowed.join(', ')}.`);
    }
    return value;
}
function optionalOneOf(name, value, allowed) {
    return value ? oneOf(name, value, allowed) : undefined;
}
/** A credential input, masked before anything else can print it. */
function maskedInput(name) {
    const value = runner/* getInput */.V4(name) || undefined;
    if (value)
        runner/* setSecret */.Pq(value);
    return value;
}
/** YAML 1.2 core-schema booleans, as `getBooleanInput` of @actions/core, but with a default when unset. */
function bool(name, fallback) {
    const value = runner/* getInput */.V4(name);
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new InputError(`Input '${name}' is '${value}', which is not a boolean: use true or false.`);
}
function positiveInt(name, fallback, max) {
    const value = runner/* getInput */.V4(name);
    if (value === '')
        return fallback;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1 || n > max) {
        throw new InputError(`Input '${name}' is '${value}', which is not allowed: use a whole number of seconds from 1 to ${max}.`);
    }
    return n;
}


/***/ }),

/***/ 1401:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/runner/index.ts + 2 modules
var runner = __nccwpck_require__(6753);
// EXTERNAL MODULE: ./src/auth/hub-access.ts + 2 modules
var hub_access = __nccwpck_require__(4192);
// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __nccwpck_require__(1532);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/hub/client.ts + 3 modules
var client = __nccwpck_require__(4136);
// EXTERNAL MODULE: ./src/inputs.ts + 5 modules
var inputs = __nccwpck_require__(4603);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __nccwpck_require__(6584);
;// CONCATENATED MODULE: ./src/github/enable-workflow.ts
/**
 * `PUT /repos/{owner}/{repo}/actions/workflows/{file}/enable`: (re-)enables a workflow, which
 * GitHub answers with 204 whether it was disabled or not. Needs `permissions: actions: write`.
 */

async function enableWorkflow(client, ref) {
    await client.request({
        method: 'PUT',
        path: `${(0,github_client/* repoPath */.qN)(ref.repository)}/actions/workflows/${encodeURIComponent(ref.workflow)}/enable`
    });
}

// EXTERNAL MODULE: ./src/github/error.ts
var github_error = __nccwpck_require__(6661);
;// CONCATENATED MODULE: ./src/keep-alive/keep-workflow-alive.ts
/**
 * `keep_workflow_alive`: GitHub disables a scheduled workflow after 60 days without activity in
 * the repository — exactly the quiet repos a keep-alive schedule is for. Re-enabling the running
 * workflow on each run (`PUT …/actions/workflows/{file}/enable`, which GitHub answers 204 for an
 * active one too) keeps it on. Never fails the step: any refusal is a warning with the fix.
 */





/** `.github/workflows/keep-alive.yml@refs/heads/main` → `keep-alive.yml`. */
function workflowFileOf(workflowRef) {
    return workflowRef ? /\/\.github\/workflows\/([^@]+)@/.exec(workflowRef)?.[1] : undefined;
}
async function keepWorkflowAlive(options, env = process.env) {
    const repository = env.GITHUB_REPOSITORY;
    const workflow = workflowFileOf(env.GITHUB_WORKFLOW_REF);
    if (!repository || !workflow) {
        runner/* warning */.$e('keep_workflow_alive: GITHUB_REPOSITORY or GITHUB_WORKFLOW_REF is not set (not running in GitHub Actions?), so no workflow was re-enabled.');
        return;
    }
    if (options.dryRun) {
        runner/* info */.pq(`Dry run: would re-enable the workflow ${workflow} of ${repository}.`);
        return;
    }
    if (!options.githubToken) {
        runner/* warning */.$e(`keep_workflow_alive: input 'github_token' is empty, so the workflow ${workflow} was not re-enabled: leave it at its default (\${{ github.token }}) and give the job permissions: actions: write.`);
        return;
    }
    const client = github_client/* GitHubClient */.jh.fromEnv(options.githubToken, { onRetry: options.onRetry }, env);
    try {
        await enableWorkflow(client, { repository, workflow });
        runner/* info */.pq(`Re-enabled the workflow ${workflow} of ${repository}, so GitHub's 60-day inactivity rule does not disable its schedule.`);
    }
    catch (error) {
        const fix = error instanceof github_error/* GitHubApiError */.O && error.isRefusal
            ? ' Give the job permissions: actions: write (or a github_token that may write to Actions).'
            : '';
        runner/* warning */.$e(`keep_workflow_alive: could not re-enable the workflow ${workflow} of ${repository}: ${(0,errors/* getErrorMessage */.u1)(error)}${fix}`);
    }
}

// EXTERNAL MODULE: ./src/report.ts
var report = __nccwpck_require__(665);
;// CONCATENATED MODULE: ./src/summary/error-lines.ts
/**
 * The lines of a build or run log a person needs first: the error lines, not the 30 lines of
 * context around them. A Python traceback counts as one error: its first line and the exception.
 */
/** A line that reports an error: `ERROR: …`, `ModuleNotFoundError: …`, `fatal: …`, `… failed`. */
const ERROR_LINE = /\b(error|fatal|failed|failure)\b|\w(Error|Exception)\b/i;
const TRACEBACK_START = /^\s*Traceback \(most recent call last\):/;
/** The exception line that ends a traceback: `ValueError: …`, `KeyboardInterrupt`. */
const EXCEPTION_LINE = /^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning)\b/;
/** Lines of a traceback shown before its exception line (the innermost frames). */
const TRACEBACK_FRAMES = 2;
/** At most `max` lines: the first error lines of the log, each traceback condensed. */
function firstErrorLines(lines, max = 8) {
    const found = [];
    for (let i = 0; i < lines.length && found.length < max; i++) {
        const line = lines[i];
        if (TRACEBACK_START.test(line)) {
            const end = lines.findIndex((l, j) => j > i && EXCEPTION_LINE.test(l));
            if (end === -1) {
                found.push(line);
                continue;
            }
            const frames = lines.slice(Math.max(i + 1, end - TRACEBACK_FRAMES), end);
            const skipped = end - i - 1 - frames.length;
            found.push(line, ...(skipped > 0 ? ['  …'] : []), ...frames, lines[end]);
            i = end;
        }
        else if (ERROR_LINE.test(line)) {
            found.push(line);
        }
    }
    return found.slice(0, max);
}

// EXTERNAL MODULE: ./src/summary/html.ts
var summary_html = __nccwpck_require__(1479);
;// CONCATENATED MODULE: ./src/summary/repo-section.ts
/**
 * One repo's part of the job summary. A failure comes first and in the open: the reason and the
 * first error lines of the log, above the table; the whole log tail and the deploy plan follow,
 * collapsed.
 */



/** A log line longer than this is cut in the summary (progress bars can be megabytes long). */
const MAX_LINE_CHARS = 2000;
function repoSection(result, endpoint) {
    const o = (0,report/* outputsOf */.Yz)(result, endpoint);
    const parts = [
        { html: `<h3>${result.error ? '❌' : '✅'} ${(0,summary_html/* escapeHtml */.ZD)(result.repoId)}</h3>\n` }
    ];
    if (result.error)
        parts.push({ html: failureHtml(result) });
    const rows = [
        ['Stage', o.stage ? `<code>${(0,summary_html/* escapeHtml */.ZD)(String(o.stage))}</code>` : ''],
        ['Hardware', (0,summary_html/* escapeHtml */.ZD)(hardwareText(String(o.hardware), String(o.requested_hardware)))],
        ['Sleep time', o.sleep_time ? `${o.sleep_time} s (${humanSeconds(Number(o.sleep_time))})` : ''],
        [result.repoType === 'space' ? 'Space' : 'Repo', (0,summary_html/* link */.nf)(String(o.space_url))],
        ['App', o.app_url ? (0,summary_html/* link */.nf)(String(o.app_url)) : ''],
        ['Commit', o.commit_url ? (0,summary_html/* link */.nf)(String(o.commit_url), String(o.commit_sha).slice(0, 12)) : ''],
        ['Pull request', o.pr_url ? (0,summary_html/* link */.nf)(String(o.pr_url)) : ''],
        ['Changed', result.changed ? 'yes' : 'no']
    ];
    parts.push({
        html: (0,summary_html/* table */.tp)(['Field', 'Value'], rows.filter(([, value]) => value !== ''))
    });
    if (result.notes.length > 0) {
        parts.push({
            html: `<ul>${result.notes.map((note) => `<li>${(0,summary_html/* escapeHtml */.ZD)(note)}</li>`).join('')}</ul>\n`
        });
    }
    const tail = result.logTail;
    if (tail && tail.lines.length > 0) {
        const title = `${tail.kind === 'build' ? 'Build' : 'Run'} log, last ${tail.lines.length} lines`;
        parts.push({ html: (0,summary_html/* details */.zH)(title, (0,summary_html/* pre */.AS)(tail.lines.map(cutLine))), optional: true });
    }
    for (const detail of result.details ?? []) {
        parts.push({ html: (0,summary_html/* details */.zH)(detail.title, detail.markdown), optional: true });
    }
    return parts;
}
/** The reason, and the first error lines of the log tail when it has any. */
function failureHtml(result) {
    let html = `<p><strong>Failed:</strong> ${(0,summary_html/* escapeHtml */.ZD)(result.error ?? '')}</p>\n`;
    const errors = errorLinesOf(result);
    if (errors.length > 0) {
        const kind = result.logTail?.kind === 'run' ? 'run' : 'build';
        html += `<p>First error lines of the ${kind} log:</p>\n${(0,summary_html/* pre */.AS)(errors.map(cutLine))}\n`;
    }
    return html;
}
function errorLinesOf(result) {
    return result.logTail ? firstErrorLines(result.logTail.lines) : [];
}
function cutLine(line) {
    return line.length <= MAX_LINE_CHARS
        ? line
        : `${line.slice(0, MAX_LINE_CHARS)} … (${line.length - MAX_LINE_CHARS} more characters)`;
}
/** `cpu-basic`, `none (requested t4-small)` while it is not running, or `t4-small (requested …)`. */
function hardwareText(current, requested) {
    if (!requested || requested === current)
        return current;
    return `${current || 'none'} (requested ${requested})`;
}
function humanSeconds(seconds) {
    if (seconds < 0)
        return 'never sleeps';
    if (seconds % 3600 === 0)
        return `${seconds / 3600} h`;
    if (seconds % 60 === 0)
        return `${seconds / 60} min`;
    return `${seconds} s`;
}

;// CONCATENATED MODULE: ./src/summary/annotations.ts
/**
 * The `::error::` annotations of a failed run: they head the run page, so each names its repo once
 * (not "user/app: user/app is in BUILD_ERROR") and carries the first error line of the log, not
 * only "exit code 1".
 */


/** Error lines of the log quoted in an annotation (the summary shows more). */
const QUOTED_LINES = 3;
/** Marks the step failed, with an annotation per failed repo when there are several. */
function failForErrors(results) {
    const failed = results.filter((r) => r.error);
    if (failed.length === 0)
        return;
    if (results.length === 1) {
        runner/* setFailed */.C1(annotationOf(failed[0], false));
        return;
    }
    for (const result of failed)
        runner/* error */.z3(annotationOf(result, true));
    runner/* setFailed */.C1(`${failed.length} of ${results.length} repos failed: ${failed.map((r) => r.repoId).join(', ')}.`);
}
/** The error, prefixed with the repo when several run and the message does not name it. */
function annotationOf(result, several) {
    const error = result.error ?? '';
    const message = several && !namesRepo(error, result.repoId) ? `${result.repoId}: ${error}` : error;
    const quoted = errorLinesOf(result).slice(0, QUOTED_LINES).map(cutLine);
    if (quoted.length === 0)
        return message;
    const kind = result.logTail?.kind === 'run' ? 'run' : 'build';
    return `${message}\nFirst error lines of the ${kind} log:\n${quoted.map((l) => `  ${l}`).join('\n')}`;
}
/** Whether `text` names the repo as a word (a URL path that contains it does not count). */
function namesRepo(text, repoId) {
    const escaped = repoId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[\\s'"\`(])${escaped}($|[\\s'"\`).,:;])`).test(text);
}

;// CONCATENATED MODULE: ./src/summary/fit.ts
/**
 * Keeps a job summary under GitHub's limit: the runner refuses a step summary over 1 MiB (1024k)
 * and shows none of it. What a person needs first (headings, the overview, reasons, error lines)
 * is kept whole; collapsed extras (log tails, plans) are left out, in order, once they no longer
 * fit; and the summary says so.
 */
/** GitHub's limit on one step's summary. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room kept for the notice and the runner's own counting. */
const MARGIN_BYTES = 8 * 1024;
const LEFT_OUT = '<p><em>(Left out: the summary would pass GitHub’s 1 MiB limit.)</em></p>\n';
const CUT_NOTICE = '<p>✂️ <strong>This summary was cut</strong> to stay under GitHub’s 1 MiB limit for a step summary; the step’s log has everything.</p>\n';
function fitSummary(parts, limit = SUMMARY_LIMIT_BYTES) {
    const size = (html) => Buffer.byteLength(html);
    const budget = limit - MARGIN_BYTES;
    const total = parts.reduce((n, part) => n + size(part.html), 0);
    if (total <= budget)
        return parts.map((part) => part.html).join('');
    let left = budget - parts.filter((p) => !p.optional).reduce((n, p) => n + size(p.html), 0);
    const kept = [];
    for (const part of parts) {
        if (!part.optional)
            kept.push(part.html);
        else if (size(part.html) <= left - size(LEFT_OUT)) {
            kept.push(part.html);
            left -= size(part.html);
        }
        else {
            kept.push(LEFT_OUT);
            left -= size(LEFT_OUT);
        }
    }
    const html = kept.join('');
    // Even the essentials are too many (hundreds of repos): a hard cut, on a character boundary.
    return (size(html) <= budget ? html : cutBytes(html, budget)) + CUT_NOTICE;
}
function cutBytes(text, bytes) {
    const cut = Buffer.from(text).subarray(0, bytes).toString('utf8');
    // A cut inside a multi-byte character leaves a replacement character: drop it.
    return cut.replace(/\uFFFD$/, '');
}

;// CONCATENATED MODULE: ./src/summary/overview.ts
/** Several repos: one table first, a row per repo, so a fleet's state reads at a glance. */


/** An error longer than this is cut in its table cell; the repo's section has it whole. */
const MAX_ERROR_CHARS = 300;
function overviewTable(results, endpoint) {
    const rows = results.map((result) => {
        const o = (0,report/* outputsOf */.Yz)(result, endpoint);
        const links = [(0,summary_html/* link */.nf)(String(o.space_url), result.repoType === 'space' ? 'Space' : 'repo')];
        if (o.app_url)
            links.push((0,summary_html/* link */.nf)(String(o.app_url), 'app'));
        if (o.pr_url)
            links.push((0,summary_html/* link */.nf)(String(o.pr_url), 'pull request'));
        else if (o.commit_url)
            links.push((0,summary_html/* link */.nf)(String(o.commit_url), 'commit'));
        const error = result.error ?? '';
        return [
            `${result.error ? '❌' : '✅'} ${(0,summary_html/* escapeHtml */.ZD)(result.repoId)}`,
            o.stage ? `<code>${(0,summary_html/* escapeHtml */.ZD)(String(o.stage))}</code>` : '',
            result.changed ? 'yes' : 'no',
            links.join(' · '),
            (0,summary_html/* escapeHtml */.ZD)(error.length > MAX_ERROR_CHARS ? `${error.slice(0, MAX_ERROR_CHARS)}…` : error)
        ];
    });
    return (0,summary_html/* table */.tp)(['Repo', 'Stage', 'Changed', 'Link', 'Error'], rows);
}

;// CONCATENATED MODULE: ./src/summary/write-summary.ts
/**
 * The job summary: a heading, for several repos an overview table, then each repo's section —
 * cut to GitHub's 1 MiB limit when it would pass it.
 */





function summaryHtml(results, settings) {
    const kind = settings.repoType === 'space' ? 'Space' : settings.repoType;
    const title = `Hugging Face ${kind}: ${settings.mode}${settings.dryRun ? ' (dry run)' : ''}`;
    const parts = [{ html: `<h2>${(0,summary_html/* escapeHtml */.ZD)(title)}</h2>\n` }];
    if (results.length > 1) {
        const failed = results.filter((r) => r.error).length;
        parts.push({
            html: `<p>${results.length} repos${failed > 0 ? `, ${failed} failed` : ''}.</p>\n${overviewTable(results, settings.endpoint)}`
        });
    }
    for (const result of results)
        parts.push(...repoSection(result, settings.endpoint));
    return fitSummary(parts);
}
async function writeSummary(results, settings) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await runner/* appendSummary */.fe(summaryHtml(results, settings));
}
/** The summary of a run that failed before it reached any repo (an invalid input). */
async function writeFailureSummary(message) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const html = fitSummary([
        { html: '<h2>Hugging Face Space action</h2>\n' },
        { html: `<p>❌ <strong>Failed before any request:</strong> ${(0,summary_html/* escapeHtml */.ZD)(message)}</p>\n` }
    ]);
    await runner/* appendSummary */.fe(html);
}

// EXTERNAL MODULE: ./src/result.ts
var src_result = __nccwpck_require__(1666);
;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action: read the inputs, run the mode on each repo, set the outputs, write the job summary,
 * and fail the step when any repo failed. The only place that catches errors for the runner.
 */











/**
 * Spaces handled at once: a fleet of 200 is woken in a few round trips. The number of requests
 * (and so the rate-limit quota used) is the same at any concurrency; 429s are retried as asked.
 */
const SPACE_CONCURRENCY = 64;
/**
 * Each mode's module is loaded only when that mode runs (the bundle keeps each in a chunk of its
 * own): `status`, the most frequent call, never evaluates the commit machinery.
 */
const MODE_TASKS = {
    status: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(222), __nccwpck_require__.e(772)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9772))).status,
    restart: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(222), __nccwpck_require__.e(739)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8739))).restart,
    pause: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(222), __nccwpck_require__.e(359)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8359))).pause,
    wake: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(222), __nccwpck_require__.e(498)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1498))).wake,
    'empty-commit': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(222), __nccwpck_require__.e(51), __nccwpck_require__.e(837)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3837))).emptyCommit,
    deploy: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(759), __nccwpck_require__.e(222), __nccwpck_require__.e(51), __nccwpck_require__.e(95)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4095))).deploy,
    settings: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(222), __nccwpck_require__.e(847)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3847))).settings,
    duplicate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(222), __nccwpck_require__.e(404)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1404))).duplicate,
    preview: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(759), __nccwpck_require__.e(222), __nccwpck_require__.e(51), __nccwpck_require__.e(95), __nccwpck_require__.e(743)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4743))).preview
};
async function run() {
    try {
        const settings = (0,inputs/* getInputs */.G)();
        const access = new hub_access/* HubAccess */.IW(settings, (token) => new client/* HubClient */.P({ endpoint: settings.endpoint, token, onRetry: logRetry }));
        access.preconnect();
        // Independent of the Hub work, so it runs alongside it and costs no wall time.
        const keepingAlive = settings.keepWorkflowAlive
            ? keepWorkflowAlive({ ...settings, onRetry: logRetry })
            : Promise.resolve();
        const results = await runMode(access, settings);
        await keepingAlive;
        main_report(results, settings);
        await summarize(() => writeSummary(results, settings));
        failForErrors(results);
    }
    catch (error) {
        // Bad input (or a bug): nothing reached the Hub; the summary still says why the step failed.
        runner/* setFailed */.C1((0,errors/* getErrorMessage */.u1)(error));
        await summarize(() => writeFailureSummary((0,errors/* getErrorMessage */.u1)(error)));
    }
}
function logRetry(n) {
    runner/* info */.pq(`Retrying ${n.method} ${n.path} in ${(n.delayMs / 1000).toFixed(1)} s (${n.reason}, attempt ${n.attempt + 1})`);
}
/** The summary is a courtesy: a runner that cannot take it must not fail a deploy that worked. */
async function summarize(write) {
    await write().catch((error) => runner/* warning */.$e(`Could not write the job summary: ${(0,errors/* getErrorMessage */.u1)(error)}`));
}
async function runMode(access, settings) {
    const task = await MODE_TASKS[settings.mode]();
    // One repo's failure must not hide the others' results: it is recorded, the rest go on. What
    // the mode had done before it failed (a repo created, a commit made) stays in its result.
    return (0,concurrency/* mapWithLimit */.c)(settings.repoIds, SPACE_CONCURRENCY, async (repoId) => {
        const result = (0,src_result/* newResult */.YT)(repoId, settings.repoType);
        try {
            await task(await access.contextFor(settings.repoType, repoId), result);
        }
        catch (error) {
            result.error = (0,errors/* getErrorMessage */.u1)(access.explain(error));
        }
        return result;
    });
}
function main_report(results, settings) {
    (0,report/* setOutputs */.n0)(results, settings);
    (0,report/* logResults */.ly)(results, settings);
}


/***/ }),

/***/ 4936:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ readPullRequestEvent),
/* harmony export */   Wh: () => (/* binding */ previewSpaceId)
/* harmony export */ });
/* unused harmony export PREVIEW_EVENTS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4603);
/**
 * The pull request a `preview` run is about, from the runner's event (`GITHUB_EVENT_NAME`,
 * `GITHUB_EVENT_PATH`). Read before any request: any other event is a clear input error.
 */


const PREVIEW_EVENTS = ['pull_request', 'pull_request_target'];
const ACTIVE_ACTIONS = ['opened', 'reopened', 'synchronize'];
function readPullRequestEvent(env = process.env) {
    const name = env.GITHUB_EVENT_NAME || '(none)';
    if (!PREVIEW_EVENTS.includes(name)) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Mode 'preview' runs on pull_request or pull_request_target events, but this run's event is '${name}': trigger the workflow with on: pull_request (types: [opened, reopened, synchronize, closed]).`);
    }
    let event;
    try {
        event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
    }
    catch {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Mode 'preview' could not read the pull request event (GITHUB_EVENT_PATH '${env.GITHUB_EVENT_PATH ?? ''}'): run it in a GitHub Actions job started by a pull request.`);
    }
    const pr = event.pull_request;
    const number = pr?.number ?? event.number;
    const repository = pr?.base?.repo?.full_name ?? event.repository?.full_name ?? env.GITHUB_REPOSITORY;
    if (!pr || !Number.isInteger(number) || !repository) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Mode 'preview': the ${name} event has no pull request number.`);
    }
    const eventAction = event.action ?? '';
    if (eventAction !== 'closed' && !ACTIVE_ACTIONS.includes(eventAction)) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Mode 'preview' acts on pull requests opened, reopened, synchronized or closed, not '${eventAction}': use on: pull_request: types: [opened, reopened, synchronize, closed].`);
    }
    const head = pr.head?.repo?.full_name;
    return {
        action: eventAction === 'closed' ? 'close' : 'deploy',
        eventAction,
        number: number,
        repository,
        headSha: pr.head?.sha,
        fromFork: head !== undefined && head !== repository
    };
}
/** `{repo_id}-pr-{number}` in the production Space's namespace, within the Hub's 96 characters. */
function previewSpaceId(repoId, number) {
    const [owner, name] = repoId.split('/');
    const preview = `${name}-pr-${number}`;
    if (preview.length > 96) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`The preview Space name '${preview}' has ${preview.length} characters, more than the Hub's 96: use a production Space with a name of at most ${96 - `-pr-${number}`.length} characters.`);
    }
    return `${owner}/${preview}`;
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yz: () => (/* binding */ outputsOf),
/* harmony export */   ZD: () => (/* reexport safe */ _summary_html_js__WEBPACK_IMPORTED_MODULE_1__.ZD),
/* harmony export */   ly: () => (/* binding */ logResults),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6753);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1666);
/* harmony import */ var _summary_html_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1479);
/**
 * Turns the results into the step's outputs, its log lines and its job summary.
 */



/** One repo's outputs, with the names of `action.yml` (also the items of `results`). */
function outputsOf(result, endpoint) {
    const runtime = result.runtime;
    const sleep = runtime?.gcTimeout;
    return {
        repo_id: result.repoId,
        repo_type: result.repoType,
        stage: runtime?.stage ?? '',
        hardware: runtime?.hardware?.current ?? '',
        requested_hardware: runtime?.hardware?.requested ?? '',
        sleep_time: typeof sleep === 'number' ? String(sleep) : '',
        space_url: (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .repoPageUrl */ .n4)(endpoint, result.repoType, result.repoId),
        app_url: (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .appUrl */ .RM)(endpoint, runtime) ?? '',
        commit_sha: result.commitSha ?? '',
        commit_url: result.commitUrl ?? '',
        pr_url: result.prUrl ?? '',
        changed: result.changed,
        ...(result.error ? { error: result.error } : {})
    };
}
/** Sets every output: single values from the first repo, `changed` if any repo changed. */
function setOutputs(results, settings) {
    const all = results.map((r) => outputsOf(r, settings.endpoint));
    const first = all[0] ?? {};
    for (const name of [
        'stage',
        'hardware',
        'requested_hardware',
        'sleep_time',
        'space_url',
        'app_url',
        'commit_sha',
        'commit_url',
        'pr_url'
    ]) {
        _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, String(first[name] ?? ''));
    }
    _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('changed', String(results.some((r) => r.changed)));
    _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('runtime', results[0]?.runtime ? JSON.stringify(results[0].runtime) : '');
    _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('results', JSON.stringify(all));
}
/** Prints what happened to each repo, and the log tail of a failed Space where everyone sees it. */
function logResults(results, settings) {
    for (const result of results) {
        const o = outputsOf(result, settings.endpoint);
        const stage = o.stage ? ` — stage ${o.stage}` : '';
        const heading = `${result.repoId}${stage}${o.commit_sha ? `, commit ${o.commit_sha}` : ''}${result.changed ? ' (changed)' : ''}`;
        const tail = result.logTail?.lines.length ? result.logTail : undefined;
        // A bare owner/name says nothing; the error that follows names the repo itself.
        if (heading !== result.repoId || result.notes.length > 0 || tail)
            _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(heading);
        for (const note of result.notes)
            _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  ${note}`);
        if (tail) {
            _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  Last ${tail.lines.length} lines of the ${tail.kind} log:`);
            for (const line of tail.lines)
                _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  | ${line}`);
        }
    }
}


/***/ }),

/***/ 1666:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RM: () => (/* binding */ appUrl),
/* harmony export */   YT: () => (/* binding */ newResult),
/* harmony export */   n4: () => (/* binding */ repoPageUrl)
/* harmony export */ });
/* harmony import */ var _hub_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4970);

function newResult(repoId, repoType) {
    return { repoId, repoType, changed: false, notes: [] };
}
/** The repo page: `https://huggingface.co/spaces/owner/name`, or the model/dataset page. */
function repoPageUrl(endpoint, repoType, repoId) {
    return `${endpoint}/${(0,_hub_types_js__WEBPACK_IMPORTED_MODULE_0__/* .repoWebPath */ .w)(repoType, repoId)}`;
}
/**
 * The Space's app URL from the runtime's domains (a ready custom domain first). The scheme follows
 * the endpoint's, so a Hub on plain http (a mirror, the local emulator) gets reachable app URLs.
 */
function appUrl(endpoint, runtime) {
    const domains = runtime?.domains ?? [];
    const domain = domains.find((d) => d.isCustom && d.stage === 'READY') ??
        domains.find((d) => d.stage === 'READY') ??
        domains[0];
    if (!domain)
        return undefined;
    const scheme = endpoint.startsWith('http://') ? 'http' : 'https';
    return `${scheme}://${domain.domain}`;
}


/***/ }),

/***/ 6753:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fe: () => (/* reexport */ appendSummary),
  Yz: () => (/* reexport */ debug),
  N4: () => (/* reexport */ endGroup),
  z3: () => (/* reexport */ error),
  V4: () => (/* reexport */ getInput),
  pq: () => (/* reexport */ info),
  lm: () => (/* reexport */ notice),
  C1: () => (/* reexport */ setFailed),
  uH: () => (/* reexport */ setOutput),
  Pq: () => (/* reexport */ setSecret),
  Oh: () => (/* reexport */ startGroup),
  $e: () => (/* reexport */ warning)
});

// UNUSED EXPORTS: escapeData

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/runner/commands.ts
/**
 * The runner's workflow commands, written to stdout: log lines, annotations, groups, masks and
 * the step's failure. The format is GitHub's (`::name key=value,…::message`, with `%`, CR and LF
 * escaped, and `:` and `,` too in property values), the one `@actions/core` writes. The action
 * writes them itself: `@actions/core` bundles all of undici for its OIDC helper, which doubled a
 * `status` step's start-up.
 */

function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
/** Shown only when the run is re-run with debug logging. */
function debug(message) {
    issue('debug', {}, message);
}
function notice(message, properties = {}) {
    issue('notice', annotation(properties), message);
}
function warning(message, properties = {}) {
    issue('warning', annotation(properties), message);
}
function error(message, properties = {}) {
    issue('error', annotation(properties), message);
}
/** The runner replaces `secret` with `***` in every later line of the log. */
function setSecret(secret) {
    issue('add-mask', {}, secret);
}
function startGroup(name) {
    issue('group', {}, name);
}
function endGroup() {
    issue('endgroup', {}, '');
}
/** Fails the step (exit code 1) with `message` as its error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function annotation(p) {
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn
    };
}
function issue(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/runner/files.ts
/**
 * The runner's side of a step's data: inputs come as `INPUT_<NAME>` variables, outputs go to the
 * `GITHUB_OUTPUT` file and the job summary to `GITHUB_STEP_SUMMARY`, as `@actions/core` reads and
 * writes them (see commands.ts for why the action does it itself).
 */





/** The input's value, trimmed; '' when it is not set. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/**
 * Sets a step output. The value goes between delimiter lines no value can contain (a random
 * one), so a multi-line value cannot forge another output.
 */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        // Runners older than the output files still read the deprecated command.
        process.stdout.write(`${external_node_os_.EOL}::set-output name=${name}::${escapeData(value)}${external_node_os_.EOL}`);
        return;
    }
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
}
/** Appends HTML or Markdown to the job summary; nothing when the runner offers none. */
async function appendSummary(html) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    await (0,promises_.appendFile)(file, html, 'utf8');
}

;// CONCATENATED MODULE: ./src/runner/index.ts
/** The runner's interface: inputs, outputs, the log and its workflow commands, the job summary. */




/***/ }),

/***/ 1916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ SecretValues),
/* harmony export */   v: () => (/* binding */ declaresSettings)
/* harmony export */ });
/** Whether anything is declared at all. */
function declaresSettings(space) {
    return (space.hardware !== undefined ||
        space.sleepTime !== undefined ||
        space.secrets !== undefined ||
        space.variables !== undefined);
}
/** A Map that prints its keys, never its values (`JSON.stringify`, debug lines). */
class SecretValues extends Map {
    toJSON() {
        return [...this.keys()];
    }
}


/***/ }),

/***/ 1479:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ pre),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/** The few HTML pieces a job summary is made of, escaped so no log line can break the page. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function link(url, text = url) {
    return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}
/** A block of log lines, escaped. */
function pre(lines) {
    return `<pre>${escapeHtml(lines.join('\n'))}</pre>`;
}
/** A collapsed block: only `title` shows until it is opened. */
function details(title, body) {
    return `<details><summary>${escapeHtml(title)}</summary>\n\n${body}\n\n</details>\n`;
}
/** A table with a header row; cells are HTML already. */
function table(header, rows) {
    const row = (cells, tag) => `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
    return `<table>${row(header, 'th')}${rows.map((cells) => row(cells, 'td')).join('')}</table>\n`;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
