// The classic-script build's entry (bundled into ccbill-validate.classic.js at `make pkg`): for
// pages with no build step, such as WooCommerce's PHP templates. It defines one global,
// `CCBillValidate`, and loads the wasm and the reference tables from next to the script. With
// `data-install` on its script tag it also installs itself on CCBill's global `ccbill`, now or once
// CCBill's script has run (CCBill's tag before or after it, `defer`, `async`, or injected later):
//   <script src=".../ccbill-validate.classic.js" data-install></script>
// `data-version` and `data-locale` on the tag are install's options.
import * as api from "./index.js";
import { loader } from "./loader.js";

const script = document.currentScript;
const wasm = new URL("ccbill_validate_bg.wasm", script?.src || document.baseURI);
const tables = new URL("ccbill_validate_tables.bin", script?.src || document.baseURI);
loader.tables = () => tables;

globalThis.CCBillValidate = Object.freeze({
  ...api,
  init: (module = wasm, options) => api.init(module, options),
  install: (ccbill, options = {}) => api.install(ccbill, { module: wasm, ...options }),
});

if (script?.hasAttribute("data-install")) {
  const { version, locale } = script.dataset;
  globalThis.CCBillValidate.install(undefined, { version, locale });
}
