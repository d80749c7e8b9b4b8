export const id = 772;
export const ids = [772];
export const modules = {

/***/ 9772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   status: () => (/* binding */ status)
/* harmony export */ });
/* harmony import */ var _hub_space_runtime_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(860);
/* harmony import */ var _hub_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4970);
/* harmony import */ var _space_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6118);
/* harmony import */ var _space_settings_sync_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6160);
/**
 * `status`: reads the runtime and changes nothing; with declared settings, reports their drift.
 * An error stage fails the step, with its log.
 */




async function status(ctx, result) {
    const spaceId = result.repoId;
    result.runtime = await (0,_hub_space_runtime_js__WEBPACK_IMPORTED_MODULE_2__/* .getSpaceRuntime */ .J)(ctx.client, spaceId);
    // Declared settings: say where the Space differs from them, change nothing.
    await (0,_space_settings_sync_js__WEBPACK_IMPORTED_MODULE_1__/* .syncSpaceSettings */ .te)(ctx, result, { intent: 'report', runtime: result.runtime });
    if (_hub_types_js__WEBPACK_IMPORTED_MODULE_3__/* .ERROR_STAGES */ .L3.includes(result.runtime.stage))
        await (0,_space_index_js__WEBPACK_IMPORTED_MODULE_0__/* .explainFailure */ .SP)(ctx, result);
}


/***/ })

};
