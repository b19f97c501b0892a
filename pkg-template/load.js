// The default loader ("#load" for browsers and bundlers): wasm-bindgen's glue fetches
// `ccbill_validate_bg.wasm` from next to itself (bundlers rewrite that URL to the emitted asset).
import initWasm from "./ccbill_validate.js";

export function load(module) {
  return initWasm(module === undefined ? undefined : { module_or_path: module });
}
