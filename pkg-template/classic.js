// The classic-script build's entry (bundled into ccbill-validate.classic.js at `make pkg`): for
// pages with no build step, such as WooCommerce's PHP templates. It defines one global,
// `CCBillValidate`, and loads the wasm and the reference tables from next to the script, each held
// to its hash. With `data-install` on its script tag it also installs itself on CCBill's global
// `ccbill`, now or once CCBill's script has run (CCBill's tag before or after it, `defer`, `async`,
// or injected later):
//   <script src=".../ccbill-validate.classic.js" data-install></script>
// `data-version` and `data-locale` on the tag are install's options.
import * as api from "./index.js";
import { fetchChecked } from "./checked.js";
import { loader } from "./loader.js";

const script = document.currentScript;
// The .wasm and the tables are fetched held to the hashes of the files this script was built with
// (scripts/build-pkg.mjs writes them in): a tag with `integrity` vouches for all three.
/* global CCBILL_VALIDATE_HASHES */
const checked = (file, integrity) => new Request(new URL(file, script?.src || document.baseURI), { integrity });
const wasm = checked("ccbill_validate_bg.wasm", CCBILL_VALIDATE_HASHES.wasm);
const tables = checked("ccbill_validate_tables.bin", CCBILL_VALIDATE_HASHES.tables);
const load = loader.load.bind(loader);
loader.fetch = fetchChecked;
loader.load = (module) => load(module instanceof Request ? fetchChecked(module) : module);
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
