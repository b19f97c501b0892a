// Why the wasm module did not load, and the fix, in one sentence: init()'s error and the guard's
// one warning. The glue's errors say little (a 404 and a CSP refusal can both end in a
// CompileError), so the cause is read from the error, then from what this engine still allows.
import { loader } from "./loader.js";

const WASM = "ccbill_validate_bg.wasm";

/**
 * For init()'s error, when the file was not there: what a bundler needs (most copy no `.wasm`
 * unless told, and a server's catch-all route answers for the missing file with its app page).
 */
const BUNDLER_FIX = `; with a bundler, copy node_modules/ccbill-validate/${WASM} beside the bundle, or import "ccbill-validate/inline", which needs no file`;

/** The sentence, and init()'s further advice for a file that is not the one built (else ""). */
export function whyNotLoaded(error, module) {
  const why = reason(error, module);
  return [why.text ?? why, why.text === undefined ? "" : BUNDLER_FIX];
}

/** The sentence; as `{ text }` where the file is not the one built (a 404, an HTML page, damaged). */
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
    if (/magic|0asm/i.test(message)) {
      return { text: `${file} is not WebAssembly (an HTML page in its place?): serve ${WASM} there, or pass its URL to init()` };
    }
    // WebAssembly refused by an engine that has what the module needs: the bytes are not the
    // file as built (a bundler's text loader, a cut-short download). The engine's words are
    // quoted either way. Versions: README "Browsers".
    const said = message.slice(0, 120);
    if (compiles(FEATURES)) {
      return { text: `${file} is damaged ("${said}"): its bytes changed on the way (read as text by a bundler, or cut short?): serve ${WASM} byte for byte as the package has it, or pass its URL to init()` };
    }
    return `this browser's WebAssembly refused ${file} ("${said}"): it needs reference types, multi-value and bulk memory (Safari 15.1, Chrome 96, Firefox 79 or later); in an older browser nothing in the page can fix it, CCBill's widget checks each call itself`;
  }
  if (error instanceof WebAssembly.LinkError) return `${file} is from another release: serve the ${WASM} that came with this script`;
  return `the module did not load (${message.slice(0, 200)})`;
}

/**
 * Whether this page may compile `bytes`, by default the empty module: WebAssembly at all (a CSP
 * without 'wasm-unsafe-eval' refuses, and reports a violation: hence only after a failure whose
 * message does not say).
 */
function compiles(bytes = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])) {
  try {
    new WebAssembly.Module(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A module that uses what ours needs and nothing else: a function of type (externref) -> (i32,
 * i32) (reference types, multi-value) whose body runs memory.copy (bulk memory), i32.extend8_s
 * (sign extension) and i32.trunc_sat_f32_s (saturating float-to-int). An engine that compiles it
 * can compile the module as built (tests/js/mistakes.test.mjs holds both to these features).
 */
export const FEATURES = new Uint8Array([
  0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
  1, 7, 1, 0x60, 1, 0x6f, 2, 0x7f, 0x7f, // types: (externref) -> (i32, i32)
  3, 2, 1, 0, // functions: one of that type
  5, 3, 1, 0, 1, // memories: one, of one page
  10, 24, 1, 22, 0, // code: its body, without locals
  0x41, 0, 0x41, 0, 0x41, 0, 0xfc, 10, 0, 0, // memory.copy(0, 0, 0)
  0x41, 0, 0xc0, // i32.extend8_s(0)
  0x43, 0, 0, 0, 0, 0xfc, 0, // i32.trunc_sat_f32_s(0.0)
  0x0b,
]);

function urlOf(module) {
  try {
    if (typeof module === "string" || module instanceof URL) return String(module);
    return typeof module?.url === "string" && module.url !== "" ? module.url : null; // a Request or Response
  } catch {
    return null;
  }
}
