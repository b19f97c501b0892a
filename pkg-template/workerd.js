// The entry for Cloudflare's workerd ("workerd" in package.json "exports"). Workers compile no wasm
// at run time, so the module is imported precompiled (wrangler's default rule for `.wasm` imports)
// and init() instantiates it synchronously. The reference tables are imported as bytes (wrangler's
// default rule for `.bin`: an ArrayBuffer), loaded when init() resolves.
import { initSync } from "./ccbill_validate.js";
import compiled from "./ccbill_validate_bg.wasm";
import tables from "./ccbill_validate_tables.bin";
import { loader } from "./loader.js";

const fetchLoad = loader.load.bind(loader);
loader.load = (module) => (module === undefined ? initSync({ module: compiled }) : fetchLoad(module));
loader.tables = () => tables;

export * from "./index.js";
