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

const WASM = "ccbill_validate_bg.wasm";

/**
 * For init()'s error, when the file was not there: what a bundler needs (most copy no `.wasm`
 * unless told, and a server's catch-all route answers for the missing file with its app page).
 */
const BUNDLER_FIX = `; with a bundler, copy node_modules/ccbill-validate/${WASM} beside the bundle, or import "ccbill-validate/inline", which needs no file`;

/**
 * Why the module did not load, and the fix, in one sentence (the guard's one warning), with
 * init()'s further advice for a file that was not there (else ""). The glue's errors say little
 * (a 404 and a CSP refusal can both end in a CompileError), so the cause is read from the error,
 * then from what this engine still allows.
 */
function whyNotLoaded(error, module) {
  const why = reason(error, module);
  return [why.text ?? why, why.text === undefined ? "" : BUNDLER_FIX];
}

/** The sentence; as `{ text }` where the file was not there (a 404, an HTML page in its place). */
function reason(error, module) {
  const message = String(error?.message ?? error);
  if (typeof WebAssembly !== "object") {
    return "this browser has no WebAssembly (too old, or turned off by a setting): nothing in the page can fix it, CCBill's widget checks each call itself";
  }
  // The glue names the URL on HTTP errors; else the one given, else the default beside the glue.
  const url = /fetching '([^']*)'/.exec(message)?.[1] ?? urlOf(module) ?? (module === undefined ? loader.wasmUrl() : null);
  const file = url ? `the .wasm file (${url})` : "the .wasm file";
  if (typeof error?.integrity === "string") return error.integrity; // the classic script's (checked.js)
  const status = /failed to fetch Wasm: (\d+)/.exec(message)?.[1];
  if (status) return { text: `${file} answered HTTP ${status}: serve ${WASM} next to the script, or pass its URL to init()` };
  if (error instanceof TypeError && /fetch|network/i.test(message)) {
    return `${file} could not be fetched (${message}): serve it from the page's origin (or with CORS), and allow it in the Content-Security-Policy's connect-src`;
  }
  // Chrome, Firefox and Safari name the policy; the probe is for an engine that does not.
  if (/Content.Security.Policy|\bCSP\b/i.test(message) || !compiles()) {
    return "the page's Content-Security-Policy forbids WebAssembly: add 'wasm-unsafe-eval' to its script-src";
  }
  if (error instanceof WebAssembly.CompileError) {
    // Bytes that are no WebAssembly at all: Chrome and Firefox name the magic number, Safari '\0asm'.
    // Any other refusal is most likely an engine without a wasm feature the module uses (the
    // engine's words are quoted: a damaged file shows there). Versions: README "Browsers".
    if (/magic|0asm/i.test(message)) {
      return { text: `${file} is not WebAssembly (an HTML page in its place?): serve ${WASM} there, or pass its URL to init()` };
    }
    const said = message.slice(0, 120);
    return `this browser's WebAssembly refused ${file} ("${said}"): it needs reference types, multi-value and bulk memory (Safari 15.1, Chrome 96, Firefox 79 or later); in an older browser nothing in the page can fix it, CCBill's widget checks each call itself`;
  }
  if (error instanceof WebAssembly.LinkError) return `${file} is from another release: serve the ${WASM} that came with this script`;
  return `the module did not load (${message.slice(0, 200)})`;
}

/**
 * Whether this page may compile WebAssembly at all (a CSP without 'wasm-unsafe-eval' refuses, and
 * reports a violation: hence only after a failure whose message does not say).
 */
function compiles() {
  try {
    new WebAssembly.Module(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])); // the empty module
    return true;
  } catch {
    return false;
  }
}

function urlOf(module) {
  try {
    if (typeof module === "string" || module instanceof URL) return String(module);
    return typeof module?.url === "string" && module.url !== "" ? module.url : null; // a Request or Response
  } catch {
    return null;
  }
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
