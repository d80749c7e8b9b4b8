export const id = 847;
export const ids = [847];
export const modules = {

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
