// "#load" in Node, Deno and Bun: static imports only (bundlers targeting Node follow them), the
// file next to this one read and instantiated synchronously. In Node 20 the async path waits
// ~17 ms more for the same module.
import { readFileSync } from "node:fs";
import initWasm, { initSync } from "./ccbill_validate.js";

export function load(module) {
  if (module === undefined) {
    initSync({ module: readFileSync(new URL("./ccbill_validate_bg.wasm", import.meta.url)) });
    return undefined;
  }
  return initWasm({ module_or_path: module });
}
