// "#load" in Cloudflare's workerd: Workers compile no wasm at run time, so the module is imported
// precompiled (wrangler's default rule for `.wasm` imports) and instantiated synchronously.
import initWasm, { initSync } from "./ccbill_validate.js";
import compiled from "./ccbill_validate_bg.wasm";

export function load(module) {
  if (module === undefined) {
    initSync({ module: compiled });
    return undefined;
  }
  return initWasm({ module_or_path: module });
}
