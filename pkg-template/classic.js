// The classic-script build's entry (bundled into ccbill-validate.classic.js at `make pkg`): for
// pages with no build step, such as WooCommerce's PHP templates. It defines one global,
// `CCBillValidate`, and loads the wasm from next to the script. With `data-install` on its script
// tag it also installs itself on CCBill's global `ccbill`, now or once CCBill's script has run
// (CCBill's tag before or after it, `defer`, `async`, or injected later):
//   <script src=".../ccbill-validate.classic.js" data-install></script>
// `data-version` and `data-locale` on the tag are install's options.
import * as api from "./index.js";

const script = document.currentScript;
const wasm = new URL("ccbill_validate_bg.wasm", script?.src || document.baseURI);

globalThis.CCBillValidate = Object.freeze({
  ...api,
  init: (module = wasm) => api.init(module),
  install: (ccbill, options = {}) => api.install(ccbill, { module: wasm, ...options }),
});

if (script?.hasAttribute("data-install")) {
  const { version, locale } = script.dataset;
  globalThis.CCBillValidate.install(undefined, { version, locale });
}
