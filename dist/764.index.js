export const id = 764;
export const ids = [764];
export const modules = {

/***/ 5764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UndiciProxyTransport: () => (/* binding */ UndiciProxyTransport)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6752);
/**
 * The transport behind a proxy: undici's `EnvHttpProxyAgent`, which sends `http:` URLs through
 * `HTTP_PROXY`, `https:` ones through `HTTPS_PROXY` (else `HTTP_PROXY`), and straight to the
 * hosts `NO_PROXY` names. Loaded only when a proxy variable is set (see `createTransport`).
 */

/**
 * undici keeps an idle connection for the server's `Keep-Alive: timeout` minus a threshold, 2 s
 * by default — so a server that says 2 s would never see one reused. 500 ms still closes well
 * before the server.
 */
const KEEP_ALIVE = { keepAliveTimeout: 4000, keepAliveTimeoutThreshold: 500 };
class UndiciProxyTransport {
    dispatcher;
    constructor(env) {
        // The variables undici reads, taken from `env` (lower case first, as undici and curl do).
        this.dispatcher = new undici__WEBPACK_IMPORTED_MODULE_0__/* .EnvHttpProxyAgent */ .J2({
            ...KEEP_ALIVE,
            httpProxy: env.http_proxy ?? env.HTTP_PROXY,
            httpsProxy: env.https_proxy ?? env.HTTPS_PROXY,
            noProxy: env.no_proxy ?? env.NO_PROXY
        });
    }
    async request(url, req) {
        const res = await (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em)(url, {
            method: req.method,
            headers: req.headers,
            body: req.body,
            signal: req.signal,
            maxRedirections: 0,
            dispatcher: this.dispatcher,
            headersTimeout: req.headersTimeoutMs,
            bodyTimeout: req.bodyTimeoutMs
        });
        return { statusCode: res.statusCode, headers: res.headers, body: res.body };
    }
    close() {
        return this.dispatcher.close();
    }
}


/***/ })

};
