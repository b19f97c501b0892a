// The entry for Cloudflare's workerd ("workerd" in package.json "exports"). Workers compile no wasm
// at run time, so the module is imported precompiled (wrangler's default rule for `.wasm` imports)
// and init() instantiates it synchronously.
import { initSync } from "./ccbill_validate.js";
import compiled from "./ccbill_validate_bg.wasm";
import { loader } from "./loader.js";

const fetchLoad = loader.load.bind(loader);
loader.load = (module) => (module === undefined ? initSync({ module: compiled }) : fetchLoad(module));

export * from "./index.js";
