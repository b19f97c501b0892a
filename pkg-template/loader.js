// How init() loads the module when it is given none. Browsers and bundlers keep this default:
// wasm-bindgen's glue fetches `ccbill_validate_bg.wasm` from next to itself (bundlers rewrite that
// URL to the asset they emit). The runtime entries (node.js, workerd.js, inline.js) replace it
// when they are imported, so every caller of init(), schema() included, loads the right way.
import initWasm, { initSync } from "./ccbill_validate.js";

export const loader = {
  load(module) {
    // index.js imported by its path in Node (not through "exports"): Node has no fetch for file
    // URLs, so read the file through the built-in fs, which needs no import (Node >= 20.16).
    const fs = module === undefined ? globalThis.process?.getBuiltinModule?.("node:fs") : undefined;
    if (fs) return initSync({ module: fs.readFileSync(new URL("./ccbill_validate_bg.wasm", import.meta.url)) });
    return initWasm(module === undefined ? undefined : { module_or_path: module });
  },
};
