// ccbill-validate core: `await init()` loads the wasm module
// once; the validators then run synchronously, as CCBill's widget does.
// How the module is found by default depends on the runtime's entry (see loader.js): one copy of
// this module serves every entry.
import { initSync as initWasmSync } from "./ccbill_validate.js";
import { loader } from "./loader.js";
import { word } from "./messages.js";
import { isLoaded, markFailed, markLoaded, markLoading } from "./loaded.js";
import { ready } from "./ready.js";
import { validateAs, validateFieldAs } from "./validate.js";
import { startTables, tablesFailed, tablesOption } from "./tables.js";
import { whyNotLoaded } from "./why.js";

export { useLocales } from "./messages.js";
export { tablesReady } from "./tables.js";

let loading = null;

/**
 * Loads the wasm module. Idempotent: every call returns the same promise.
 * In Node, Deno and Bun it reads `ccbill_validate_bg.wasm` next to this file; in workerd it is
 * imported precompiled; in browsers and bundlers it is fetched from the same place. Pass a
 * `WebAssembly.Module`, bytes, a `Response`, a URL or a `Request` (its `integrity` checked) to
 * load it from somewhere else. It also starts getting the reference tables
 * (`ccbill_validate_tables.bin`, from the same place, or `options.tables`: bytes, a `Response`,
 * a `Request` or a URL) and resolves without waiting for them: until they are there, the checks
 * that need them pass (`tablesReady()` says when they are).
 */
export function init(module, options) {
  if (!loading) {
    const tables = tablesOption(options, "init");
    markLoading();
    let useTables;
    loading = Promise.resolve()
      .then(() => {
        if (typeof WebAssembly !== "object") throw new ReferenceError("WebAssembly is not defined"); // fetch nothing
        useTables = startTables(tables); // fetched beside the module, not after it
        return loader.load(module);
      })
      .then(
        (exports) => {
          markLoaded(exports);
          useTables(); // now when they are here (a file read, an inline copy), else when they arrive
        },
        (error) => {
          loading = null; // a failed load (e.g. offline) may be retried
          const [why, bundlerFix] = whyNotLoaded(error, module);
          markFailed(why);
          tablesFailed();
          // The glue's own words ("failed to fetch Wasm: 404", "expected magic word") name
          // neither the file nor the fix; the caller's error does, the original kept as its cause.
          throw new Error(`ccbill-validate: init() could not load the module: ${why}${bundlerFix}`, { cause: error });
        },
      );
  }
  return loading;
}

/**
 * Loads the module synchronously from a `WebAssembly.Module` or its bytes (Workers, tests,
 * server start-up). After it the validators work at once; init() then resolves at once too.
 * Browsers refuse to compile large modules synchronously on the main thread: give them a Module.
 * The reference tables load as init() loads them: at once from bytes, a file or an inline copy,
 * else when their fetch arrives.
 */
export function initSync(module, options) {
  if (isLoaded()) return;
  const tables = tablesOption(options, "initSync");
  markLoaded(initWasmSync({ module }));
  loading ??= Promise.resolve();
  startTables(tables)();
}

/**
 * The violations of one call's input (its arguments and form fields under CCBill's names); `[]`
 * when valid. `call` names the widget method or backend request ("createPaymentToken", "charge",
 * ...); `validateCreatePaymentToken(input, options)` and its siblings (calls.js) are this call.
 */
export function validate(call, input, options) {
  return validateAs("validate", call, input, options);
}

export function validateField(propertyName, value, input, options) {
  return validateFieldAs(propertyName, value, input, options);
}

export function maskCardNumber(cardNumber) {
  return ready("maskCardNumber").maskCardNumber(cardNumber);
}

export function cardBrand(cardNumber) {
  return ready("cardBrand").cardBrand(cardNumber);
}
