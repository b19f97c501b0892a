// One fresh process: how long `await init()` takes (read, compile and instantiate the module).
import { performance } from "node:perf_hooks";
const start = performance.now();
const { init } = await import(process.argv[2]);
const imported = performance.now();
await init();
const done = performance.now();
console.log(JSON.stringify({ import: imported - start, init: done - imported }));
