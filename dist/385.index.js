export const id = 385;
export const ids = [385];
export const modules = {

/***/ 4385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYamlDocument: () => (/* binding */ parseYamlDocument)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * The YAML parser, behind a module of its own so that it loads (it is most of a deploy's bundle)
 * only where a Space card is checked: `await import('./yaml-document.js')`.
 */

function parseYamlDocument(text) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text);
}


/***/ })

};
