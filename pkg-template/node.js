// The entry for Node, Deno and Bun ("node" in package.json "exports"), for import and require()
// alike: static imports only, so bundlers that target Node (webpack, Next.js, esbuild) follow them.
// init() reads the .wasm next to this file and instantiates it synchronously (in Node 20 the async
// path waits ~17 ms more for the same module), and reads the reference tables from there too, so
// they are loaded when init() resolves.
import { readFileSync } from "node:fs";
import { initSync } from "./ccbill_validate.js";
import { loader } from "./loader.js";

const fetchLoad = loader.load.bind(loader);
loader.load = (module) =>
  module === undefined
    ? initSync({ module: readFileSync(new URL("./ccbill_validate_bg.wasm", import.meta.url)) })
    : fetchLoad(module);
loader.tables = () => readFileSync(new URL("./ccbill_validate_tables.bin", import.meta.url));

export * from "./index.js";
