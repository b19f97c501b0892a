// The classic-script build's entry (bundled into ccbill-validate.classic.js at `make pkg`): for
// pages with no modules and no bundler. It defines one global, `CCBillValidate`, holding the whole
// package API; init() loads `ccbill_validate_bg.wasm` from next to the script unless given a module.
import * as api from "./index.js";

const script = typeof document === "object" ? document.currentScript : null;
const wasmUrl = new URL("ccbill_validate_bg.wasm", script?.src || globalThis.location?.href);

globalThis.CCBillValidate = Object.freeze({
  ...api,
  init: (module = wasmUrl) => api.init(module),
});
