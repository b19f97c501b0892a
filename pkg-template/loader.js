// How init() loads the module, and where it gets the reference tables (tables.js), when it is
// told neither. Browsers and bundlers keep these defaults: wasm-bindgen's glue fetches
// `ccbill_validate_bg.wasm` from next to itself, and the tables are `ccbill_validate_tables.bin`
// next to this file (bundlers rewrite both URLs to the assets they emit). The runtime entries
// (node.js, workerd.js, inline.js, classic.js) replace them when they are imported, so every
// caller of init(), schema() included, loads the right way.
import initWasm, { initSync } from "./ccbill_validate.js";

export const loader = {
  load(module) {
    // index.js imported by its path in Node (not through "exports"): Node has no fetch for file
    // URLs, so read the file through the built-in fs, which needs no import (Node >= 20.16).
    const fs = module === undefined ? globalThis.process?.getBuiltinModule?.("node:fs") : undefined;
    if (fs) return initSync({ module: fs.readFileSync(new URL("./ccbill_validate_bg.wasm", import.meta.url)) });
    return initWasm(module === undefined ? undefined : { module_or_path: module });
  },
  /** How a URL or a Request is fetched (the tables'; the classic script holds both files to hashes). */
  fetch: (source) => fetch(source),
  /**
   * Where `load()` fetches the module from when told nothing, for init()'s error (a CompileError
   * names no URL); `null` where there is no such URL (the classic build always passes one).
   */
  wasmUrl() {
    try {
      return new URL("./ccbill_validate_bg.wasm", import.meta.url).href;
    } catch {
      return null;
    }
  },
  tables() {
    const url = new URL("./ccbill_validate_tables.bin", import.meta.url);
    const fs = globalThis.process?.getBuiltinModule?.("node:fs"); // by its path in Node, as above
    return fs ? fs.readFileSync(url) : url;
  },
};
